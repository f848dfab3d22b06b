/**
 * runScheduledJobs: the one hourly trigger's work. Runs every job that is due (each once per
 * period, on the first run at or after its hour), resumes interrupted ones from their cursor,
 * then delivers the outbox. An idle run reads one property and the list of keys, writes one
 * property, and leaves; a run with nothing to send does not read the outbox.
 */
import { addDays, instantOf } from '../domain/calendar';
import { hasOpened, nextOpeningLocal, periodOf } from '../domain/cadence';
import { addTriggerTime, type TriggerDay, triggerTimeFigures } from '../domain/trigger-time';
import type { JobOutcome } from './context';
import { isRetired } from './mail-owner';
import { deliver, type DeliveryReport } from './shared/delivery';
import { errorText } from './shared/errors';
import { type DeliveryContext } from './shared/outbox';
import { loadSchool } from './shared/school';
import {
  type DispatcherState,
  type JobState,
  loadState,
  requestedJobOf,
  saveState,
  updateState,
} from './shared/state';
import type { ScheduledJob } from './scheduled-job';
import { underLock, unlessBusy } from './shared/lock';

/** The default time budget: well inside Apps Script's 6 minutes, leaving room to save. */
export const DEFAULT_BUDGET_MS = 270_000;
/** A run's lease outlives the longest possible execution, so a dead run's lease expires. */
const LEASE_MS = 7 * 60_000;
/** Even with nothing scheduled, look at everything at least once a day. */
const MAX_IDLE_MS = 24 * 3_600_000;
/** Below this much trigger time left under the share, a run would only start what it must cut. */
const MIN_RUN_MS = 30_000;

/** What one dispatcher run did. */
export interface DispatchReport {
  /**
   * `rationed`: the day's trigger time is spent up to `trigger_time_share`; nothing was started.
   * `retired`: the trigger was a previous mail owner's; it removed itself (jobs/mail-owner).
   */
  readonly status: 'idle' | 'busy' | 'ran' | 'rationed' | 'retired';
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
  /**
   * A menu action, not a trigger: its time is not trigger time (Apps Script counts only
   * triggers' runs against the daily allowance), and it is not held back by it.
   */
  readonly fromMenu?: boolean;
  /**
   * The trigger that started the run: when it is not one of the mail owner's, it is a previous
   * owner's, and `retire` removes it (jobs/mail-owner).
   */
  readonly trigger?: { readonly uid: string | undefined; readonly retire: () => void };
}

