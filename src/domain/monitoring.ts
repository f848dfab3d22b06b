/**
 * The weekly monitoring report's figures (DESIGN §4; instruction §4.1: the administration
 * monitors each week how journals are filled, marks posted, participants informed and how
 * satisfied they are). Pure: typed rows and cells in, figures out; wording is the mail module's.
 *
 * The sheet records no time a journal row was written, so the lag from a lesson to its journal
 * cannot be measured. What can be known is reported instead: lessons journaled, and lessons past
 * `journal_deadline_hours` with no journal row at all ("journal overdue").
 */
import {
  addDays,
  instantOf,
  isoWeek,
  type LocalDate,
  localDate,
  mondayOf,
  weekDates,
  type Zone,
} from './calendar';
import { type Grid, normalizeWord } from './cells';
import type { ParseContext } from './parse';
import type { AccessRecord, JournalEntry, Lesson, Pupil, SchoolRequest, StaffMember } from './rows';
import { summarizeSurvey, type SurveySummary } from './survey';
import { REQUEST_TYPES, type RequestType } from './vocabulary';

/** An ISO week of the school: `2026-W48` and its days Monday … Sunday. */
export interface ReportWeek {
  readonly label: string;
  readonly dates: readonly LocalDate[];
}

const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;

/** The week `2026-W48` names, or undefined for a label that is no ISO week (2026-W54). */
export function parseIsoWeek(label: string): ReportWeek | undefined {
  const m = WEEK_LABEL.exec(label.trim());
  if (!m) return undefined;
  // 4 January is always in week 1 of its ISO year.
  const fourth = localDate(Number(m[1]), 1, 4);
  if (fourth === null) return undefined;
  const monday = addDays(mondayOf(fourth), (Number(m[2]) - 1) * 7);
  if (Number(m[2]) < 1 || isoWeek(monday) !== label.trim()) return undefined;
  return { label: label.trim(), dates: weekDates(monday) };
}

/** The week holding `date`. */
export function reportWeekOf(date: LocalDate): ReportWeek {
  return { label: isoWeek(date), dates: weekDates(date) };
}

/** The week before `week`. */
export function previousWeek(week: ReportWeek): ReportWeek {
  return reportWeekOf(addDays(week.dates[0] ?? '', -7));
}

/** Whole weeks from week `a` to week `b` (positive when `b` is later). */
export function weeksBetween(a: ReportWeek, b: ReportWeek): number {
  const from = new Date(`${a.dates[0] ?? ''}T00:00:00Z`).getTime();
  const to = new Date(`${b.dates[0] ?? ''}T00:00:00Z`).getTime();
  return Math.round((to - from) / (7 * 86_400_000));
}

/** Lesson and journal figures of one teacher, one class, or the school. */
export interface LessonCounts {
  /** Every lesson of the week in the schedule: agreed, cancelled and not agreed. */
  readonly planned: number;
  /** Agreed lessons whose date has come. */
  readonly held: number;
  readonly cancelled: number;
  /** Drafts and lessons awaiting agreement. */
  readonly notAgreed: number;
  /** Held lessons with at least one journal row. */
  readonly journaled: number;
  /** Held lessons past the journal deadline with no journal row. */
  readonly overdue: number;
  /** Marks (1–5 and pass/fail) in the journal this week. */
  readonly marks: number;
}

/** A teacher's line; `teacher` is the e-mail, or '' for marks no lesson or column names. */
export interface TeacherFigures extends LessonCounts {
  readonly teacher: string;
  /** The name on «Педагоги», else the address. */
  readonly name: string;
}

/** A class's line. */
export interface ClassFigures extends LessonCounts {
  readonly class: string;
}

/** How the families of active pupils learnt the week's results («Информирование»). */
export interface InformedCounts {
  readonly active: number;
  readonly mail: number;
  readonly call: number;
  readonly none: number;
  /** (mail + call) / active; undefined without active pupils. */
  readonly share: number | undefined;
}

