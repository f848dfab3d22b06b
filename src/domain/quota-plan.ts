/**
 * The mail quota planner: how many recipients the school's routine needs per day and per week,
 * against Apps Script's daily limits, and which class group addresses would bring it under. The
 * routine is the dispatcher's job table: each scheduled job declares how far one of its runs
 * reaches (`ScheduledJob.reach`), and its cadence says how often it runs.
 */
import type { Cadence } from './cadence';
import { DAILY_RECIPIENTS } from './mail';
import type { Pupil } from './rows';
import type { Settings } from './settings';
import type { Weekday } from './vocabulary';

/** Recipients one class's daily schedule letter reaches. */
export interface ClassReach {
  readonly class: string;
  readonly recipients: number;
  readonly hasGroupAddress: boolean;
}

/** How far one run of a scheduled job reaches, as the job declares it. */
export interface MailReach {
  /** What the job sends, in the workbook's language («Расписание на день»). */
  readonly label: string;
  /** Recipients of one run at most (every To, Cc and Bcc address counts). */
  readonly recipients: number;
  /** The part of it that goes class by class, when a class group address would shrink it. */
  readonly classes?: readonly ClassReach[];
}

/** A job of the table with its reach and cadence. */
export interface PlannedJob extends MailReach {
  readonly job: string;
  readonly cadence: Cadence;
}

/** One job's line of the plan. */
export interface JobLoad extends PlannedJob {
  /** Recipients in the busiest week. */
  readonly perWeek: number;
}

/** The planner's figures. */
export interface QuotaPlan {
  readonly jobs: readonly JobLoad[];
  /** The busiest day: daily jobs on a school day, plus the weekly and monthly ones that may fall on it. */
  readonly peakDay: number;
  /** The busiest week: daily jobs on every school day, every weekly job, a monthly one. */
  readonly perWeek: number;
  readonly reserve: number;
  readonly fits: { readonly consumer: boolean; readonly workspace: boolean };
  /** Classes whose group address would save the most, enough to fit the consumer limit. */
  readonly suggestions: readonly { readonly class: string; readonly saves: number }[];
  readonly classes: readonly ClassReach[];
}

/** The distinct addresses of a pupil and the pupil's guardians. */
export function familyAddresses(pupil: Pupil): string[] {
  return [pupil.email, ...pupil.guardians.map((g) => g.email)].filter(
    (e): e is string => e !== undefined,
  );
}

/** What `job` adds to a day of the week (daily jobs send for school days only). */
function onDay(job: PlannedJob, weekday: Weekday, settings: Settings): number {
  switch (job.cadence.kind) {
    // A watch (the agreement's) writes at most its letter a day, on a day people work.
    case 'daily':
    case 'hourly':
      return settings.schoolDays.includes(weekday) ? job.recipients : 0;
    case 'weekly':
      return job.cadence.weekday === weekday ? job.recipients : 0;
    case 'monthly':
      // The 1st of a month can fall on any day: the worst case counts it everywhere.
      return job.recipients;
    case 'onDemand':
      return 0;
  }
}

function perWeekOf(job: PlannedJob, settings: Settings): number {
  switch (job.cadence.kind) {
    case 'daily':
    case 'hourly':
      return job.recipients * settings.schoolDays.length;
    case 'weekly':
    case 'monthly':
      return job.recipients;
    case 'onDemand':
      return 0;
  }
}

const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Plans the quota for the jobs of the table as they would run for this school. */
export function planQuota(jobs: readonly PlannedJob[], settings: Settings): QuotaPlan {
  const loads: JobLoad[] = jobs.map((j) => ({ ...j, perWeek: perWeekOf(j, settings) }));
  const dayLoad = (d: Weekday): number => jobs.reduce((sum, j) => sum + onDay(j, d, settings), 0);
  const peakDay = Math.max(0, ...WEEK.map(dayLoad));
  const perWeek = loads.reduce((sum, j) => sum + j.perWeek, 0);
  const reserve = settings.quotaReserve;
  const limit = DAILY_RECIPIENTS.consumer - reserve;
  const classes = jobs.flatMap((j) => j.classes ?? []);
  const suggestions: { class: string; saves: number }[] = [];
  let peak = peakDay;
  for (const c of [...classes]
    .filter((c) => !c.hasGroupAddress)
    .sort((a, b) => b.recipients - a.recipients)) {
    if (peak <= limit || c.recipients <= 1) break;
    suggestions.push({ class: c.class, saves: c.recipients - 1 });
    peak -= c.recipients - 1;
  }
  return {
    jobs: loads,
    peakDay,
    perWeek,
    reserve,
    fits: {
      consumer: peakDay <= limit,
      workspace: peakDay <= DAILY_RECIPIENTS.workspace - reserve,
    },
    suggestions,
    classes,
  };
}
