/**
 * Agreement of lessons by the administration (instruction §4.2: the schedule is agreed with the
 * administration). Teachers fill «Расписание» in the teachers' workbook, where anyone on the staff
 * can type «согласовано»; so the word there decides nothing. An agreement is a row of
 * «Согласование» in the administration workbook, which only administrators edit, holding the
 * lesson exactly as it was agreed. A lesson counts as agreed while it still is what was agreed:
 * changed afterwards — a new link, another task, a cancellation — it goes back for agreement.
 */
import type { LocalDate } from './calendar';
import type { Lesson, Located } from './rows';
import type { Decision, LessonStatus } from './vocabulary';

/** A row of «Согласование» as the add-on reads it. */
export interface AgreementRecord {
  readonly lessonId: string;
  /** The lesson as the administration saw it, in `agreedForm` (compared exactly, never hashed). */
  readonly agreedAs: string;
  /** Set once an administrator's decision «согласовать» was applied. */
  readonly agreedAt?: Date | undefined;
  readonly decision?: Decision | undefined;
  readonly comment?: string | undefined;
}

/** Why a lesson the teachers' sheet calls agreed is not agreed. */
export type AgreementGap = 'changed' | 'notByAdministration';

/** A lesson with the status the administration's record gives it. */
export interface AgreedLesson extends Lesson {
  /** The status typed in the teachers' workbook, for lists that show what the teacher did. */
  readonly statusInSheet: LessonStatus;
  /** Set when the sheet says «согласовано» (or «отменено» after an agreement) without the record. */
  readonly gap?: AgreementGap | undefined;
}

/**
 * The lesson's agreed content in one canonical text: everything families are told, and whether
 * it is cancelled. The record keeps this text itself, so the comparison is exact; a hash of it
 * could be matched by a teacher who searched for a colliding edit.
 */
export function agreedForm(lesson: Lesson): string {
  return JSON.stringify([
    lesson.id,
    lesson.date,
    lesson.class,
    lesson.period,
    lesson.start ?? null,
    lesson.end ?? null,
    lesson.subject,
    lesson.teacher,
    lesson.form ?? null,
    lesson.resource ?? null,
    lesson.topic ?? null,
    lesson.task ?? null,
    lesson.deadline ?? null,
    lesson.status === 'cancelled',
  ]);
}

/**
 * The status a lesson really has. `trustSheet` is true for a school that keeps everything in one
 * file only administrators edit: there whoever typed «согласовано» is an administrator.
 */
export function agreedStatus(
  lesson: Lesson,
  record: AgreementRecord | undefined,
  trustSheet: boolean,
): AgreedLesson {
  const statusInSheet = lesson.status;
  // A teacher may always take a lesson back (draft, awaiting): that makes it less public, not more.
  if (trustSheet || statusInSheet === 'draft' || statusInSheet === 'pending')
    return { ...lesson, statusInSheet };
  const wasAgreed = record?.agreedAt !== undefined;
  if (wasAgreed && record.agreedAs === agreedForm(lesson)) return { ...lesson, statusInSheet };
  // «Отменено» of a lesson never agreed concerns nobody; after an agreement it is a change to agree.
  if (statusInSheet === 'cancelled' && !wasAgreed) return { ...lesson, statusInSheet };
  return {
    ...lesson,
    status: 'pending',
    statusInSheet,
    gap: wasAgreed ? 'changed' : 'notByAdministration',
  };
}

/** Applies the administration's records to every lesson of the schedule. */
export function withAgreements(
  lessons: readonly Located<Lesson>[],
  records: ReadonlyMap<string, AgreementRecord>,
  trustSheet: boolean,
): Located<AgreedLesson>[] {
  return lessons.map(({ row, value }) => ({
    row,
    value: agreedStatus(value, records.get(value.id), trustSheet),
  }));
}

/** Lessons the administration still has to look at: awaiting agreement, or changed since. */
export function awaitingAgreement(
  lessons: readonly Located<AgreedLesson>[],
  from: LocalDate,
): Located<AgreedLesson>[] {
  return lessons.filter((l) => l.value.status === 'pending' && l.value.date >= from);
}

/** The agreed form of a lesson's removal from the schedule (its row was deleted after publication). */
export function removalForm(lessonId: string): string {
  return JSON.stringify([lessonId, 'removed']);
}

/**
 * True when families may be told a published lesson is gone: the administration agreed its
 * removal, or the school's one file is trusted. A row deleted by mistake — a sort gone wrong —
 * announces nothing until an administrator agrees.
 */
export function removalAgreed(
  lessonId: string,
  records: ReadonlyMap<string, AgreementRecord>,
  trustSheet: boolean,
): boolean {
  if (trustSheet) return true;
  const record = records.get(lessonId);
  return record?.agreedAt !== undefined && record.agreedAs === removalForm(lessonId);
}
