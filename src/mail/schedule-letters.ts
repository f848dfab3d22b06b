/**
 * The schedule's letters: the next day's lessons for a class, the administration's list of lessons
 * not agreed, the teacher's notice of a published lesson with details missing, change notices,
 * and teacher reminders. Each is a LetterDocument (HTML and text alike).
 */
import { formatDateRu, formatTime, type LocalDate, weekdayOf } from '../domain/calendar';
import { isAgreed, missingForForm } from '../domain/lessons';
import type { Lesson } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { ChangeSummary, ReminderSummary } from '../i18n/schedule';
import { type Block, type Inline, isSafeUrl, type LetterDocument } from './document';
import { contactBlocks, howToAskBlocks, type RequestForm, staffFooterBlocks } from './footer';
import { formatDay } from './week-words';

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

/** The platform a link leads to, by its host («Сферум»), else the host itself. */
export function platformName(url: string, strings: Strings): string {
  const host = (/^https?:\/\/([^/?#:]+)/i.exec(url.trim())?.[1] ?? '').toLowerCase();
  const found = strings.schedule.platforms.find(
    ([suffix]) => host === suffix || host.endsWith(`.${suffix}`),
  );
  return found?.[1] ?? host.replace(/^www\./, '');
}

/** A resource: an http(s) link as a button named after its platform, anything else as text. */
function resourceInline(resource: string, strings: Strings): Inline {
  return /^https?:\/\//i.test(resource.trim()) && isSafeUrl(resource)
    ? { button: platformName(resource, strings), url: resource.trim() }
    : resource;
}

const tbd = (strings: Strings): Inline => ({ small: strings.schedule.tbd });

function lessonBlocks(
  lesson: Lesson,
  cls: string,
  teachers: TeacherNames,
  strings: Strings,
): Block[] {
  const s = strings.schedule;
  const f = s.field;
  const missing = new Set<keyof Lesson>(missingForForm(lesson));
  const time = lesson.start === undefined ? s.timeTbd : timeRange(lesson);
  const heading: Block = {
    kind: 'heading',
    text: s.lessonTitle(lesson.period, time, lesson.subject),
  };
  // Not agreed: the slot and the subject only; nothing of its unagreed topic, task or resource.
  if (!isAgreed(lesson)) return [heading, { kind: 'note', parts: [s.tbd, ': ', s.pendingNote] }];

  const teacher = teachers.get(lesson.teacher) ?? lesson.teacher;
  const rows: (readonly [string, readonly Inline[]])[] = [[f.teacher, [teacher]]];
  rows.push([
    f.form,
    [lesson.form === undefined ? tbd(strings) : strings.labels.lessonForm[lesson.form]],
  ]);
  if (lesson.resource !== undefined)
    rows.push([f.resource, [resourceInline(lesson.resource, strings)]]);
  else if (missing.has('resource')) rows.push([f.resource, [tbd(strings)]]);
  if (lesson.topic !== undefined) rows.push([f.topic, [lesson.topic]]);
  if (lesson.task !== undefined) rows.push([f.task, [lesson.task]]);
  else if (missing.has('task')) rows.push([f.task, [tbd(strings)]]);
  if (lesson.deadline !== undefined)
    rows.push([f.deadline, [{ strong: dayLabel(lesson.deadline, strings) }]]);
  if (lesson.task !== undefined && s.handInWords.test(lesson.task)) {
    const subject = encodeURIComponent(
      s.handInSubject(cls, lesson.subject, formatDay(lesson.deadline ?? lesson.date, strings)),
    );
    rows.push([
      s.handIn,
      [
        s.handInText,
        { button: s.handInButton, url: `mailto:${lesson.teacher}?subject=${subject}` },
      ],
    ]);
  }
  return [heading, { kind: 'fields', rows }];
}

/**
 * The next school day's lessons of one class, in period order: agreed lessons in full (a missing
 * detail as «уточняется»), lessons not agreed yet as their slot only, so no lesson vanishes.
 */
export function classScheduleLetter(input: {
  readonly cls: string;
  readonly day: LocalDate;
  /** The class's lessons of the day, cancelled ones left out. */
  readonly lessons: readonly Lesson[];
  readonly updated: boolean;
  readonly teachers: TeacherNames;
  readonly request?: RequestForm | undefined;
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
        ...input.lessons.flatMap((l) => lessonBlocks(l, input.cls, input.teachers, strings)),
        ...howToAskBlocks(
          settings,
          strings,
          input.request === undefined ? undefined : { form: input.request, class: input.cls },
        ),
        ...contactBlocks(settings, strings),
      ],
    },
  };
}

/** «Островская М. Е.»: a colleague as staff lists name one, short enough for a phone line. */
function withInitials(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  return [surname, ...rest.map((w) => `${w[0] ?? ''}.`)].join(' ');
}

const lessonLine = (lesson: Lesson, teachers: TeacherNames, strings: Strings): string => {
  const name = teachers.get(lesson.teacher);
  return strings.schedule.lessonLine(
    lesson.class,
    lesson.period,
    lesson.subject,
    name === undefined ? lesson.teacher : withInitials(name),
  );
};

/** The columns a lesson lacks, as the schedule sheet names them («Ресурс», «Задание»). */
export function missingColumns(lesson: Lesson, strings: Strings): string {
  const columns = strings.sheets.schedule.columns;
  return missingForForm(lesson)
    .map((key) => columns[key] ?? String(key))
    .join(', ');
}

/**
 * The administration's list, a few hours before publication, of the next day's lessons that are
 * not agreed (awaiting agreement apart from teachers' drafts) or agreed with details missing.
 */
export function notAgreedLetter(input: {
  readonly day: LocalDate;
  readonly publishTime: string;
  readonly awaiting: readonly Lesson[];
  readonly drafts: readonly Lesson[];
  readonly incomplete: readonly Lesson[];
  readonly scheduleUrl: string;
  readonly teachers: TeacherNames;
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const count = input.awaiting.length + input.drafts.length + input.incomplete.length;
  const subject = s.notAgreedSubject(formatDay(input.day, strings), count, input.publishTime);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      parts: [s.notAgreedIntro(dayLabelOn(input.day, strings), input.publishTime)],
    },
  ];
  const section = (heading: string, items: Inline[][]): void => {
    if (items.length === 0) return;
    blocks.push({ kind: 'heading', text: heading }, { kind: 'list', items });
  };
  const lines = (list: readonly Lesson[]): Inline[][] =>
    list.map((l) => [lessonLine(l, input.teachers, strings)]);
  section(s.awaitingHeading(input.awaiting.length), lines(input.awaiting));
  section(s.draftsHeading(input.drafts.length), lines(input.drafts));
  section(
    s.incompleteHeading(input.incomplete.length),
    input.incomplete.map((l) => [
      s.missingLine(lessonLine(l, input.teachers, strings), missingColumns(l, strings)),
    ]),
  );
  blocks.push({ kind: 'paragraph', parts: [{ button: s.openSchedule, url: input.scheduleUrl }] });
  return {
    subject,
    doc: { title: subject, blocks: [...blocks, ...staffFooterBlocks(input.settings, strings)] },
  };
}

