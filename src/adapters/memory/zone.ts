import type { LocalParts, Zone } from '../../domain/calendar';
import type { Weekday } from '../../domain/vocabulary';

const WEEKDAY: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** A Zone over ECMAScript Intl, for Node (the Apps Script adapter uses Utilities.formatDate). */
export function intlZone(id: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: id,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
  // formatToParts is the runner's slowest call (every date cell of the journal, every hourly run
  // of the replay); a date cell is a local midnight, so the same few instants come back.
  const known = new Map<number, LocalParts>();
  return {
    id,
    parts(instant: Date): LocalParts {
      const minute = Math.floor(instant.getTime() / 60_000);
      const cached = known.get(minute);
      if (cached !== undefined) return cached;
      const p: Record<string, string> = {};
      for (const part of format.formatToParts(instant)) p[part.type] = part.value;
      const parts: LocalParts = Object.freeze({
        date: `${p.year}-${p.month}-${p.day}`,
        minutes: Number(p.hour) * 60 + Number(p.minute),
        weekday: WEEKDAY[p.weekday ?? ''] ?? 1,
      });
      if (known.size >= 100_000) known.clear();
      known.set(minute, parts);
      return parts;
    },
  };
}