/** A row of «Информирование» as the report needs it. */
export interface InformedEntry {
  readonly week: string;
  readonly pupilId: string;
  readonly method: 'mail' | 'call';
}

/** The census of computers and internet at home (instruction §4.3), over active pupils. */
export interface AccessCounts {
  readonly active: number;
  readonly withRecord: number;
  readonly noComputer: number;
  readonly noInternet: number;
  readonly unstable: number;
  readonly paper: number;
  /** Active pupils with no census row. */
  readonly noRecord: number;
}

/** Requests for paper materials and consultations. */
export interface RequestCounts {
  /** «новая» or «в работе», now. */
  readonly open: number;
  /** Open with a due date before today. */
  readonly overdue: number;
  /** «выполнена» with its completion date in the week. */
  readonly doneThisWeek: number;
  /** Received in the week. */
  readonly newThisWeek: number;
}

/** The whole report. */
export interface MonitoringReport {
  readonly week: ReportWeek;
  readonly today: LocalDate;
  /** True when the week is over (today is after its Sunday). */
  readonly complete: boolean;
  readonly journalDeadlineHours: number;
  readonly lessons: LessonCounts;
  readonly teachers: readonly TeacherFigures[];
  readonly classes: readonly ClassFigures[];
  readonly informed: InformedCounts;
  readonly informedByClass: readonly (InformedCounts & { readonly class: string })[];
  readonly surveys: { readonly parents: SurveySummary; readonly pupils: SurveySummary };
  readonly access: AccessCounts;
  readonly accessByClass: readonly (AccessCounts & { readonly class: string })[];
  /** Active pupils with no census row, in class-list order. */
  readonly withoutCensus: readonly Pupil[];
  readonly requests: RequestCounts;
  readonly requestsByType: Readonly<Record<RequestType, RequestCounts>>;
  /** Open requests past their due date, oldest due first. */
  readonly overdueRequests: readonly SchoolRequest[];
}

/** What the report is computed from. */
export interface MonitoringInput {
  readonly week: ReportWeek;
  /** The moment of the report: decides what is held, overdue and open. */
  readonly now: Date;
  readonly zone: Zone;
  /** For reading the survey sheets' timestamps. */
  readonly ctx: ParseContext;
  readonly journalDeadlineHours: number;
  readonly lessons: readonly Lesson[];
  readonly journal: readonly JournalEntry[];
  /** "Does the journal have a row for this lesson?" (teacher reminders' `journalIndex`). */
  readonly isJournaled: (lesson: Lesson) => boolean;
  readonly pupils: readonly Pupil[];
  readonly staff: readonly StaffMember[];
  readonly informed: readonly InformedEntry[];
  readonly access: readonly AccessRecord[];
  readonly requests: readonly SchoolRequest[];
  /** The form response sheets, null when absent. */
  readonly surveys: { readonly parents: Grid | null; readonly pupils: Grid | null };
}

const ZERO: LessonCounts = {
  planned: 0,
  held: 0,
  cancelled: 0,
  notAgreed: 0,
  journaled: 0,
  overdue: 0,
  marks: 0,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** «2А» before «10А»: by grade, then letter. */
export function compareClasses(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b, 'ru');
}

/** Computes the report (see the module comment). */
export function monitoringReport(input: MonitoringInput): MonitoringReport {
  const { week, zone } = input;
  const today = zone.parts(input.now).date;
  const days = new Set(week.dates);
  const active = input.pupils.filter((p) => p.active);
  const lessonFigures = lessonsAndMarks(input, days, today);
  const informed = informedCounts(input, active);
  const access = accessCounts(input.access, active);
  const requests = requestCounts(input.requests, days, today);
  const surveyOf = (grid: Grid | null): SurveySummary =>
    summarizeSurvey({ grid, activePupils: active.length, dates: week.dates, ctx: input.ctx });
  return {
    week,
    today,
    complete: today > (week.dates[week.dates.length - 1] ?? ''),
    journalDeadlineHours: input.journalDeadlineHours,
    ...lessonFigures,
    ...informed,
    surveys: { parents: surveyOf(input.surveys.parents), pupils: surveyOf(input.surveys.pupils) },
    ...access,
    ...requests,
  };
}

