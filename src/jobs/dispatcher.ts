/**
 * runScheduledJobs: the one hourly trigger's work. Runs every job that is due (each once per
 * period, on the first run at or after its hour), resumes interrupted ones from their cursor,
 * then delivers the outbox. An idle run reads one property and writes one, and leaves.
 */
import { hasOpened, nextOpening, periodOf } from '../domain/cadence';
import type { JobOutcome } from './context';
import { deliver, type DeliveryReport } from './shared/delivery';
import { type DeliveryContext, LOCK_WAIT_MS } from './shared/outbox';
import { errorText } from './shared/errors';
import { loadSchool } from './shared/school';
import { type DispatcherState, loadState, saveState, updateState } from './shared/state';
import type { ScheduledJob } from './scheduled-job';

/** The default time budget: well inside Apps Script's 6 minutes, leaving room to save. */
export const DEFAULT_BUDGET_MS = 270_000;
/** A run's lease outlives the longest possible execution, so a dead run's lease expires. */
const LEASE_MS = 7 * 60_000;
/** Even with nothing scheduled, look at everything at least once a day. */
const MAX_IDLE_MS = 24 * 3_600_000;

/** What one dispatcher run did. */
export interface DispatchReport {
  readonly status: 'idle' | 'busy' | 'ran';
  readonly jobs: readonly JobOutcome[];
  /** Jobs left with a cursor for the next run. */
  readonly interrupted: readonly string[];
  readonly delivery?: DeliveryReport;
}

/** Options of a run. */
export interface DispatchOptions {
  readonly jobs: readonly ScheduledJob[];
  /** The time budget, or how to find it (read only when the run is not idle: every call counts). */
  readonly budgetMs?: number | (() => number | undefined);
  /** Only deliver the outbox (a menu action that just queued letters); the job table still sets the next due time. */
  readonly deliverOnly?: boolean;
}

