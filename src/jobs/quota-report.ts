/**
 * «Квота писем»: the quota planner's figures as lines for people (menu dialog, runner summary) —
 * what each job of the table needs, whether it fits the account's limits, and how many days the
 * letters now in the queue will take.
 */
import type { Zone } from '../domain/calendar';
import { DAILY_RECIPIENTS } from '../domain/mail';
import { planQuota, type PlannedJob, type QuotaPlan } from '../domain/quota-plan';
import type { Settings } from '../domain/settings';
import { type TriggerTimeFigures, triggerTimeFigures } from '../domain/trigger-time';
import type { Strings } from '../i18n';
import type { JobOutcome } from './context';
import type { PlanningSchool, ScheduledJob } from './scheduled-job';
import { type DeliveryForecast, forecastDelivery } from './shared/delivery';
import type { DeliveryContext } from './shared/outbox';
import { loadSchool } from './shared/school';
import { loadState } from './shared/state';
import { SCHEDULED_JOBS } from './table';

/**
 * The trigger time figures of the school's account now: the one function the quota dialog (and
 * the dashboard) read them from.
 */
export function triggerTimeOf(
  ctx: Pick<DeliveryContext, 'store' | 'clock'>,
  settings: Settings,
): TriggerTimeFigures {
  return triggerTimeFigures(
    loadState(ctx.store).triggerTime,
    settings.accountType,
    settings.triggerTimeShare,
    ctx.clock.now(),
  );
}

/** The trigger time figures as lines: the open window, then the earlier ones. */
function triggerTimeLines(time: TriggerTimeFigures, zone: Zone, strings: Strings): string[] {
  const minutes = (ms: number): number => Math.round(ms / 60_000);
  const when = (iso: string): string => {
    const local = zone.parts(new Date(iso));
    const hh = String(Math.floor(local.minutes / 60)).padStart(2, '0');
    const mm = String(local.minutes % 60).padStart(2, '0');
    return `${local.date.slice(8, 10)}.${local.date.slice(5, 7)} ${hh}:${mm}`;
  };
  const d = strings.delivery;
  const earlier = (time.since === undefined ? time.days : time.days.slice(0, -1)).map((day) =>
    d.triggerDay(when(day.start), minutes(day.ms)),
  );
  return [
    time.since === undefined
      ? d.triggerNone(minutes(time.allowanceMs), minutes(time.limitMs))
      : d.triggerToday(
          minutes(time.usedMs),
          minutes(time.allowanceMs),
          minutes(time.limitMs),
          when(time.since),
        ),
    ...(earlier.length > 0 ? [d.triggerDays(earlier.reverse())] : []),
  ];
}

/** The mail quota plan of the school's job table (the dialog's and the dashboard's). */
export function quotaPlanOf(
  school: PlanningSchool,
  jobs: readonly ScheduledJob[] = SCHEDULED_JOBS,
): QuotaPlan {
  const planned: PlannedJob[] = jobs.flatMap((job) => {
    const reach = job.reach?.(school);
    return reach === undefined
      ? []
      : [{ ...reach, job: job.id, cadence: job.cadence(school.settings) }];
  });
  return planQuota(planned, school.settings);
}

/** Plans the school's mail quota from the job table and describes it, with the queue's forecast. */
export function quotaReport(
  ctx: DeliveryContext,
  jobs: readonly ScheduledJob[] = SCHEDULED_JOBS,
): JobOutcome & {
  readonly plan: QuotaPlan;
  readonly forecast: DeliveryForecast;
  readonly triggerTime: TriggerTimeFigures;
} {
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils', 'staff']);
  const { settings, strings } = school;
  const plan = quotaPlanOf(school, jobs);
  const forecast = forecastDelivery(ctx, settings, strings, loadState(ctx.store).quota);
  const triggerTime = triggerTimeOf(ctx, settings);
  const q = strings.quota;
  const outbox = school.sheetName.outbox ?? strings.sheets.outbox.name;
  const details = [
    ...plan.jobs
      .filter((j) => j.cadence.kind !== 'onDemand' && j.recipients > 0)
      .map((j) => q.jobLine(j.label, j.recipients, j.cadence.kind)),
    q.peak(plan.peakDay, plan.perWeek, plan.reserve),
    (plan.fits.consumer ? q.fits : q.exceeds)(DAILY_RECIPIENTS.consumer, q.consumer),
    (plan.fits.workspace ? q.fits : q.exceeds)(DAILY_RECIPIENTS.workspace, q.workspace),
    ...(plan.suggestions.length > 0
      ? [q.suggest(plan.suggestions.map((s) => `${s.class} (−${s.saves})`).join(', '))]
      : []),
    ...(forecast.letters === 0
      ? [q.queueEmpty]
      : [
          q.queue(forecast.letters, forecast.recipients),
          ...(forecast.never > 0
            ? [q.never(forecast.never, outbox)]
            : [q.forecast(forecast.leftToday, forecast.wholeDay, forecast.days)]),
        ]),
    ...triggerTimeLines(triggerTime, school.zone, strings),
  ];
  return {
    job: 'quota',
    summary: q.title,
    details,
    problems: 0,
    messages: 0,
    plan,
    forecast,
    triggerTime,
  };
}
