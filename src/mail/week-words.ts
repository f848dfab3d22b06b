/**
 * Small wording shared by the family letter and the class teacher's digest: days, the week's
 * range, marks and the reasons a pupil needs attention — said the same way in both letters.
 */
import { type LocalDate, weekdayOf } from '../domain/calendar';
import { isSchoolDay } from '../domain/lessons';
import type { Mark } from '../domain/parse';
import type { Settings } from '../domain/settings';
import type { AttentionReason, SchoolWeek } from '../domain/week-summary';
import type { Strings } from '../i18n';

const dayMonth = (date: LocalDate): string => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

/** `пн 23.11`: short enough for a phone screen, with the weekday people think in. */
export function formatDay(date: LocalDate, strings: Strings): string {
  return `${strings.weekdaysShort[weekdayOf(date) - 1] ?? ''} ${dayMonth(date)}`.trim();
}

/** `23.11–29.11.2026`, or `28.12.2026–03.01.2027` across a new year. */
export function formatRange(week: SchoolWeek): string {
  const first = week.dates[0] ?? '';
  const last = week.dates[week.dates.length - 1] ?? first;
  const year = (date: LocalDate): string => date.slice(0, 4);
  return year(first) === year(last)
    ? `${dayMonth(first)}–${dayMonth(last)}.${year(last)}`
    : `${dayMonth(first)}.${year(first)}–${dayMonth(last)}.${year(last)}`;
}

/** The week's school days (weekends and holidays left out); empty for a week of holidays. */
export function schoolDaysOf(
  week: SchoolWeek,
  settings: Pick<Settings, 'schoolDays' | 'holidays'>,
): LocalDate[] {
  return week.dates.filter((d) => isSchoolDay(d, settings));
}

/** «23–27 ноября»: the first and last school day of the week, as people say them. */
export function plainWeek(
  week: SchoolWeek,
  settings: Pick<Settings, 'schoolDays' | 'holidays'>,
  strings: Strings,
): string {
  const days = schoolDaysOf(week, settings);
  const first = days[0] ?? week.dates[0] ?? '';
  const last = days[days.length - 1] ?? week.dates[week.dates.length - 1] ?? first;
  const part = (d: LocalDate) => ({ day: Number(d.slice(8, 10)), month: Number(d.slice(5, 7)) });
  return strings.summary.week(part(first), part(last));
}

/** A mark as the journal shows it: 5, 4 … or «зачёт» / «незачёт». */
export function markText(mark: Mark, strings: Strings): string {
  return typeof mark === 'number' ? String(mark) : strings.labels.credit[mark];
}

/** Each reason for attention as one phrase. */
export function reasonTexts(reasons: readonly AttentionReason[], strings: Strings): string[] {
  const words = strings.summary.reasons;
  return reasons.map((reason) => {
    switch (reason.kind) {
      case 'absent':
        return words.absent(
          reason.absences.length,
          reason.absences
            .map((a) => strings.summary.dayAndSubject(formatDay(a.date, strings), a.subject))
            .join(', '),
        );
      case 'lowMark':
        return words.lowMark(reason.subjects.join(', '));
      case 'fail':
        return words.fail(reason.subjects.join(', '));
      case 'work':
        return words.work(reason.count, reason.subjects.join(', '));
    }
  });
}