/** Runs the due jobs and the outbox; see the module comment. */
export function runScheduledJobs(ctx: DeliveryContext, options: DispatchOptions): DispatchReport {
  const now = ctx.clock.now();
  const before = loadState(ctx.store);
  if (options.trigger !== undefined && isRetired(before, options.trigger.uid)) {
    options.trigger.retire();
    return { status: 'retired', jobs: [], interrupted: [] };
  }
  const requestKeys = ctx.store.keys().filter((k) => requestedJobOf(k) !== undefined);
  const leaseActive = before.leaseUntil !== undefined && new Date(before.leaseUntil) > now;
  const waiting =
    before.pending > 0 ||
    before.requested.length > 0 ||
    requestKeys.length > 0 ||
    Object.values(before.jobs).some((j) => j.cursor !== undefined);
  // This run's trigger time, added to the state it is written into.
  const spent = (s: DispatcherState): readonly TriggerDay[] | undefined =>
    options.fromMenu === true
      ? s.triggerTime
      : addTriggerTime(s.triggerTime, ctx.clock.elapsedMs(), now);
  if (
    !waiting &&
    !leaseActive &&
    before.nextDueAt !== undefined &&
    now < new Date(before.nextDueAt)
  ) {
    // The one write of an idle run carries its heartbeat and its (tiny) trigger time.
    saveState(ctx.store, { ...before, heartbeat: now.toISOString(), triggerTime: spent(before) });
    return { status: 'idle', jobs: [], interrupted: [] };
  }

  // Take the lease under the lock: a second dispatcher (menu "send now" during the trigger) backs off.
  const state = unlessBusy(
    ctx,
    () => {
      const current = loadState(ctx.store);
      if (current.leaseUntil !== undefined && new Date(current.leaseUntil) > now) return null;
      saveState(ctx.store, {
        ...current,
        heartbeat: now.toISOString(),
        leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
      });
      return current;
    },
    null,
  );
  if (state === null) return { status: 'busy', jobs: [], interrupted: [] };
  // A lease that was never given back: the last run died, maybe in the middle of a send.
  const lastRunDied = state.leaseUntil !== undefined;
  const pendingAtStart = state.pending;

  const school = loadSchool(ctx.workbook, ctx.clock, []);
  const local = school.zone.parts(now);
  const time = triggerTimeFigures(
    state.triggerTime,
    school.settings.accountType,
    school.settings.triggerTimeShare,
    now,
  );
  const asked =
    (typeof options.budgetMs === 'function' ? options.budgetMs() : options.budgetMs) ??
    DEFAULT_BUDGET_MS;
  const budgetMs = options.fromMenu === true ? asked : Math.min(asked, time.limitMs - time.usedMs);
  const progress: Progress = { jobs: {}, unsaved: new Set() };
  if (budgetMs < MIN_RUN_MS) {
    ctx.log.warn(`trigger time: ${Math.round(time.usedMs / 60_000)} min used, new work waits`);
    // Until the window is restored an idle hour stays idle; waiting letters still knock hourly.
    const restored =
      time.since === undefined
        ? undefined
        : new Date(Date.parse(time.since) + MAX_IDLE_MS).toISOString();
    finish(ctx, {
      now,
      spent,
      delivery: undefined,
      ownRows: pendingAtStart,
      progress,
      nextDueAt: restored,
    });
    return { status: 'rationed', jobs: [], interrupted: [] };
  }

  // A request for a job the table no longer has would keep every hour from being idle.
  const known = new Set(options.jobs.map((j) => j.id));
  for (const key of requestKeys) if (!known.has(requestedJobOf(key)!)) ctx.store.delete(key);

  const outcomes: JobOutcome[] = [];
  const interrupted: string[] = [];
  let delivery: DeliveryReport | undefined;
  let nextDueAt: string | undefined;
  let queued = 0;
  try {
    for (const job of options.deliverOnly ? [] : options.jobs) {
      const cadence = job.cadence(school.settings);
      const period = periodOf(cadence, local);
      const jobState = state.jobs[job.id] ?? {};
      // Asked for (an edit, a menu, another job) or its time has come in a period not yet done.
      const keys = requestKeys.filter((k) => requestedJobOf(k) === job.id);
      const due =
        keys.length > 0 ||
        state.requested.includes(job.id) ||
        (cadence.kind !== 'onDemand' && jobState.done !== period && hasOpened(cadence, local));
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
          memo: jobState.memo,
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
      queued += result.outcome.messages;
      if (result.cursor !== undefined) interrupted.push(job.id);
      progress.jobs[job.id] = {
        job:
          result.cursor === undefined
            ? {
                done: cadence.kind === 'onDemand' ? now.toISOString() : period,
                memo: result.memo,
              }
            : { done: jobState.done, period, cursor: result.cursor, memo: result.memo },
        keys: result.cursor === undefined ? keys : [],
      };
      progress.unsaved.add(job.id);
    }
    // Progress is written at once when mail follows (a crash must not rerun a job that queued
    // letters), with the run's last write when nothing does.
    const nothingToSend =
      pendingAtStart === 0 &&
      queued === 0 &&
      !lastRunDied &&
      state.outboxSeen !== undefined &&
      now.getTime() - Date.parse(state.outboxSeen) < MAX_IDLE_MS;
    if (!nothingToSend) flush(ctx, progress);
    delivery = deliver(ctx, {
      settings: school.settings,
      strings: school.strings,
      budgetMs,
      quota: state.quota,
      knownEmpty: nothingToSend,
    });
    nextDueAt = nextDue(options.jobs, { ...state, jobs: merged(state, progress) }, school, now);
  } finally {
    const ownRows = pendingAtStart + queued + (delivery ? delivery.cut : 0);
    finish(ctx, { now, spent, delivery, ownRows, progress, nextDueAt });
  }
  return { status: 'ran', jobs: outcomes, interrupted, ...(delivery ? { delivery } : {}) };
}

/** The jobs that ran in this run: their new state, the request keys they answered, what is unwritten. */
interface Progress {
  readonly jobs: Record<string, { readonly job: JobState; readonly keys: readonly string[] }>;
  readonly unsaved: Set<string>;
}

/** The job states of `state` with this run's progress in (all of it, or the unwritten part). */
function merged(
  state: DispatcherState,
  progress: Progress,
  unsavedOnly = false,
): DispatcherState['jobs'] {
  const jobs = { ...state.jobs };
  for (const [id, p] of Object.entries(progress.jobs))
    if (!unsavedOnly || progress.unsaved.has(id)) jobs[id] = p.job;
  return jobs;
}

