/**
 * The dispatcher's memory between runs, kept in ONE document property so that an idle hourly run
 * costs a single read and a single write. The outbox sheet remains the record of every message;
 * this only says what is due, what is pending and who is running.
 */
import type { TriggerDay } from '../../domain/trigger-time';
import type { Store } from '../../ports/store';

/** Progress of one scheduled job. */
export interface JobState {
  /** The last period (date, ISO week, month) the job finished. */
  readonly done?: string | undefined;
  /** The period under way and where it stopped, when the time budget cut it. */
  readonly period?: string | undefined;
  readonly cursor?: string | undefined;
  /** What the job keeps between its runs (the archive: when it next has anything to do). */
  readonly memo?: string | undefined;
}

/**
 * What a whole day's mail quota holds for this account — the remaining quota read first after it
 * was last restored (other tools of the same account may use part of it) — and so which letters
 * can never fit a day and must be cut.
 */
export interface QuotaMemory {
  /** The remaining quota first read in the current window. */
  readonly high: number;
  /** The last reading: a larger one means the window was restored. */
  readonly last: number;
}

/** Everything the dispatcher remembers. */
export interface DispatcherState {
  /** Last dispatcher run (ISO instant): onOpen warns when it is older than 3 hours. */
  readonly heartbeat?: string | undefined;
  /** Before this instant no scheduled job is due (ISO); absent = check now. */
  readonly nextDueAt?: string | undefined;
  /** Messages waiting in the outbox (queued), as last counted. */
  readonly pending: number;
  /** A dispatcher run in progress and until when its claim holds (ISO). */
  readonly leaseUntil?: string | undefined;
  /** On-demand jobs somebody asked for (edits to published lessons, a resend). */
  readonly requested: readonly string[];
  readonly jobs: Readonly<Record<string, JobState>>;
  /** Whose installable triggers send the mail, and their ids (jobs/mail-owner). */
  readonly owner?: { readonly email: string; readonly triggers: readonly string[] } | undefined;
  readonly quota?: QuotaMemory | undefined;
  /** When a delivery pass last read the whole outbox (ISO): rows typed in by hand wait at most a day. */
  readonly outboxSeen?: string | undefined;
  /** Trigger time by 24-hour window, the current one last (domain/trigger-time). */
  readonly triggerTime?: readonly TriggerDay[] | undefined;
}

/** The one document property holding the dispatcher's state. */
export const STATE_KEY = 'distant.state';

/**
 * Document properties `distant.request.<job>.<what>` ask for an on-demand job without the lock:
 * each asker writes its own key (a form response whose trigger may yet fail), so concurrent
 * askers never overwrite each other; the dispatcher deletes the keys it saw once the job ran.
 */
const REQUEST_PREFIX = 'distant.request.';

/** The key by which `what` asks for the job `jobId`. */
export function requestKey(jobId: string, what: string): string {
  return `${REQUEST_PREFIX}${jobId}.${what}`;
}

/** The job a request key asks for, or undefined for any other key. */
export function requestedJobOf(key: string): string | undefined {
  if (!key.startsWith(REQUEST_PREFIX)) return undefined;
  const rest = key.slice(REQUEST_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot > 0 ? rest.slice(0, dot) : undefined;
}

const EMPTY: DispatcherState = { pending: 0, requested: [], jobs: {} };

/** Reads the state; a missing or damaged value starts afresh (everything becomes due). */
export function loadState(store: Store): DispatcherState {
  const raw = store.get(STATE_KEY);
  if (!raw) return EMPTY;
  try {
    const parsed = JSON.parse(raw) as Partial<DispatcherState>;
    return {
      ...EMPTY,
      ...parsed,
      requested: Array.isArray(parsed.requested) ? parsed.requested : [],
      jobs: parsed.jobs ?? {},
      pending: typeof parsed.pending === 'number' ? parsed.pending : 0,
    };
  } catch {
    return EMPTY;
  }
}

/** Writes the state in one property write. */
export function saveState(store: Store, state: DispatcherState): void {
  store.set(STATE_KEY, JSON.stringify(state));
}

/** Applies a change to the stored state (read, change, write). Call under the document lock. */
export function updateState(
  store: Store,
  change: (state: DispatcherState) => DispatcherState,
): DispatcherState {
  const next = change(loadState(store));
  saveState(store, next);
  return next;
}