function lessonsAndMarks(
  input: MonitoringInput,
  days: ReadonlySet<LocalDate>,
  today: LocalDate,
): Pick<MonitoringReport, 'lessons' | 'teachers' | 'classes'> {
  const deadlineMs = input.journalDeadlineHours * 3_600_000;
  const now = input.now.getTime();
  const byTeacher = new Map<string, Mutable<LessonCounts>>();
  const byClass = new Map<string, Mutable<LessonCounts>>();
  const total: Mutable<LessonCounts> = { ...ZERO };
  const bump = (teacher: string, cls: string, key: keyof LessonCounts): void => {
    for (const [map, id] of [
      [byTeacher, teacher],
      [byClass, cls],
    ] as const) {
      let counts = map.get(id);
      if (!counts) map.set(id, (counts = { ...ZERO }));
      counts[key]++;
    }
    total[key]++;
  };

  const weekLessons = input.lessons.filter((l) => days.has(l.date));
  for (const lesson of weekLessons) {
    const count = (key: keyof LessonCounts): void => bump(lesson.teacher, lesson.class, key);
    count('planned');
    if (lesson.status === 'cancelled') count('cancelled');
    else if (lesson.status !== 'agreed') count('notAgreed');
    else if (lesson.date <= today) {
      count('held');
      if (input.isJournaled(lesson)) count('journaled');
      else {
        const end = instantOf(input.zone, lesson.date, lesson.end ?? lesson.start ?? 24 * 60 - 1);
        if (end.getTime() + deadlineMs < now) count('overdue');
      }
    }
  }

  // A mark belongs to the teacher of its lesson: by lesson ID, else by day, class and subject,
  // else by the journal's own teacher column (an e-mail, or a name from «Педагоги»).
  const byId = new Map(input.lessons.map((l) => [l.id, l]));
  const bySlot = new Map(weekLessons.map((l) => [`${l.date}|${l.class}|${l.subject}`, l]));
  const emailByName = new Map(input.staff.map((s) => [normalizeWord(s.name), s.email]));
  const teacherOf = (row: JournalEntry): string => {
    const lesson =
      (row.lessonId === undefined ? undefined : byId.get(row.lessonId)) ??
      bySlot.get(`${row.date}|${row.class}|${row.subject}`);
    if (lesson) return lesson.teacher;
    const named = (row.teacher ?? '').trim();
    if (named.includes('@')) return named.toLowerCase();
    return emailByName.get(normalizeWord(named)) ?? '';
  };
  for (const row of input.journal) {
    if (row.mark === undefined || !days.has(row.date)) continue;
    bump(teacherOf(row), row.class, 'marks');
  }

  const names = new Map(input.staff.map((s) => [s.email, s.name]));
  const teachers = [...byTeacher]
    .map(([teacher, counts]) => ({ teacher, name: names.get(teacher) ?? teacher, ...counts }))
    // Marks nobody can be credited with come last, after the teachers by name.
    .sort(
      (a, b) =>
        Number(a.teacher === '') - Number(b.teacher === '') ||
        a.name.localeCompare(b.name, 'ru') ||
        a.teacher.localeCompare(b.teacher),
    );
  const classes = [...byClass]
    .map(([cls, counts]) => ({ class: cls, ...counts }))
    .sort((a, b) => compareClasses(a.class, b.class));
  return { lessons: total, teachers, classes };
}

