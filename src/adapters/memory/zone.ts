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
  return {
    id,
    parts(instant: Date): LocalParts {
      const p: Record<string, string> = {};
      for (const part of format.formatToParts(instant)) p[part.type] = part.value;
      return {
        date: `${p.year}-${p.month}-${p.day}`,
        minutes: Number(p.hour) * 60 + Number(p.minute),
        weekday: WEEKDAY[p.weekday ?? ''] ?? 1,
      };
    },
  };
}