/** The teacher's notice that lessons went out with details missing, naming what to fill in. */
export function incompleteLessonsLetter(input: {
  readonly day: LocalDate;
  readonly lessons: readonly Lesson[];
  readonly teacherName: string;
  readonly scheduleSheet: string;
  readonly scheduleUrl: string;
  readonly teachers: TeacherNames;
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const first = input.lessons[0];
  const subject = s.incompleteSubject(
    formatDay(input.day, strings),
    input.lessons.length,
    first === undefined ? '' : `${first.class}, ${first.subject}`,
  );
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [s.greeting(input.teacherName)] },
        { kind: 'paragraph', parts: [s.incompleteIntro] },
        {
          kind: 'list',
          items: input.lessons.map((l) => [
            s.missingLine(lessonLine(l, input.teachers, strings), missingColumns(l, strings)),
          ]),
        },
        { kind: 'paragraph', parts: [s.incompleteHowTo(input.scheduleSheet)] },
        { kind: 'paragraph', parts: [{ button: s.openSchedule, url: input.scheduleUrl }] },
        ...staffFooterBlocks(input.settings, strings),
      ],
    },
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

/** The first thing that changed, for the subject: removal, cancellation, else the first field. */
function firstChange(change: LessonChange): ChangeSummary {
  const subject = change.lesson.subject;
  if (change.removed) return { subject, kind: 'removed', after: '' };
  if (change.cancelled) return { subject, kind: 'cancelled', after: '' };
  const field = change.fields[0];
  const kind = field?.field;
  if (
    kind === 'date' ||
    kind === 'time' ||
    kind === 'resource' ||
    kind === 'teacher' ||
    kind === 'task' ||
    kind === 'deadline'
  )
    return { subject, kind, after: field!.after };
  return { subject, kind: 'task', after: '' };
}

