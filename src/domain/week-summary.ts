/**
 * One pupil's school week, as the family letter and the class teacher's digest tell it
 * (instruction §4.3: results to parents at least once a week). Pure: it takes typed rows and
 * returns figures; wording is the mail templates' business.
 *
 * Weeks are ISO weeks of the school's own calendar. Journal dates are already local dates of the
 * school's time zone (a date cell is read in that zone), so a mark made on Sunday at 23:30 Moscow
 * time belongs to that week and one made on Monday at 00:10 to the next, wherever the server is.
 */
import { addMarks, type MarkSum, type PupilMarks, sumMarks } from './term-marks';
import { addDays, isoWeek, type LocalDate, mondayOf, weekDates } from './calendar';
import { isAgreed } from './lessons';
import type { Mark } from './parse';
import type { JournalEntry, Lesson, Pupil } from './rows';

/** An ISO week of the school: its label and its days, and the days of the week after it. */
export interface SchoolWeek {
  /** `2026-W48`. */
  readonly label: string;
  /** Monday … Sunday. */
  readonly dates: readonly LocalDate[];
  /** Monday … Sunday of the next week (where the deadlines of the letter come from). */
  readonly next: readonly LocalDate[];
}

/** The school week holding `date`. */
export function schoolWeekOf(date: LocalDate): SchoolWeek {
  return {
    label: isoWeek(date),
    dates: weekDates(date),
    next: weekDates(addDays(mondayOf(date), 7)),
  };
}

/** A lesson missed. */
export interface Absence {
  readonly date: LocalDate;
  readonly subject: string;
  readonly excused: boolean;
}

/** A mark with its day and what it was for. */
export interface MarkEntry {
  readonly date: LocalDate;
  readonly mark: Mark;
  readonly kind?: string | undefined;
}

/** The marks of one subject in the week. */
export interface SubjectMarks {
  readonly subject: string;
  /** In date order; pass/fail credits among them. */
  readonly marks: readonly MarkEntry[];
  /**
   * Mean of the term's numeric marks up to the end of the week, to hundredths; undefined with
   * fewer than two (the mean of one mark is the mark) or without a term start.
   */
  readonly termAverage?: number | undefined;
}

/** Work the journal shows as not handed in (overdue, or not yet due: see `overdue` and `pending`). */
export interface MissingWork {
  readonly date: LocalDate;
  readonly subject: string;
  readonly state: 'missing' | 'overdue';
  readonly kind?: string | undefined;
  /** The task and its deadline, when the journal row names a lesson of the schedule. */
  readonly task?: string | undefined;
  readonly deadline?: LocalDate | undefined;
}

/** A teacher's comment, in the teacher's own words. */
export interface TeacherComment {
  readonly date: LocalDate;
  readonly subject: string;
  readonly text: string;
}

/** Work due next week, from the agreed schedule of the pupil's class. */
export interface Deadline {
  readonly deadline: LocalDate;
  readonly subject: string;
  readonly task?: string | undefined;
  /** The lesson that set it. */
  readonly lessonDate: LocalDate;
}

/** Why a pupil needs the attention of the family and the class teacher. */
export type AttentionReason =
  | { readonly kind: 'absent'; readonly absences: readonly Absence[] }
  | { readonly kind: 'lowMark'; readonly subjects: readonly string[] }
  | { readonly kind: 'fail'; readonly subjects: readonly string[] }
  | { readonly kind: 'work'; readonly count: number; readonly subjects: readonly string[] };

/** One pupil's week. */
export interface WeekSummary {
  readonly pupilId: string;
  readonly week: string;
  /** True when the journal has any row for the pupil this week. */
  readonly hasRecords: boolean;
  /** Lessons with attendance recorded, and those the pupil attended. */
  readonly lessons: number;
  readonly attended: number;
  readonly absences: readonly Absence[];
  /** One entry per subject marked this week, in the order of its first mark; empty in grade 1. */
  readonly marks: readonly SubjectMarks[];
  /** Grade 1: marks are not given (безотметочное обучение); the letter says so instead. */
  readonly ungraded: boolean;
  /** Not handed in and past its deadline (or «просрочена», or without a deadline). */
  readonly overdue: readonly MissingWork[];
  /** Not handed in, but its deadline is after the week: nothing is wrong yet. */
  readonly pending: readonly MissingWork[];
  readonly comments: readonly TeacherComment[];
  readonly deadlines: readonly Deadline[];
  /** Empty when all is well. */
  readonly attention: readonly AttentionReason[];
}

