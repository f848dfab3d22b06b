/**
 * Calendar arithmetic on local dates of the school's time zone. A `LocalDate` is the text
 * `YYYY-MM-DD`: it compares with `<`, keys maps, and never shifts with a time zone.
 */
import type { Weekday } from './vocabulary';

export type LocalDate = string;
/** Minutes after local midnight. */
export type LocalTime = number;

/** A wall-clock reading in the school's time zone. */
export interface LocalParts {
  readonly date: LocalDate;
  readonly minutes: LocalTime;
  readonly weekday: Weekday;
}

/** Converts instants to wall-clock readings in one time zone (the Clock port supplies it). */
export interface Zone {
  readonly id: string;
  parts(instant: Date): LocalParts;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Builds a LocalDate, or null when the day does not exist (31.02). */
export function localDate(year: number, month: number, day: number): LocalDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const utcOf = (date: LocalDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const fromUtc = (ms: number): LocalDate => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The date `days` after (or before) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(utcOf(date) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcOf(b) - utcOf(a)) / DAY_MS);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekdayOf(date: LocalDate): Weekday {
  const js = new Date(utcOf(date)).getUTCDay();
  return (js === 0 ? 7 : js) as Weekday;
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** ISO week label `YYYY-Wnn` (the year is the ISO week-year: 2026-12-31 may be 2027-W01). */
export function isoWeek(date: LocalDate): string {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${pad(year, 4)}-01-01`, thursday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The seven dates Monday…Sunday of the ISO week holding `date`. */
export function weekDates(date: LocalDate): LocalDate[] {
  const monday = mondayOf(date);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

/** `28.11.2026` for people. */
export function formatDateRu(date: LocalDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** `09:05` from minutes after midnight. */
export function formatTime(minutes: LocalTime): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The date of a Sheets serial number (days since 1899-12-30; the fraction is the time of day). */
export function dateFromSerial(serial: number): LocalDate {
  return fromUtc(Date.UTC(1899, 11, 30) + Math.floor(serial) * DAY_MS);
}

/** The Sheets serial number of a date. */
export function serialFromDate(date: LocalDate): number {
  return Math.round((utcOf(date) - Date.UTC(1899, 11, 30)) / DAY_MS);
}

/**
 * The instant when the school's clocks show `date` `minutes`. Found by correcting a UTC guess
 * with the zone's own reading, which is exact away from the hour a clock is moved.
 */
export function instantOf(zone: Zone, date: LocalDate, minutes: LocalTime = 0): Date {
  const target = utcOf(date) + minutes * 60_000;
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const seen = zone.parts(new Date(guess));
    const seenMs = utcOf(seen.date) + seen.minutes * 60_000;
    const diff = target - seenMs;
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}
