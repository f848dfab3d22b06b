/**
 * The steps of one run of the school's routine, as the local runner performs it: check the data,
 * then replay the week hour by hour through the same dispatcher the hourly trigger calls. Each
 * capability adds its scheduled job to the job table; the runner itself never changes.
 */
import { instantOf, mondayOf } from '../domain/calendar';
import { runnerStrings } from '../i18n/runner';
import { checkData } from './check-data';
import type { JobOutcome } from './context';
import { buildWeeklyReport } from './monitoring-report';
import { runScheduledJobs } from './dispatcher';
import { quotaReport } from './quota-report';
import type { ScheduledJob } from './scheduled-job';
import { type DeliveryContext, outboxTally } from './shared/outbox';
import { loadSchool } from './shared/school';
import { SCHEDULED_JOBS } from './table';

/** What the runner gives the cycle: the ports, the run's moment and control of simulated time. */
export interface CycleContext extends DeliveryContext {
  readonly now: Date;
  /** Starts a simulated execution at `at`: moves the clock, resets the run's budget and, on a new day, the quota. */
  beginRun(at: Date): void;
  /** The job table (tests may pass their own). */
  readonly jobs?: readonly ScheduledJob[];
  /** What people do in the school up to `at` (the demo's week), done before each simulated run. */
  readonly people?: (at: Date) => void;
}

/** One step of the cycle: a name for `--jobs` (its title is in `i18n/runner`) and what it does. */
export interface CycleStep {
  readonly id: string;
  run(ctx: CycleContext): readonly JobOutcome[];
}

/** The minute of each simulated hourly run: spread like Apps Script's jitter, but repeatable. */
export const simulatedMinute = (hourIndex: number): number => (hourIndex * 37 + 11) % 60;

/**
 * Replays the hourly dispatcher from Monday 00:00 of the current week up to `now`, as the
 * trigger would have run it, and reports what was queued and sent by job.
 */
function replayWeek(ctx: CycleContext): JobOutcome[] {
  const school = loadSchool(ctx.workbook, ctx.clock, []);
  const zone = school.zone;
  const monday = mondayOf(zone.parts(ctx.now).date);
  const start = instantOf(zone, monday, 0).getTime();
  const outcomes: JobOutcome[] = [];
  let runs = 0;
  let idle = 0;
  let sent = 0;
  for (let hour = 0; ; hour++) {
    const at = new Date(start + hour * 3_600_000 + simulatedMinute(hour) * 60_000);
    if (at > ctx.now) break;
    ctx.people?.(at);
    ctx.beginRun(at);
    const report = runScheduledJobs(ctx, { jobs: ctx.jobs ?? SCHEDULED_JOBS });
    runs++;
    if (report.status === 'idle') idle++;
    sent += report.delivery?.sent ?? 0;
    outcomes.push(...report.jobs);
    ctx.log.progress(
      'dispatcher',
      hour + 1,
      Math.floor((ctx.now.getTime() - start) / 3_600_000) + 1,
    );
  }
  ctx.people?.(ctx.now);
  ctx.beginRun(ctx.now);
  const tally = outboxTally(ctx, school.strings);
  const labels = school.strings.labels.outboxStatus;
  const byJob = Object.entries(tally).map(
    ([job, counts]) =>
      `${job}: ${Object.entries(counts)
        .map(([s, n]) => `${labels[s as keyof typeof labels]} ${n}`)
        .join(', ')}`,
  );
  const total = Object.values(tally).reduce((sum, c) => sum + (c.sent ?? 0), 0);
  outcomes.push({
    job: 'dispatcher',
    summary: runnerStrings(school.settings.locale).console.dispatcher(runs, monday, idle, sent),
    details: byJob,
    problems: 0,
    messages: total,
  });
  return outcomes;
}

/**
 * The monitoring report of the current week so far, as the menu builds it, then one delivery pass
 * for its letter. The replay starts on Monday 00:00, so the scheduled report at `report_day` 07:00
 * covers the week before — empty in the demo; this step reports on the week the run shows.
 */
function reportCurrentWeek(ctx: CycleContext): JobOutcome[] {
  ctx.beginRun(ctx.now);
  const outcome = buildWeeklyReport(ctx);
  runScheduledJobs(ctx, { jobs: ctx.jobs ?? SCHEDULED_JOBS, deliverOnly: true });
  return [outcome];
}

/** Every step, in the order the runner performs them. */
export const CYCLE_STEPS: readonly CycleStep[] = [
  { id: 'checkData', run: (ctx) => [checkData(ctx)] },
  { id: 'quota', run: (ctx) => [quotaReport(ctx)] },
  { id: 'dispatcher', run: replayWeek },
  { id: 'report', run: reportCurrentWeek },
];

/** What jobs call themselves in their outcomes where that is not their id in the job table. */
const OUTCOME_NAMES: Readonly<Record<string, string>> = { publish: 'publishSchedule' };

/** The name `--jobs` takes for an outcome's job: the console prints only names it accepts. */
export function jobNameOf(outcomeJob: string): string {
  return OUTCOME_NAMES[outcomeJob] ?? outcomeJob;
}

/** Every name `--jobs` takes: the steps, then each job of the table (done by the dispatcher step). */
export function jobNames(table: readonly ScheduledJob[] = SCHEDULED_JOBS): string[] {
  return [...CYCLE_STEPS.map((s) => s.id), ...table.map((j) => j.id)];
}

/** The steps and the job table a `--jobs` list asks for. */
export interface Selection {
  readonly steps: readonly CycleStep[];
  /** The dispatcher's table: all jobs, or those named (`--jobs publishSchedule`). */
  readonly jobs: readonly ScheduledJob[];
  /** Names that are neither a step nor a job. */
  readonly unknown: readonly string[];
}

/**
 * The steps chosen by `--jobs`: 'all', or a list of step ids and job ids (or the names the
 * console prints, like `publish`). A job id runs the dispatcher step with only the jobs named.
 */
export function selectSteps(
  wanted: readonly string[] | 'all',
  table: readonly ScheduledJob[] = SCHEDULED_JOBS,
): Selection {
  if (wanted === 'all') return { steps: [...CYCLE_STEPS], jobs: table, unknown: [] };
  const names = wanted.map(jobNameOf);
  const steps = new Set(CYCLE_STEPS.map((s) => s.id));
  const named = table.filter((j) => names.includes(j.id));
  return {
    steps: CYCLE_STEPS.filter(
      (s) => names.includes(s.id) || (s.id === 'dispatcher' && named.length > 0),
    ),
    jobs: names.includes('dispatcher') || named.length === 0 ? table : named,
    unknown: wanted.filter(
      (_, i) => !steps.has(names[i]!) && !table.some((j) => j.id === names[i]),
    ),
  };
}
