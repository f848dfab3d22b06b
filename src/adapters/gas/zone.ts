import type { LocalParts, Zone } from '../../domain/calendar';
import type { Weekday } from '../../domain/vocabulary';

/**
 * Two readings of a zone's offset this far apart that agree hold for every instant between them:
 * no time zone changes its offset twice within two weeks (a change and its reversal are months
 * apart, Ramadan's the shortest at about a month).
 */
const SPAN_MS = 14 * 86_400_000;

interface Reading {
  readonly ms: number;
  /** Local wall-clock time minus UTC, in ms. */
  readonly offset: number;
}

/**
 * A Zone over Utilities.formatDate: Apps Script's own time zone rules, no Intl needed. Each
 * formatDate is a service call, so the zone reads offsets, not instants: an instant between two
 * readings that agree and lie within `SPAN_MS` of each other needs no call. The hourly run then
 * finds every opening of its jobs with two calls, and a school's sheets, which repeat a few
 * weeks of dates thousands of times, with a handful.
 */
export function gasZone(id: string): Zone {
  const readings: Reading[] = [];
  const read = (ms: number): Reading => {
    const whole = Math.floor(ms / 1000) * 1000;
    const text = Utilities.formatDate(new Date(whole), id, 'yyyy-MM-dd HH:mm:ss');
    const local = Date.UTC(
      Number(text.slice(0, 4)),
      Number(text.slice(5, 7)) - 1,
      Number(text.slice(8, 10)),
      Number(text.slice(11, 13)),
      Number(text.slice(14, 16)),
      Number(text.slice(17, 19)),
    );
    const reading = { ms: whole, offset: local - whole };
    const at = readings.findIndex((r) => r.ms > whole);
    readings.splice(at < 0 ? readings.length : at, 0, reading);
    return reading;
  };
  /** The readings either side of `ms` (the same one when `ms` was read). */
  const around = (ms: number): { below?: Reading; above?: Reading } => {
    let below: Reading | undefined;
    for (const r of readings) {
      if (r.ms > ms) return { below, above: r };
      below = r;
      if (r.ms === ms) return { below, above: r };
    }
    return { below };
  };
  /** The offset at `ms` if the readings already settle it. */
  const known = (ms: number): number | undefined => {
    const { below, above } = around(ms);
    if (below === undefined || above === undefined) return undefined;
    if (below.ms === above.ms) return below.offset;
    return below.offset === above.offset && above.ms - below.ms <= SPAN_MS
      ? below.offset
      : undefined;
  };
  const offsetAt = (ms: number): number => {
    const settled = known(ms);
    if (settled !== undefined) return settled;
    const { below, above } = around(ms);
    const nearest = below ?? above;
    if (below !== undefined && above !== undefined && above.ms - below.ms <= SPAN_MS) {
      // The offset changed in between: halve the bracket around `ms` until both ends agree.
      for (;;) {
        const bracket = around(ms);
        const low = bracket.below!;
        const high = bracket.above!;
        if (low.offset === high.offset || high.ms - low.ms <= 1000) break;
        read(Math.floor((low.ms + high.ms) / 2000) * 1000);
      }
    } else if (nearest !== undefined && Math.abs(ms - nearest.ms) < SPAN_MS) {
      // Read a whole span ahead of (or behind) the nearest reading: the instants asked for next
      // are usually in between.
      read(nearest.ms + Math.sign(ms - nearest.ms) * SPAN_MS);
    }
    return known(ms) ?? read(ms).offset;
  };
  return {
    id,
    parts(instant: Date): LocalParts {
      const local = new Date(instant.getTime() + offsetAt(instant.getTime()));
      const weekday = local.getUTCDay();
      return {
        date: local.toISOString().slice(0, 10),
        minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
        weekday: (weekday === 0 ? 7 : weekday) as Weekday,
      };
    },
  };
}
