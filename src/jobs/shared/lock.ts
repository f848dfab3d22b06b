/**
 * The document lock (docs/decisions.md, «The document lock»): every write that another execution
 * may make at the same time — the outbox, the dispatcher's state, «Информирование», a report
 * sheet, the form registry, an erasure — runs under it, through `underLock` alone. One wait and
 * one behaviour when the lock stays busy: `BusyError`. What busy means is the caller's to say —
 * a menu shows «Таблица сейчас занята…» (errors.ts), a scheduled job stays due and the next hourly
 * run retries it, a delivery pass stops and its letters wait in the queue, a trigger fails and
 * the nightly sweep finds what it left. Nothing is written without the lock: every write here is
 * keyed (outbox keys, the informed record's week and pupil), so a retry finds what a run did.
 */
import type { Strings } from '../../i18n';
import type { Lock } from '../../ports/lock';

/**
 * How long to wait for the lock. The sections under it are short (a claim of letters, a state
 * write, one report sheet), so a lock held longer than this belongs to a run that is stuck or
 * doing something long: better to say «busy» than to eat the 6 minutes of a run.
 */
export const LOCK_WAIT_MS = 20_000;

/**
 * The document lock stayed busy for `LOCK_WAIT_MS`: another execution is writing. Its message is
 * in the workbook's language where the caller knows it (a trigger's failure notice quotes it);
 * a dialog always says it through `errorText`.
 */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(words?: Pick<Strings, 'delivery'>) {
    super(words?.delivery.busy ?? 'the document lock is held by another execution');
  }
}

/**
 * Runs `action` holding the document lock; throws `BusyError` when the lock stays busy. `words`:
 * the workbook's language, when the caller has read it (the dispatcher's own state writes and the
 * edit trigger read no settings).
 */
export function underLock<T>(
  ctx: { readonly lock: Lock },
  action: () => T,
  words?: Pick<Strings, 'delivery'>,
): T {
  if (!ctx.lock.tryLock(LOCK_WAIT_MS)) throw new BusyError(words);
  try {
    return action();
  } finally {
    ctx.lock.release();
  }
}

/** `underLock`, for a caller that backs off when busy: `busy` instead of the error. */
export function unlessBusy<T, B>(ctx: { readonly lock: Lock }, action: () => T, busy: B): T | B {
  try {
    return underLock(ctx, action);
  } catch (error) {
    if (error instanceof BusyError) return busy;
    throw error;
  }
}