/** What a week summary is made of. Rows of other pupils, classes and weeks are ignored. */
export interface WeekSummaryInput {
  readonly pupil: Pupil;
  readonly week: SchoolWeek;
  /** The pupil's journal rows of the week, and of the term so far for the term's average. */
  readonly journal: readonly JournalEntry[];
  /** The first day of the term holding the week (domain/term); without it, no term average. */
  readonly termStart?: LocalDate | undefined;
  /**
   * The pupil's numeric marks of the term before the week (the record the weekly job keeps,
   * domain/term-marks). Given, the journal's rows before the week are not counted again.
   */
  readonly termBefore?: PupilMarks | undefined;
  /** The schedule (at least the pupil's class): next week's deadlines, tasks of missing work. */
  readonly lessons: readonly Lesson[];
}

const bySubject = (a: { subject: string }, b: { subject: string }): number =>
  a.subject.localeCompare(b.subject, 'ru');
const byDateThenSubject = (
  a: { date: LocalDate; subject: string },
  b: { date: LocalDate; subject: string },
): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : bySubject(a, b));

const isLow = (mark: Mark): boolean => mark === 1 || mark === 2;

/** Grade 1 learns without marks (безотметочное обучение): «1А», «1Б». */
export function isUngradedClass(cls: string): boolean {
  return parseInt(cls, 10) === 1;
}

/** Work counts as overdue unless its deadline is still ahead after the week. */
function isOverdue(work: MissingWork, week: SchoolWeek): boolean {
  const lastDay = week.dates[week.dates.length - 1] ?? '';
  return work.state === 'overdue' || work.deadline === undefined || work.deadline <= lastDay;
}

/** Summarises one pupil's week from the journal and the schedule. */
export function summarizeWeek(input: WeekSummaryInput): WeekSummary {
  const { pupil, week } = input;
  const days = new Set(week.dates);
  const nextDays = new Set(week.next);
  const rows = input.journal
    .filter((j) => j.pupilId === pupil.id && days.has(j.date))
    .sort(byDateThenSubject);
  const lessonById = new Map(input.lessons.map((l) => [l.id, l]));

  // Attendance once per lesson: a teacher who writes a second row for a second mark in the same
  // lesson must not make it two lessons.
  const attendance = new Map<string, JournalEntry>();
  rows.forEach((row, i) => {
    if (row.attendance === undefined) return;
    const key = row.lessonId ?? `row ${i}`;
    if (!attendance.has(key)) attendance.set(key, row);
  });
  const recorded = [...attendance.values()];
  const absences: Absence[] = recorded
    .filter((r) => r.attendance !== 'present')
    .map((r) => ({ date: r.date, subject: r.subject, excused: r.attendance === 'excused' }));

  const ungraded = isUngradedClass(pupil.class);
  const markRows = new Map<string, MarkEntry[]>();
  for (const row of ungraded ? [] : rows) {
    if (row.mark === undefined) continue;
    const list = markRows.get(row.subject) ?? [];
    list.push({ date: row.date, mark: row.mark, kind: row.workKind });
    markRows.set(row.subject, list);
  }
  const termMarks = termMarksOf(input, week);
  const marks: SubjectMarks[] = [...markRows]
    .map(([subject, list]) => ({
      subject,
      marks: list,
      termAverage: averageOf(termMarks.get(subject)),
    }))
    .sort(
      (a, b) => (a.marks[0]?.date ?? '').localeCompare(b.marks[0]?.date ?? '') || bySubject(a, b),
    );

  const missing: MissingWork[] = rows
    .filter((r) => r.work === 'missing' || r.work === 'overdue')
    .map((r) => {
      const lesson = r.lessonId === undefined ? undefined : lessonById.get(r.lessonId);
      return {
        date: r.date,
        subject: r.subject,
        state: r.work as 'missing' | 'overdue',
        kind: r.workKind,
        task: lesson?.task,
        deadline: lesson?.deadline,
      };
    });

  const comments: TeacherComment[] = rows
    .filter((r) => r.comment !== undefined && r.comment.trim() !== '')
    .map((r) => ({ date: r.date, subject: r.subject, text: r.comment!.trim() }));

  const deadlines: Deadline[] = input.lessons
    .filter(
      (l) =>
        l.class === pupil.class &&
        isAgreed(l) &&
        l.deadline !== undefined &&
        nextDays.has(l.deadline),
    )
    .map((l) => ({ deadline: l.deadline!, subject: l.subject, task: l.task, lessonDate: l.date }))
    .sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        bySubject(a, b) ||
        a.lessonDate.localeCompare(b.lessonDate),
    );

  return {
    pupilId: pupil.id,
    week: week.label,
    hasRecords: rows.length > 0,
    lessons: recorded.length,
    attended: recorded.length - absences.length,
    absences,
    marks,
    ungraded,
    overdue: missing.filter((w) => isOverdue(w, week)),
    pending: missing.filter((w) => !isOverdue(w, week)),
    comments,
    deadlines,
    attention: attentionOf(
      absences,
      marks,
      missing.filter((w) => isOverdue(w, week)),
    ),
  };
}

