import type { LocalParts, Zone } from '../../domain/calendar';
import type { Weekday } from '../../domain/vocabulary';

/** A Zone over Utilities.formatDate: Apps Script's own time zone rules, no Intl needed. */
export function gasZone(id: string): Zone {
  return {
    id,
    parts(instant: Date): LocalParts {
      const text = Utilities.formatDate(instant, id, "yyyy-MM-dd'|'HH:mm'|'u");
      const [date = '', time = '00:00', weekday = '1'] = text.split('|');
      return {
        date,
        minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)),
        weekday: Number(weekday) as Weekday,
      };
    },
  };
}
