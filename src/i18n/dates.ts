/**
 * Dates in words, shared by every text that names a week or a span of days: «23–27 ноября»,
 * «30 ноября – 4 декабря 2026», "23–27 November".
 */

/** Month names as a date says them: Russian in the genitive («ноября»), English as they are. */
export const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A day of the calendar: `YYYY-MM-DD`. */
type LocalDateText = string;

/**
 * A span of days in words: the month once when both days share it, the year (when asked for)
 * once at the end unless the span crosses a new year; one day alone when `first` = `last`.
 */
export function daySpan(
  months: readonly string[],
  first: LocalDateText,
  last: LocalDateText,
  withYear = false,
): string {
  const day = (d: string): number => Number(d.slice(8, 10));
  const month = (d: string): string => months[Number(d.slice(5, 7)) - 1] ?? '';
  const year = (d: string): string => (withYear ? ` ${d.slice(0, 4)}` : '');
  if (first === last) return `${day(first)} ${month(first)}${year(first)}`;
  if (first.slice(0, 4) !== last.slice(0, 4))
    return `${day(first)} ${month(first)}${year(first)} – ${day(last)} ${month(last)}${year(last)}`;
  if (first.slice(5, 7) !== last.slice(5, 7))
    return `${day(first)} ${month(first)} – ${day(last)} ${month(last)}${year(last)}`;
  return `${day(first)}–${day(last)} ${month(last)}${year(last)}`;
}