/** The pupil's numeric marks by subject from the term's start to the end of the week. */
function termMarksOf(input: WeekSummaryInput, week: SchoolWeek): PupilMarks {
  const lastDay = week.dates[week.dates.length - 1] ?? '';
  const from = input.termStart;
  if (from === undefined) return new Map();
  const rows = input.journal.filter((row) => row.pupilId === input.pupil.id);
  if (input.termBefore === undefined)
    return sumMarks(rows, from, lastDay).get(input.pupil.id) ?? new Map();
  const weekStart = week.dates[0] ?? lastDay;
  const during = sumMarks(rows, from > weekStart ? from : weekStart, lastDay);
  return (
    addMarks(new Map([[input.pupil.id, input.termBefore]]), during).get(input.pupil.id) ?? new Map()
  );
}

/** The mean to hundredths of two marks or more; one mark has no average worth printing. */
function averageOf(marks: MarkSum | undefined): number | undefined {
  if (marks === undefined || marks.count < 2) return undefined;
  return Math.round((marks.sum / marks.count) * 100) / 100;
}

/**
 * The reasons for attention: absences without excuse, a 2 (or 1) or «незачёт», work overdue.
 * Work set on Friday for Monday is «не сдана» in Friday's journal without anything being wrong:
 * it is listed for the family as not yet due, and is no reason for alarm.
 */
function attentionOf(
  absences: readonly Absence[],
  marks: readonly SubjectMarks[],
  overdue: readonly MissingWork[],
): AttentionReason[] {
  // Most serious first: failing marks, then overdue work, then absences.
  const reasons: AttentionReason[] = [];
  const low = marks.filter((s) => s.marks.some((m) => isLow(m.mark))).map((s) => s.subject);
  if (low.length > 0) reasons.push({ kind: 'lowMark', subjects: low });
  const failed = marks.filter((s) => s.marks.some((m) => m.mark === 'fail')).map((s) => s.subject);
  if (failed.length > 0) reasons.push({ kind: 'fail', subjects: failed });
  if (overdue.length > 0) {
    const subjects = [...new Set(overdue.map((w) => w.subject))];
    reasons.push({ kind: 'work', count: overdue.length, subjects });
  }
  const unexcused = absences.filter((a) => !a.excused);
  if (unexcused.length > 0) reasons.push({ kind: 'absent', absences: unexcused });
  return reasons;
}
