/**
 * «Опубликованные уроки»: what each lesson looked like when families were told about it. Change
 * notices compare the schedule with this record and announce "old → new".
 */
import { formatDateRu, formatTime, type LocalDate } from '../../domain/calendar';
import { type Cell, cellText } from '../../domain/cells';
import type { Lesson } from '../../domain/rows';
import type { JobContext } from '../context';
import type { School } from './school';
import { openSystemSheet, systemCell, systemRow, type SystemSheet } from './system-sheet';

/** The published values that matter to families (docs/contracts.md «Jobs» change notices). */
export interface LessonSnapshot {
  readonly date: LocalDate;
  readonly period: number;
  readonly subject: string;
  readonly class: string;
  readonly time: string;
  readonly resource: string;
  readonly teacher: string;
  readonly task: string;
  readonly deadline: string;
  readonly status: Lesson['status'];
}

/** A lesson as families see it. */
export function snapshotOf(lesson: Lesson, teachers: ReadonlyMap<string, string>): LessonSnapshot {
  const time =
    lesson.start === undefined
      ? ''
      : `${formatTime(lesson.start)}${lesson.end === undefined ? '' : `–${formatTime(lesson.end)}`}`;
  return {
    date: lesson.date,
    period: lesson.period,
    subject: lesson.subject,
    class: lesson.class,
    time,
    resource: lesson.resource ?? '',
    teacher: teachers.get(lesson.teacher) ?? lesson.teacher,
    task: lesson.task ?? '',
    deadline: lesson.deadline === undefined ? '' : formatDateRu(lesson.deadline),
    status: lesson.status,
  };
}

/** The record: lesson ID → what was published, with the sheet it came from. */
export interface Publications {
  readonly sheet: SystemSheet;
  readonly byLesson: ReadonlyMap<string, LessonSnapshot>;
}

/** Reads the record (one read). Rows whose snapshot is damaged are ignored. */
export function readPublications(ctx: JobContext, school: Pick<School, 'strings'>): Publications {
  const sheet = openSystemSheet(ctx.workbook, 'publications', school.strings);
  const byLesson = new Map<string, LessonSnapshot>();
  for (const row of sheet.grid.slice(1)) {
    const id = cellText(systemCell(sheet, row, 'lessonId'));
    try {
      const snapshot = JSON.parse(cellText(systemCell(sheet, row, 'snapshot'))) as LessonSnapshot;
      if (id !== '' && typeof snapshot.date === 'string') byLesson.set(id, snapshot);
    } catch {
      // A hand-edited row: the lesson will be treated as never published, so no false notice.
    }
  }
  return { sheet, byLesson };
}

function rowOf(sheet: SystemSheet, id: string, snapshot: LessonSnapshot, at: Cell): Cell[] {
  return systemRow(sheet, {
    lessonId: id,
    class: snapshot.class,
    date: formatDateRu(snapshot.date),
    publishedAt: at,
    snapshot: JSON.stringify(snapshot),
  });
}

/** Adds or replaces the record of newly published lessons (one write of the whole body). */
export function recordPublications(
  ctx: JobContext,
  school: School,
  lessons: readonly Lesson[],
  teachers: ReadonlyMap<string, string>,
): void {
  const current = readPublications(ctx, school);
  const next = new Map(current.byLesson);
  for (const lesson of lessons) next.set(lesson.id, snapshotOf(lesson, teachers));
  writePublications(ctx, current.sheet, next, new Set(lessons.map((l) => l.id)));
}

/** Rewrites the record from a map (one write); `touched` lessons are stamped as announced now. */
export function writePublications(
  ctx: JobContext,
  sheet: SystemSheet,
  byLesson: ReadonlyMap<string, LessonSnapshot>,
  touched: ReadonlySet<string>,
): void {
  const now = ctx.clock.now();
  const previous = new Map(
    sheet.grid
      .slice(1)
      .map((row) => [
        cellText(systemCell(sheet, row, 'lessonId')),
        systemCell(sheet, row, 'publishedAt'),
      ]),
  );
  const rows = [...byLesson.entries()]
    .sort(
      ([, a], [, b]) =>
        a.date.localeCompare(b.date) || a.class.localeCompare(b.class) || a.period - b.period,
    )
    .map(([id, snapshot]) =>
      rowOf(sheet, id, snapshot, touched.has(id) ? now : previous.get(id) || now),
    );
  ctx.workbook.replaceBody(sheet.name, rows);
}