/** What `state` asks for once this run's unwritten progress is in: answered requests are dropped. */
function stillRequested(state: DispatcherState, progress: Progress): readonly string[] {
  return state.requested.filter(
    (id) => !progress.unsaved.has(id) || progress.jobs[id]!.job.cursor !== undefined,
  );
}

/** Writes the unwritten progress and deletes the request keys its jobs answered. */
function flush(ctx: DeliveryContext, progress: Progress): void {
  if (progress.unsaved.size === 0) return;
  underLock(ctx, () =>
    updateState(ctx.store, (s) => ({
      ...s,
      requested: stillRequested(s, progress),
      jobs: merged(s, progress, true),
    })),
  );
  dropAnswered(ctx, progress);
}

function dropAnswered(ctx: DeliveryContext, progress: Progress): void {
  for (const id of progress.unsaved)
    for (const key of progress.jobs[id]?.keys ?? []) ctx.store.delete(key);
  progress.unsaved.clear();
}

/**
 * The run's last write, under the lock: the lease given back, the heartbeat, the trigger time,
 * what still waits, the next due instant, and the progress of jobs not written yet. Letters others
 * queued meanwhile (a form response) stay counted: the pass saw only the outbox it read.
 */
function finish(
  ctx: DeliveryContext,
  run: {
    readonly now: Date;
    readonly spent: (s: DispatcherState) => readonly TriggerDay[] | undefined;
    readonly delivery: DeliveryReport | undefined;
    /** The pending count this run knows of: at its start, plus the rows it queued itself. */
    readonly ownRows: number;
    readonly progress: Progress;
    readonly nextDueAt: string | undefined;
  },
): void {
  underLock(ctx, () =>
    updateState(ctx.store, (s) => ({
      ...s,
      heartbeat: run.now.toISOString(),
      leaseUntil: undefined,
      requested: stillRequested(s, run.progress),
      jobs: merged(s, run.progress, true),
      pending:
        run.delivery === undefined
          ? s.pending
          : run.delivery.remaining + Math.max(0, s.pending - run.ownRows),
      quota: run.delivery?.quota ?? s.quota,
      outboxSeen: run.delivery?.readOutbox === true ? run.now.toISOString() : s.outboxSeen,
      nextDueAt: run.nextDueAt,
      triggerTime: run.spent(s),
    })),
  );
  dropAnswered(ctx, run.progress);
}

/**
 * The earliest instant a scheduled job becomes due again (capped at a day from now). An opening
 * two days ahead or more is past the cap whatever the hour: its instant is not worked out.
 */
function nextDue(
  jobs: readonly ScheduledJob[],
  state: DispatcherState,
  school: ReturnType<typeof loadSchool>,
  now: Date,
): string {
  const local = school.zone.parts(now);
  const horizon = addDays(local.date, 1);
  let next = now.getTime() + MAX_IDLE_MS;
  for (const job of jobs) {
    const cadence = job.cadence(school.settings);
    const jobState = state.jobs[job.id] ?? {};
    if (jobState.cursor !== undefined) return now.toISOString();
    const opening = nextOpeningLocal(cadence, local, jobState.done === periodOf(cadence, local));
    if (cadence.kind !== 'onDemand' && opening === null) return now.toISOString();
    if (opening === null || opening.date > horizon) continue;
    next = Math.min(next, instantOf(school.zone, opening.date, opening.minutes).getTime());
  }
  return new Date(next).toISOString();
}

/**
 * The last write of a trigger other than the dispatcher (form submit, edit): its change of the
 * state, if any, with the trigger's run time added — one write for both.
 */
export function endTrigger(
  ctx: DeliveryContext,
  change: (state: DispatcherState) => DispatcherState = (s) => s,
): void {
  underLock(ctx, () =>
    updateState(ctx.store, (s) => {
      const next = change(s);
      return {
        ...next,
        triggerTime: addTriggerTime(next.triggerTime, ctx.clock.elapsedMs(), ctx.clock.now()),
      };
    }),
  );
}

/** The state change that asks for an on-demand job at the next run (an edit). */
export const askFor =
  (jobId: string) =>
  (s: DispatcherState): DispatcherState => ({
    ...s,
    requested: s.requested.includes(jobId) ? s.requested : [...s.requested, jobId],
  });

/** The state change that forgets the next-due instant (the settings changed): the next run looks again. */
export const forgetSchedule = (s: DispatcherState): DispatcherState => ({
  ...s,
  nextDueAt: undefined,
});

/** The state change that makes the next run look at the outbox (a row set back to the queue). */
export const expectLetters = (s: DispatcherState): DispatcherState => ({
  ...s,
  pending: Math.max(s.pending, 1),
});
