/**
 * When the weekly family letter leaves and which week it tells (docs/decisions.md, "Weekly
 * letter"). By default it waits for the journal: the morning after the journal deadline of the
 * week's last school day — Saturday 09:00 for a Monday–Friday school with the usual 24 hours —
 * so Friday's marks are in it. `summary_day` / `summary_hour`, when the school sets them, win.
 */
import { addDays, type LocalDate } from './calendar';
import type { Settings } from './settings';
import type { Weekday } from './vocabulary';

/** The hour of the default letter: a weekend morning, when parents read school mail. */
export const SUMMARY_MORNING_HOUR = 9;
/** The hour for a `summary_day` that is a school day with no `summary_hour`: after lessons. */
export const SUMMARY_EVENING_HOUR = 18;

type TimeSettings = Pick<
  Settings,
  'schoolDays' | 'journalDeadlineHours' | 'summaryDay' | 'summaryHour'
>;

const lastSchoolDay = (settings: TimeSettings): Weekday =>
  (settings.schoolDays.length > 0 ? Math.max(...settings.schoolDays) : 5) as Weekday;

/** The weekday and hour of the weekly letter. */
export function weeklyLetterTime(settings: TimeSettings): {
  readonly weekday: Weekday;
  readonly hour: number;
} {
  if (settings.summaryDay !== undefined) {
    const schoolDay = settings.schoolDays.includes(settings.summaryDay);
    return {
      weekday: settings.summaryDay,
      hour: settings.summaryHour ?? (schoolDay ? SUMMARY_EVENING_HOUR : SUMMARY_MORNING_HOUR),
    };
  }
  // The journal of the last school day is due `journal_deadline_hours` after its lessons: the
  // letter leaves on the morning of the day that deadline falls on (at least the next day).
  const days = Math.max(1, Math.ceil(settings.journalDeadlineHours / 24));
  return {
    weekday: (((lastSchoolDay(settings) - 1 + days) % 7) + 1) as Weekday,
    hour: settings.summaryHour ?? SUMMARY_MORNING_HOUR,
  };
}

/**
 * A day of the week a letter sent on `today` tells: the letter's weekday lies some days after
 * the last school day (Saturday: one), and going back that many days lands in the week it
 * sums up — so a letter that leaves on Monday morning tells the week before.
 */
export function summarisedDay(today: LocalDate, settings: TimeSettings): LocalDate {
  const lag = (weeklyLetterTime(settings).weekday - lastSchoolDay(settings) + 7) % 7;
  return addDays(today, -lag);
}