/** Runs the due jobs and the outbox; see the module comment. */
export function runScheduledJobs(ctx: DeliveryContext, options: DispatchOptions): DispatchReport {
  const now = ctx.clock.now();
  const before = loadState(ctx.store);
  const leaseActive = before.leaseUntil !== undefined && new Date(before.leaseUntil) > now;
  const waiting =
    before.pending > 0 ||
    before.requested.length > 0 ||
    Object.values(before.jobs).some((j) => j.cursor !== undefined);
  if (
    !waiting &&
    !leaseActive &&
    before.nextDueAt !== undefined &&
    now < new Date(before.nextDueAt)
  ) {
    saveState(ctx.store, { ...before, heartbeat: now.toISOString() });
    return { status: 'idle', jobs: [], interrupted: [] };
  }

  const budgetMs =
    (typeof options.budgetMs === 'function' ? options.budgetMs() : options.budgetMs) ??
    DEFAULT_BUDGET_MS;

  // Take the lease under the lock: a second dispatcher (menu "send now" during the trigger) backs off.
  if (!ctx.lock.tryLock(LOCK_WAIT_MS)) return { status: 'busy', jobs: [], interrupted: [] };
  try {
    const state = loadState(ctx.store);
    if (state.leaseUntil !== undefined && new Date(state.leaseUntil) > now)
      return { status: 'busy', jobs: [], interrupted: [] };
    saveState(ctx.store, {
      ...state,
      heartbeat: now.toISOString(),
      leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
    });
  } finally {
    ctx.lock.release();
  }

  const outcomes: JobOutcome[] = [];
  const interrupted: string[] = [];
  let delivery: DeliveryReport | undefined;
  let completed = false;
  const school = loadSchool(ctx.workbook, ctx.clock, []);
  const local = school.zone.parts(now);
  try {
    for (const job of options.deliverOnly ? [] : options.jobs) {
      const state = loadState(ctx.store);
      const cadence = job.cadence(school.settings);
      const period = periodOf(cadence, local);
      const jobState = state.jobs[job.id] ?? {};
      const due =
        cadence.kind === 'onDemand'
          ? state.requested.includes(job.id)
          : jobState.done !== period && hasOpened(cadence, local);
      if (!due) continue;
      if (ctx.clock.elapsedMs() > budgetMs) break;
      const cursor = jobState.period === period ? jobState.cursor : undefined;
      let result;
      try {
        result = job.run({
          ...ctx,
          settings: school.settings,
          strings: school.strings,
          period,
          cursor,
          outOfTime: () => ctx.clock.elapsedMs() > budgetMs,
        });
      } catch (error) {
        // One broken job must not stop the others or the mail; it stays due and is retried next run.
        ctx.log.warn(`${job.id}: ${error instanceof Error ? error.message : String(error)}`);
        outcomes.push({
          job: job.id,
          summary: school.strings.ui.failed(errorText(error, school.strings)),
          details: [],
          problems: 0,
          messages: 0,
        });
        continue;
      }
      outcomes.push(result.outcome);
      if (result.cursor !== undefined) interrupted.push(job.id);
      withLock(ctx, () =>
        updateState(ctx.store, (s) => ({
          ...s,
          requested:
            result.cursor === undefined ? s.requested.filter((id) => id !== job.id) : s.requested,
          jobs: {
            ...s.jobs,
            [job.id]:
              result.cursor === undefined
                ? { done: cadence.kind === 'onDemand' ? now.toISOString() : period }
                : { done: jobState.done, period, cursor: result.cursor },
          },
        })),
      );
    }
    delivery = deliver(ctx, {
      settings: school.settings,
      strings: school.strings,
      budgetMs,
      quota: loadState(ctx.store).quota,
    });
    completed = true;
  } finally {
    withLock(ctx, () =>
      updateState(ctx.store, (s) => ({
        ...s,
        heartbeat: now.toISOString(),
        leaseUntil: undefined,
        pending: delivery ? delivery.remaining : s.pending,
        quota: delivery?.quota ?? s.quota,
        nextDueAt: completed ? nextDue(options.jobs, s, school, now) : undefined,
      })),
    );
  }
  return { status: 'ran', jobs: outcomes, interrupted, ...(delivery ? { delivery } : {}) };
}

function withLock(ctx: DeliveryContext, action: () => void): void {
  // State writes are tiny; if another execution holds the lock for long, write anyway rather than lose progress.
  const locked = ctx.lock.tryLock(LOCK_WAIT_MS);
  try {
    action();
  } finally {
    if (locked) ctx.lock.release();
  }
}

/** The earliest instant a scheduled job becomes due again (capped at a day from now). */
function nextDue(
  jobs: readonly ScheduledJob[],
  state: DispatcherState,
  school: ReturnType<typeof loadSchool>,
  now: Date,
): string {
  const local = school.zone.parts(now);
  let next = now.getTime() + MAX_IDLE_MS;
  for (const job of jobs) {
    const cadence = job.cadence(school.settings);
    const jobState = state.jobs[job.id] ?? {};
    if (jobState.cursor !== undefined) return now.toISOString();
    const opening = nextOpening(
      cadence,
      local,
      jobState.done === periodOf(cadence, local),
      school.zone,
    );
    if (cadence.kind !== 'onDemand' && opening === null) return now.toISOString();
    if (opening !== null) next = Math.min(next, opening.getTime());
  }
  return new Date(next).toISOString();
}

/** Asks the dispatcher to run an on-demand job at its next run (an edit, a menu). */
export function requestJob(ctx: DeliveryContext, jobId: string): void {
  withLock(ctx, () =>
    updateState(ctx.store, (s) => ({
      ...s,
      requested: s.requested.includes(jobId) ? s.requested : [...s.requested, jobId],
    })),
  );
}

/** Forgets the cached next-due instant (the settings changed), so the next run looks again. */
export function invalidateSchedule(ctx: DeliveryContext): void {
  withLock(ctx, () => updateState(ctx.store, (s) => ({ ...s, nextDueAt: undefined })));
}
