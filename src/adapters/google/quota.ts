/**
 * Per-minute quotas of the Google APIs the runner calls, and the retry policy. Google's figures
 * (they change without notice; kept here only):
 * - Sheets API: 60 read and 60 write requests a minute per user per project, 300 per project
 *   (developers.google.com/workspace/sheets/api/limits). A 429 asks for exponential backoff.
 * - Gmail API: users.messages.send costs 100 quota units; 6,000 units a minute per user per project
 *   on the current page (15,000 on older ones: the stricter figure is taken), so 60 sends a minute
 *   (developers.google.com/gmail/api/reference/quota).
 * - Drive API: the permission calls of sharing are few; Drive's own per-user limit is far above
 *   them, so they share the Sheets write bucket rather than a figure of their own.
 */

/** Requests allowed in any 60 seconds, by bucket. */
export interface Quotas {
  readonly sheetsRead: number;
  readonly sheetsWrite: number;
  readonly gmailSend: number;
}

/** The documented per-user figures above. */
export const GOOGLE_QUOTAS: Quotas = { sheetsRead: 60, sheetsWrite: 60, gmailSend: 60 };

/** Which bucket a call draws from. */
export type Bucket = keyof Quotas;

/** Waits before the retries of a 429 or a 5xx (jitter is added): 1 s, 2 s, 4 s, 8 s, 16 s, 32 s. */
export const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 32000] as const;

/**
 * A sliding window per bucket: a request waits until fewer than the quota were made in the last
 * minute, so a big school's run slows down instead of being refused.
 */
export class Throttle {
  private readonly sent = new Map<Bucket, number[]>();

  constructor(
    private readonly quotas: Quotas,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
  ) {}

  /** Milliseconds to wait before a request of `bucket` may go (0: at once); records it when 0. */
  take(bucket: Bucket): number {
    const times = this.sent.get(bucket) ?? [];
    const now = this.now();
    while (times.length > 0 && times[0]! <= now - this.windowMs) times.shift();
    this.sent.set(bucket, times);
    if (times.length < this.quotas[bucket]) {
      times.push(now);
      return 0;
    }
    return times[0]! + this.windowMs - now;
  }
}

/** HTTP statuses worth another try: quota (429) and the server's own trouble (5xx). */
export function isTransient(status: number | undefined): boolean {
  return status === 429 || (status !== undefined && status >= 500 && status <= 599);
}