/** How many things changed: a removal or cancellation counts once, each field once. */
const changeCount = (change: LessonChange): number =>
  change.removed || change.cancelled ? 1 + change.fields.length : change.fields.length;

/**
 * The notice's subject: the class, the days and what changed — «5А, пн 30.11: математика
 * отменена», «… и ещё 2 изменения» when more changed.
 */
export function changeSubject(
  cls: string,
  changes: readonly LessonChange[],
  strings: Strings,
): string {
  const days = [...new Set(changes.map((c) => c.lesson.date))].sort();
  const shown = days.slice(0, 2).map((d) => formatDay(d, strings));
  const dayText = days.length > 2 ? `${shown.join(', ')}…` : shown.join(', ');
  const first = changes[0];
  if (first === undefined) return strings.schedule.changeSubject(cls, dayText, '');
  const what = firstChange(first);
  // A date's new value reads as a day («перенесена на ср 02.12»), not a full date.
  const after =
    what.kind === 'date' && /^\d{2}\.\d{2}\.\d{4}$/.test(what.after)
      ? formatDay(
          `${what.after.slice(6)}-${what.after.slice(3, 5)}-${what.after.slice(0, 2)}`,
          strings,
        )
      : what.after;
  const more = changes.reduce((sum, c) => sum + changeCount(c), 0) - 1;
  return strings.schedule.changeSubject(
    cls,
    dayText,
    strings.schedule.changeWhat({ ...what, after }, more),
  );
}

/** One notice to a class about its published lessons that changed: old → new. */
export function changeNoticeLetter(input: {
  readonly cls: string;
  readonly changes: readonly LessonChange[];
  readonly request?: RequestForm | undefined;
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const subject = changeSubject(input.cls, input.changes, strings);
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
      // The old link is of no use to anybody: a new one is shown as its button.
      if (f.field === 'resource' && f.after !== '')
        items.push([`${s.field.resource} — ${s.newLink}: `, resourceInline(f.after, strings)]);
      else
        items.push([
          `${s.field[f.field]}: ${f.before || s.empty} → `,
          { strong: f.after || s.empty },
        ]);
    }
    blocks.push({ kind: 'list', items });
  }
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        ...blocks,
        ...howToAskBlocks(
          input.settings,
          strings,
          input.request === undefined ? undefined : { form: input.request, class: input.cls },
        ),
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
  /** The teacher as addressed: name and patronymic, or '' when «Педагоги» has no name. */
  readonly teacherName: string;
  /** The day of reminding about the same lessons (1 the first). */
  readonly day: number;
  readonly sheetNames: { readonly journal: string; readonly schedule: string };
  readonly urls: { readonly journal: string; readonly schedule: string };
  readonly settings: Settings;
  readonly strings: Strings;
}): { subject: string; doc: LetterDocument } {
  const { strings } = input;
  const s = strings.schedule;
  const line = (l: Lesson): Inline[] => [
    s.reminderLesson(dayLabel(l.date, strings), l.class, l.period, l.subject),
  ];
  const dates = input.unjournaled.map((l) => l.date).sort();
  const summary: ReminderSummary = {
    unjournaled: input.unjournaled.length,
    from: dates.length > 0 ? formatDay(dates[0]!, strings) : '',
    to: dates.length > 0 ? formatDay(dates[dates.length - 1]!, strings) : '',
    drafts: input.drafts.length,
    day: input.day,
  };
  const blocks: Block[] = [{ kind: 'paragraph', parts: [s.greeting(input.teacherName)] }];
  if (input.day > 1)
    blocks.push({ kind: 'paragraph', parts: [{ strong: s.reminderRepeat(input.day) }] });
  const buttons: Inline[] = [];
  if (input.unjournaled.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [s.reminderJournalIntro(input.deadlineHours)] },
      { kind: 'list', items: input.unjournaled.map(line) },
    );
    buttons.push({ button: s.openJournal, url: input.urls.journal });
  }
  if (input.drafts.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [s.reminderDraftIntro] },
      { kind: 'list', items: input.drafts.map(line) },
    );
    buttons.push(...(buttons.length > 0 ? [' '] : []), {
      button: s.openSchedule,
      url: input.urls.schedule,
    });
  }
  blocks.push(
    { kind: 'paragraph', parts: buttons },
    { kind: 'note', parts: [s.reminderHowTo(input.sheetNames.journal, input.sheetNames.schedule)] },
  );
  const subject = s.reminderSubject(summary);
  return {
    subject,
    doc: { title: subject, blocks: [...blocks, ...staffFooterBlocks(input.settings, strings)] },
  };
}
