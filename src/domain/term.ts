/**
 * The school term (четверть) a week belongs to, for the term's average in the family letter.
 * Russian basic schools (grades 1–9) mark by quarters: autumn, winter and spring holidays
 * separate them. The school's own `holidays` say where its breaks are; without them the usual
 * starts stand in (docs/decisions.md, "Term").
 */
import { addDays, type LocalDate } from './calendar';
import { isSchoolDay } from './lessons';
import type { Settings } from './settings';

/** Month-day where a quarter starts at the latest when `holidays` say nothing: Sep, Nov, Jan, Apr. */
const USUAL_STARTS = ['09-01', '11-01', '01-01', '04-01'] as const;
/** Days in a row without school that make a break between terms (a long weekend is not one). */
export const TERM_BREAK_DAYS = 7;
/** How far back a break is looked for: a quarter is never longer than this. */
const LONGEST_TERM_DAYS = 110;

/** The usual start of the quarter holding `date`. */
function usualStart(date: LocalDate): LocalDate {
  const year = date.slice(0, 4);
  const monthDay = date.slice(5);
  const starts = USUAL_STARTS.map((md) => `${year}-${md}`).sort();
  const before = starts.filter((s) => s.slice(5) <= monthDay);
  // Late summer (before 1 September) belongs to the spring quarter: it starts 1 April.
  return before[before.length - 1] ?? `${year}-04-01`;
}

/** 1 September of the school year holding `date`: nothing before it is of this year. */
function schoolYearStart(date: LocalDate): LocalDate {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '08-01' ? `${year}-09-01` : `${year - 1}-09-01`;
}

/**
 * The first day of the term holding `date`: the first school day after the last break of at
 * least a week (weekends and `holidays` together) before it, looked for back to 1 September;
 * without such a break in `holidays`, the usual start of its quarter — so a school that lists no
 * holidays still gets quarters, and one that lists them gets its own term dates.
 */
export function termStart(
  date: LocalDate,
  settings: Pick<Settings, 'schoolDays' | 'holidays'>,
): LocalDate {
  const yearStart = schoolYearStart(date);
  let off = 0;
  for (let i = 0, d = date; i < LONGEST_TERM_DAYS && d >= yearStart; i++, d = addDays(d, -1)) {
    if (isSchoolDay(d, settings)) {
      off = 0;
      continue;
    }
    // The break ends where school resumes: the day after the first day off met going back.
    if (++off >= TERM_BREAK_DAYS) return addDays(d, off);
  }
  const usual = usualStart(date);
  return usual > yearStart ? usual : yearStart;
}
