import type { Zone } from '../../domain/calendar';
import type { Clock } from '../../ports/clock';
import { gasZone } from './zone';

/** The real clock of an Apps Script execution; the budget counts from the execution's start. */
export class GasClock implements Clock {
  private readonly started = Date.now();
  private readonly zones = new Map<string, Zone>();

  now(): Date {
    return new Date();
  }

  elapsedMs(): number {
    return Date.now() - this.started;
  }

  sleep(ms: number): void {
    Utilities.sleep(ms);
  }

  zoneFor(timeZone: string): Zone {
    let zone = this.zones.get(timeZone);
    if (!zone) {
      // Utilities.formatDate silently falls back to GMT on an unknown zone; refuse it instead.
      if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(timeZone))
        throw new Error(`Unknown time zone ${timeZone}`);
      zone = gasZone(timeZone);
      this.zones.set(timeZone, zone);
    }
    return zone;
  }
}
