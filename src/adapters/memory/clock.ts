import type { Zone } from '../../domain/calendar';
import type { Clock } from '../../ports/clock';
import { intlZone } from './zone';

/** A clock that stands still until told otherwise: tests and the runner's `--now`. */
export class FixedClock implements Clock {
  private current: number;
  private started: number;
  private readonly zones = new Map<string, Zone>();

  constructor(now: Date) {
    this.current = now.getTime();
    this.started = this.current;
  }

  now(): Date {
    return new Date(this.current);
  }

  elapsedMs(): number {
    return this.current - this.started;
  }

  sleep(ms: number): void {
    this.current += ms;
  }

  /** Moves the clock on, as the time a run takes. */
  advance(ms: number): void {
    this.current += ms;
  }

  /** Sets the clock to another instant (a later run). */
  set(now: Date): void {
    this.current = now.getTime();
  }

  /** Starts a new execution at `now`: the time budget counts from here. */
  beginRun(now: Date): void {
    this.current = now.getTime();
    this.started = this.current;
  }

  zoneFor(timeZone: string): Zone {
    let zone = this.zones.get(timeZone);
    if (!zone) {
      zone = intlZone(timeZone);
      this.zones.set(timeZone, zone);
    }
    return zone;
  }
}
