/**
 * Rules of the schedule (instruction §4.2): a lesson is agreed by the administration before it is
 * published, and each form of lesson needs its own details — an online lesson its link, a
 * self-study lesson its task. The calendar of school days decides what "tomorrow" is.
 */
import { addDays, type LocalDate, weekdayOf } from './calendar';
import type { Lesson } from './rows';
import type { Settings } from './settings';
import type { LessonForm } from './vocabulary';

/** The columns each form of lesson cannot do without. */
export const REQUIRED_FOR_FORM: Readonly<Record<LessonForm, readonly (keyof Lesson)[]>> = {
  online: ['resource', 'start'],
  selfStudy: ['task'],
  consultation: ['start'],
  inPerson: ['start'],
};

/** The columns a lesson lacks for its form (empty when it is complete). */
export function missingForForm(lesson: Lesson): (keyof Lesson)[] {
  if (lesson.form === undefined) return ['form'];
  return REQUIRED_FOR_FORM[lesson.form].filter(
    (key) => lesson[key] === undefined || lesson[key] === '',
  );
}

/**
 * THE test of agreement: every question "is this lesson agreed, may families see its details?"
 * asks this one predicate, so that where agreement is recorded can change in one place. An agreed
 * lesson is always published, a missing detail shown as «уточняется» (docs/decisions.md).
 */
export function isAgreed(lesson: Lesson): boolean {
  return lesson.status === 'agreed';
}

/** Not agreed and not cancelled: a slot families see as «уточняется», the administration as work to do. */
export function isAwaitingAgreement(lesson: Lesson): boolean {
  return !isAgreed(lesson) && lesson.status !== 'cancelled';
}

/** True when the school works on that date (its weekday is a school day and it is no holiday). */
export function isSchoolDay(
  date: LocalDate,
  settings: Pick<Settings, 'schoolDays' | 'holidays'>,
): boolean {
  return settings.schoolDays.includes(weekdayOf(date)) && !settings.holidays.has(date);
}

/** The first school day after `today` (Friday evening → Monday; the last day before a holiday → after it). */
export function nextSchoolDay(
  today: LocalDate,
  settings: Pick<Settings, 'schoolDays' | 'holidays'>,
): LocalDate | null {
  for (let i = 1; i <= 120; i++) {
    const date = addDays(today, i);
    if (isSchoolDay(date, settings)) return date;
  }
  return null;
}

/** Lessons in the order a day is lived: by period, then start time. */
export function byPeriod(a: Lesson, b: Lesson): number {
  return (
    a.period - b.period || (a.start ?? 0) - (b.start ?? 0) || a.subject.localeCompare(b.subject)
  );
}
