/**
 * The schedule's letters: the next day's lessons for a class, the administration's list of lessons
 * not agreed, change notices, and teacher reminders. Each is a LetterDocument (HTML and text alike).
 */
import { formatDateRu, formatTime, type LocalDate, weekdayOf } from '../domain/calendar';
import type { Lesson } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { Block, Inline, LetterDocument } from './document';
import { contactBlocks, howToAskBlocks } from './footer';

/** «пятница, 27.11.2026». */
export function dayLabel(date: LocalDate, strings: Strings): string {
  return `${strings.schedule.weekdays[weekdayOf(date) - 1] ?? ''}, ${formatDateRu(date)}`;
}

/** «пятницу, 27.11.2026»: the form that follows «на» («Расписание 5А на пятницу, 27.11.2026»). */
export function dayLabelOn(date: LocalDate, strings: Strings): string {
  return `${strings.schedule.weekdaysOn[weekdayOf(date) - 1] ?? ''}, ${formatDateRu(date)}`;
}

/** «09:00–09:40», «09:00» or ''. */
export function timeRange(lesson: Pick<Lesson, 'start' | 'end'>): string {
  if (lesson.start === undefined) return '';
  return lesson.end === undefined
    ? formatTime(lesson.start)
    : `${formatTime(lesson.start)}–${formatTime(lesson.end)}`;
}

/** Who a teacher is for families: the name from «Педагоги», else the address. */
export type TeacherNames = ReadonlyMap<string, string>;

function lessonBlocks(lesson: Lesson, teachers: TeacherNames, strings: Strings): Block[] {
  const f = strings.schedule.field;
  const rows: (readonly [string, readonly Inline[]])[] = [
    [f.teacher, [teachers.get(lesson.teacher) ?? lesson.teacher]],
  ];
  if (lesson.form !== undefined) rows.push([f.form, [strings.labels.lessonForm[lesson.form]]]);
  if (lesson.resource !== undefined)
    rows.push([f.resource, [{ text: lesson.resource, url: lesson.resource }]]);
  if (lesson.topic !== undefined) rows.push([f.topic, [lesson.topic]]);
  if (lesson.task !== undefined) rows.push([f.task, [lesson.task]]);
  if (lesson.deadline !== undefined)
    rows.push([f.deadline, [{ strong: dayLabel(lesson.deadline, strings) }]]);
  return [
    {
      kind: 'heading',
      text: strings.schedule.lessonTitle(lesson.period, timeRange(lesson), lesson.subject),
    },
    { kind: 'fields', rows },
  ];
}

/** The next school day's lessons of one class, in period order. */
export function classScheduleLetter(input: {
  readonly cls: string;
  readonly day: LocalDate;
  readonly lessons: readonly Lesson[];
  readonly updated: boolean;
  readonly teachers: TeacherNames;
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings, settings } = input;
  const day = dayLabelOn(input.day, strings);
  const subject = (
    input.updated ? strings.schedule.publishUpdatedSubject : strings.schedule.publishSubject
  )(input.cls, day);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [strings.schedule.publishIntro(input.cls, day)] },
        ...input.lessons.flatMap((l) => lessonBlocks(l, input.teachers, strings)),
        ...howToAskBlocks(settings, strings),
        ...contactBlocks(settings, strings),
      ],
    },
  };
}

const lessonLine = (lesson: Lesson, teachers: TeacherNames, strings: Strings): Inline[] => [
  strings.schedule.lessonLine(
    lesson.class,
    lesson.period,
    lesson.subject,
    teachers.get(lesson.teacher) ?? lesson.teacher,
    strings.labels.lessonStatus[lesson.status],
  ),
];

/** The administration's list of the next day's lessons that are not agreed or not complete. */
export function notAgreedLetter(input: {
  readonly day: LocalDate;
  readonly notAgreed: readonly Lesson[];
  readonly incomplete: readonly Lesson[];
  readonly teachers: TeacherNames;
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const day = dayLabelOn(input.day, strings);
  const subject = strings.schedule.notAgreedSubject(
    day,
    input.notAgreed.length + input.incomplete.length,
  );
  const blocks: Block[] = [];
  if (input.notAgreed.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [strings.schedule.notAgreedIntro(day)] });
    blocks.push({
      kind: 'list',
      items: input.notAgreed.map((l) => lessonLine(l, input.teachers, strings)),
    });
  }
  if (input.incomplete.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [strings.schedule.incompleteIntro] });
    blocks.push({
      kind: 'list',
      items: input.incomplete.map((l) => lessonLine(l, input.teachers, strings)),
    });
  }
  return {
    subject,
    doc: { title: subject, blocks: [...blocks, ...contactBlocks(input.settings, strings)] },
  };
}

/** One changed value of a published lesson. */
export interface FieldChange {
  readonly field: keyof Strings['schedule']['field'];
  readonly before: string;
  readonly after: string;
}

/** A published lesson that changed, with what changed. */
export interface LessonChange {
  readonly lesson: Pick<Lesson, 'id' | 'date' | 'period' | 'subject'>;
  readonly cancelled: boolean;
  readonly removed: boolean;
  readonly fields: readonly FieldChange[];
}

/** One notice to a class about its published lessons that changed: old → new. */
export function changeNoticeLetter(input: {
  readonly cls: string;
  readonly changes: readonly LessonChange[];
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const subject = s.changeSubject(input.cls);
  const blocks: Block[] = [{ kind: 'paragraph', parts: [s.changeIntro(input.cls)] }];
  for (const change of input.changes) {
    blocks.push({
      kind: 'heading',
      text: s.changeLesson(
        dayLabel(change.lesson.date, strings),
        change.lesson.period,
        change.lesson.subject,
      ),
    });
    const items: Inline[][] = [];
    if (change.removed) items.push([{ strong: s.removed }]);
    else if (change.cancelled) items.push([{ strong: s.cancelled }]);
    for (const f of change.fields) {
      const after: Inline =
        f.field === 'resource'
          ? { text: f.after || s.empty, url: f.after }
          : { strong: f.after || s.empty };
      items.push([`${s.field[f.field]}: ${f.before || s.empty} → `, after]);
    }
    blocks.push({ kind: 'list', items });
  }
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        ...blocks,
        ...howToAskBlocks(input.settings, strings),
        ...contactBlocks(input.settings, strings),
      ],
    },
  };
}

/** One reminder to a teacher: lessons without journal rows and next week's drafts. */
export function teacherReminderLetter(input: {
  readonly unjournaled: readonly Lesson[];
  readonly drafts: readonly Lesson[];
  readonly deadlineHours: number;
  readonly sheetNames: { readonly journal: string; readonly schedule: string };
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const line = (l: Lesson): Inline[] => [
    s.reminderLesson(dayLabel(l.date, strings), l.class, l.period, l.subject),
  ];
  const blocks: Block[] = [];
  if (input.unjournaled.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [s.reminderJournalIntro(input.deadlineHours)] },
      { kind: 'list', items: input.unjournaled.map(line) },
    );
  }
  if (input.drafts.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [s.reminderDraftIntro] },
      { kind: 'list', items: input.drafts.map(line) },
    );
  }
  blocks.push({
    kind: 'note',
    parts: [s.reminderHowTo(input.sheetNames.journal, input.sheetNames.schedule)],
  });
  return {
    subject: s.reminderSubject,
    doc: {
      title: s.reminderSubject,
      blocks: [...blocks, ...contactBlocks(input.settings, strings)],
    },
  };
}
