/**
 * The retry rules of delivery, in one place: which mail errors are worth another try, how long to
 * back off, and when to give up. Pure: the random source of the jitter is given by the caller.
 */

/** What a MailApp error means for delivery (and what the admins are told). */
export type MailErrorKind =
  | 'dailyLimit'
  | 'transient'
  | 'invalidAddress'
  | 'tooLarge'
  | 'tooManyRecipients'
  | 'damaged'
  | 'other';

/** A classified error: its kind and the part of Google's text worth showing (an address). */
export interface MailError {
  readonly kind: MailErrorKind;
  /** The address for `invalidAddress`; Google's own text for `other`; '' otherwise. */
  readonly detail: string;
}

/** Attempts (runs that tried the letter) after which a failing letter is reported, not retried. */
export const MAX_ATTEMPTS = 5;
/** Waits before the second, third and fourth try within one pass. */
const BACKOFF_MS = [1000, 3000, 7000] as const;
/** Up to this much is added to each wait, so two executions that failed together do not retry together. */
const JITTER_MS = 500;

const DAILY_LIMIT =
  /too many times for one day|daily (?:limit|quota)|Limit Exceeded: Email Total|quota/i;
const TRANSIENT =
  /too many times in a short time|simultaneous invocations|service unavailable|temporar|timed? ?out|try again|server error|internal error|rate limit|backend error/i;
const INVALID_ADDRESS = /Invalid (?:email|argument: (?:to|cc|bcc|recipient))\s*:?\s*(.*)$/i;
const TOO_LARGE = /Email Body Size|Argument too large/i;
const TOO_MANY = /Recipients Per Message/i;

/** Classifies the text of an error thrown by the mail service. */
export function classifyMailError(message: string): MailError {
  if (TRANSIENT.test(message)) return { kind: 'transient', detail: '' };
  if (DAILY_LIMIT.test(message)) return { kind: 'dailyLimit', detail: '' };
  const invalid = INVALID_ADDRESS.exec(message);
  if (invalid) return { kind: 'invalidAddress', detail: (invalid[1] ?? '').trim() };
  if (TOO_MANY.test(message)) return { kind: 'tooManyRecipients', detail: '' };
  if (TOO_LARGE.test(message)) return { kind: 'tooLarge', detail: '' };
  return { kind: 'other', detail: message };
}

/** What to do after a failed try. */
export type RetryDecision =
  /** Wait, then try again within this pass. */
  | { readonly kind: 'wait'; readonly ms: number }
  /** Leave it queued for a later run (the error may pass). */
  | { readonly kind: 'later' }
  /** Mark it as failed and tell the admins. */
  | { readonly kind: 'giveUp' }
  /** The day's quota is spent: stop the pass, keep it queued, do not count the attempt. */
  | { readonly kind: 'stopForToday' };

/**
 * Decides after a failed try. `triesThisPass` counts the tries already made in this pass (1 after
 * the first), `attempts` the runs that have tried this letter, this one included.
 */
export function afterFailure(
  error: MailError,
  triesThisPass: number,
  attempts: number,
  random: () => number,
): RetryDecision {
  if (error.kind === 'dailyLimit') return { kind: 'stopForToday' };
  if (error.kind !== 'transient') return { kind: 'giveUp' };
  const wait = BACKOFF_MS[triesThisPass - 1];
  if (wait !== undefined) return { kind: 'wait', ms: wait + Math.floor(random() * JITTER_MS) };
  return attempts >= MAX_ATTEMPTS ? { kind: 'giveUp' } : { kind: 'later' };
}
