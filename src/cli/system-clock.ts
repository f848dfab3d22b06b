import { intlZone } from '../adapters/memory/zone';
import type { Zone } from '../domain/calendar';
import type { Clock } from '../ports/clock';

/** The wall clock of a live run: real time, and a real (blocking) sleep between retries. */
export class SystemClock implements Clock {
  private readonly started = Date.now();
  private readonly zones = new Map<string, Zone>();

  now(): Date {
    return new Date();
  }

  elapsedMs(): number {
    return Date.now() - this.started;
  }

  sleep(ms: number): void {
    // The jobs are synchronous, as in Apps Script; Atomics.wait is Node's Utilities.sleep.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