function informedCounts(
  input: MonitoringInput,
  active: readonly Pupil[],
): Pick<MonitoringReport, 'informed' | 'informedByClass'> {
  const method = new Map<string, 'mail' | 'call'>();
  for (const entry of input.informed) {
    if (entry.week !== input.week.label) continue;
    // A letter informs better than a call; a pupil recorded both ways counts once, as a letter.
    if (method.get(entry.pupilId) !== 'mail') method.set(entry.pupilId, entry.method);
  }
  const countOf = (pupils: readonly Pupil[]): InformedCounts => {
    let mail = 0;
    let call = 0;
    for (const pupil of pupils) {
      const how = method.get(pupil.id);
      if (how === 'mail') mail++;
      else if (how === 'call') call++;
    }
    return {
      active: pupils.length,
      mail,
      call,
      none: pupils.length - mail - call,
      share: pupils.length > 0 ? (mail + call) / pupils.length : undefined,
    };
  };
  return {
    informed: countOf(active),
    informedByClass: byClassOf(active).map(([cls, pupils]) => ({
      class: cls,
      ...countOf(pupils),
    })),
  };
}

function accessCounts(
  records: readonly AccessRecord[],
  active: readonly Pupil[],
): Pick<MonitoringReport, 'access' | 'accessByClass' | 'withoutCensus'> {
  // The latest answer counts: a family that got the internet since says so in a new row.
  const latest = new Map<string, AccessRecord>();
  for (const record of records) {
    const seen = latest.get(record.pupilId);
    if (!seen || (record.date ?? '') >= (seen.date ?? '')) latest.set(record.pupilId, record);
  }
  const countOf = (pupils: readonly Pupil[]): AccessCounts => {
    const counts: Mutable<AccessCounts> = {
      active: pupils.length,
      withRecord: 0,
      noComputer: 0,
      noInternet: 0,
      unstable: 0,
      paper: 0,
      noRecord: 0,
    };
    for (const pupil of pupils) {
      const record = latest.get(pupil.id);
      if (!record) {
        counts.noRecord++;
        continue;
      }
      counts.withRecord++;
      if (record.computer === false) counts.noComputer++;
      if (record.internet === 'no') counts.noInternet++;
      if (record.internet === 'unstable') counts.unstable++;
      if (record.paper === true) counts.paper++;
    }
    return counts;
  };
  const groups = byClassOf(active);
  return {
    access: countOf(active),
    accessByClass: groups.map(([cls, pupils]) => ({ class: cls, ...countOf(pupils) })),
    withoutCensus: groups.flatMap(([, pupils]) => pupils.filter((p) => !latest.has(p.id))),
  };
}

function requestCounts(
  requests: readonly SchoolRequest[],
  days: ReadonlySet<LocalDate>,
  today: LocalDate,
): Pick<MonitoringReport, 'requests' | 'requestsByType' | 'overdueRequests'> {
  const isOpen = (r: SchoolRequest): boolean => r.status === 'new' || r.status === 'inProgress';
  const isOverdue = (r: SchoolRequest): boolean =>
    isOpen(r) && r.due !== undefined && r.due < today;
  const countOf = (list: readonly SchoolRequest[]): RequestCounts => ({
    open: list.filter(isOpen).length,
    overdue: list.filter(isOverdue).length,
    doneThisWeek: list.filter(
      (r) => r.status === 'done' && r.doneAt !== undefined && days.has(r.doneAt),
    ).length,
    newThisWeek: list.filter((r) => r.date !== undefined && days.has(r.date)).length,
  });
  const byType = {} as Record<RequestType, RequestCounts>;
  for (const type of REQUEST_TYPES) byType[type] = countOf(requests.filter((r) => r.type === type));
  return {
    requests: countOf(requests),
    requestsByType: byType,
    overdueRequests: requests
      .filter(isOverdue)
      .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.id.localeCompare(b.id)),
  };
}

/** Active pupils grouped by class, classes in order and pupils by name within each. */
function byClassOf(pupils: readonly Pupil[]): [string, Pupil[]][] {
  const groups = new Map<string, Pupil[]>();
  for (const pupil of pupils) {
    const group = groups.get(pupil.class);
    if (group) group.push(pupil);
    else groups.set(pupil.class, [pupil]);
  }
  return [...groups]
    .sort(([a], [b]) => compareClasses(a, b))
    .map(([cls, list]) => [
      cls,
      list.sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id)),
    ]);
}
