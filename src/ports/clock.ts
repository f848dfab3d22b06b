import type { Zone } from '../domain/calendar';

/** The current instant and the school's wall clock. Jobs never call `new Date()` themselves. */
export interface Clock {
  now(): Date;
  /** Milliseconds since the run started: the time budget is measured with it. */
  elapsedMs(): number;
  /** Waits (Utilities.sleep in Apps Script); used only to back off a transient mail error. */
  sleep(ms: number): void;
  /** Turns instants into the school's wall-clock readings. */
  zoneFor(timeZone: string): Zone;
}
