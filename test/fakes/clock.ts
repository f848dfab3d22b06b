/** A settable clock shared by every fake: `new Date()` in the context, triggers, caches and quotas follow it. */
export class FakeClock {
  private ms: number;

  /** Starts at `start` (default: 2026-09-01T09:00:00+03:00, a school morning in Moscow). */
  constructor(start: Date | string = '2026-09-01T06:00:00Z') {
    this.ms = FakeClock.toMs(start);
  }

  private static toMs(d: Date | string): number {
    const ms = typeof d === 'string' ? Date.parse(d) : d.getTime();
    if (Number.isNaN(ms)) throw new Error(`FakeClock: invalid date ${String(d)}`);
    return ms;
  }

  /** The fake current time as a host-realm Date. */
  now(): Date {
    return new Date(this.ms);
  }

  /** The fake current time in epoch milliseconds. */
  nowMs(): number {
    return this.ms;
  }

  /** Jumps to a given instant (may go backwards). */
  set(d: Date | string): void {
    this.ms = FakeClock.toMs(d);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`FakeClock: cannot advance by ${ms}`);
    this.ms += ms;
  }
}
