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

/**
 * A row of «Согласование» as the add-on reads it: the version last agreed (what may be published)
 * and the version awaiting a decision (what the administrator is looking at), each in
 * `agreedForm` — compared exactly, never hashed.
 */
export interface AgreementRecord {
  readonly lessonId: string;
  readonly agreedAs?: string | undefined;
  /** When an administrator's «согласовать» was applied to `agreedAs`. */
  readonly agreedAt?: Date | undefined;
  /** The version on the list for a decision; an agreement applies only to exactly this one. */
  readonly pendingAs?: string | undefined;
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
export function agreedForm(lesson: Lesson & { readonly statusInSheet?: LessonStatus }): string {
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
    (lesson.statusInSheet ?? lesson.status) === 'cancelled',
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

/** Why a lesson is on the list for a decision. */
export type AgreementReason =
  'asked' | 'changed' | 'changedWhileWaiting' | 'notByAdministration' | 'removed';

/** What one run makes of one lesson's record: the next record and what to tell or write. */
export interface AgreementStep {
  /** The record to keep; undefined when the lesson needs none any more. */
  readonly record: AgreementRecord | undefined;
  /** Set while the lesson waits for a decision. */
  readonly reason?: AgreementReason | undefined;
  /** The status to write back into the teachers' sheet, when it must change. */
  readonly sheetStatus?: LessonStatus | undefined;
  /** The administration's comment to write back with it. */
  readonly comment?: string | undefined;
  readonly agreedNow: boolean;
  readonly returnedNow: boolean;
  /** A change after agreement seen for the first time: the administrators are told. */
  readonly changedNow: boolean;
}

const step = (fields: Partial<AgreementStep> & Pick<AgreementStep, 'record'>): AgreementStep => ({
  agreedNow: false,
  returnedNow: false,
  changedNow: false,
  ...fields,
});

/**
 * One lesson's agreement for this run: its administrator's decision applied (to exactly the
 * version they saw), or its place on the list while it awaits one. `lesson` is the lesson as
 * the teachers' sheet has it now, or 'removed' for a published lesson whose row is gone.
 */
export function agreementStep(
  lessonId: string,
  lesson: AgreedLesson | 'removed',
  record: AgreementRecord | undefined,
  now: Date,
): AgreementStep {
  const form = lesson === 'removed' ? removalForm(lessonId) : agreedForm(lesson);
  const agreed =
    record?.agreedAt !== undefined && record.agreedAs !== undefined
      ? { agreedAs: record.agreedAs, agreedAt: record.agreedAt }
      : {};
  const base: AgreementRecord = { lessonId, ...agreed, comment: record?.comment };
  const statusInSheet = lesson === 'removed' ? undefined : lesson.statusInSheet;
  const isAgreed = record?.agreedAt !== undefined && record.agreedAs === form;
  const awaits =
    lesson === 'removed' ? !isAgreed : lesson.status === 'pending' && statusInSheet !== 'draft';

  if (record?.decision === 'agree' && record.pendingAs !== undefined) {
    if (record.pendingAs === form && awaits)
      return step({
        record: { lessonId, agreedAs: form, agreedAt: now, comment: record.comment },
        sheetStatus:
          lesson === 'removed' ? undefined : statusInSheet === 'cancelled' ? 'cancelled' : 'agreed',
        comment: record.comment,
        agreedNow: true,
      });
    if (awaits)
      // The teacher changed it while it waited: the administrator must look at the new version.
      return step({ record: { ...base, pendingAs: form }, reason: 'changedWhileWaiting' });
  }
  if (record?.decision === 'return' && record.pendingAs !== undefined && lesson !== 'removed')
    return step({
      record: agreed.agreedAt === undefined ? undefined : base,
      sheetStatus: 'draft',
      comment: record.comment ?? '',
      returnedNow: true,
    });
  if (!awaits) return step({ record: agreed.agreedAt === undefined ? undefined : base });
  if (lesson === 'removed')
    return step({ record: { ...base, pendingAs: form }, reason: 'removed' });
  // Agreed before and no longer what was agreed (asking again about the same version is no change).
  const changed = agreed.agreedAt !== undefined && !isAgreed;
  return step({
    record: { ...base, pendingAs: form },
    reason: changed
      ? 'changed'
      : lesson.gap === 'notByAdministration'
        ? 'notByAdministration'
        : 'asked',
    // «согласовано» typed by a teacher goes back to «на согласовании»; a cancellation stays for
    // the administrator to agree.
    sheetStatus: statusInSheet === 'agreed' ? 'pending' : undefined,
    changedNow: changed && record?.pendingAs !== form,
  });
}
