import type { LocalParts, Zone } from '../../domain/calendar';
import type { Weekday } from '../../domain/vocabulary';

/**
 * A Zone over Utilities.formatDate: Apps Script's own time zone rules, no Intl needed. Each
 * formatDate is a service call, and a school's sheets repeat the same dates thousands of times,
 * so readings are remembered by instant for the execution.
 */
export function gasZone(id: string): Zone {
  const known = new Map<number, LocalParts>();
  return {
    id,
    parts(instant: Date): LocalParts {
      const ms = instant.getTime();
      const cached = known.get(ms);
      if (cached) return { ...cached };
      const text = Utilities.formatDate(instant, id, "yyyy-MM-dd'|'HH:mm'|'u");
      const [date = '', time = '00:00', weekday = '1'] = text.split('|');
      const parts: LocalParts = {
        date,
        minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)),
        weekday: Number(weekday) as Weekday,
      };
      known.set(ms, parts);
      return { ...parts };
    },
  };
}
