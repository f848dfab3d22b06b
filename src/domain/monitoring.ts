/**
 * The weekly monitoring report's figures (docs/contracts.md «Jobs»; instruction §4.1: the administration
 * monitors each week how journals are filled, marks posted, participants informed and how
 * satisfied they are). Pure: typed rows and cells in, figures out; wording is the mail module's.
 *
 * The sheet records no time a journal row was written, so the lag from a lesson to its journal
 * cannot be measured. What can be known is reported instead: lessons journaled, and lessons past
 * `journal_deadline_hours` with no journal row at all ("journal overdue").
 *
 * Exceptions come first: `actions` lists what somebody has to do (a teacher's journal, a request
 * past its due date, a class's census, families not told of the week), each with who answers for
 * it. Grade 1 is taught without marks (безотметочное обучение), so its classes and teachers are
 * never short of marks.
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
import { isAgreed } from './lessons';
import type { ParseContext } from './parse';
import type {
  AccessRecord,
  JournalEntry,
  Lesson,
  Pupil,
  SchoolClass,
  SchoolRequest,
  StaffMember,
} from './rows';
import { summarizeSurvey, type SurveySummary } from './survey';
import { REQUEST_TYPES, type RequestType, type Weekday } from './vocabulary';
import { type AttentionReason, schoolWeekOf, summarizeWeek } from './week-summary';

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
  /** The overdue lessons themselves, in date order. */
  readonly overdueLessons: readonly Lesson[];
  /** Every lesson of the week is in grade 1: no marks are expected. */
  readonly ungraded: boolean;
}

/** Lessons whose attendance the journal records for active pupils, and those attended. */
export interface AttendanceCounts {
  readonly recorded: number;
  readonly present: number;
  /** present / recorded; undefined when nothing is recorded. */
  readonly share: number | undefined;
}

/** A pupil the family and the class teacher should look at (the family letter's reasons). */
export interface PupilAttention {
  readonly pupil: Pupil;
  readonly reasons: readonly AttentionReason[];
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

/** A class's line: lessons, attendance, families, census and pupils needing attention. */
export interface ClassFigures {
  readonly class: string;
  /** Grade 1: taught without marks. */
  readonly ungraded: boolean;
  /** The class teacher's e-mail from «Классы». */
  readonly classTeacher: string | undefined;
  readonly lessons: LessonCounts;
  readonly attendance: AttendanceCounts;
  readonly informed: InformedCounts;
  readonly access: AccessCounts;
  /** Active pupils needing the administration's attention (`needsAttention`), by name. */
  readonly attention: readonly PupilAttention[];
  /** Active pupils with no census row, by name. */
  readonly withoutCensus: readonly Pupil[];
  /** Active pupils whose family has no «Информирование» row for the week, by name. */
  readonly notInformed: readonly Pupil[];
}

/** What somebody has to do, each list in the order it should be done. */
export interface ReportActions {
  /** Teachers with journal overdue, most overdue first. */
  readonly journal: readonly TeacherFigures[];
  /** Open requests past their due date, oldest due first. */
  readonly requests: readonly SchoolRequest[];
  /** Classes with families not informed; empty while the week's family letters are not yet due. */
  readonly informed: readonly ClassFigures[];
  /** Classes with active pupils lacking a census row. */
  readonly census: readonly ClassFigures[];
  /** The family letters were due: `summary_day` has passed or the week is over. */
  readonly informedDue: boolean;
}

/** The figures followed from week to week (the four-week trend). */
export const TREND_KEYS = ['journal', 'attendance', 'informed', 'satisfied'] as const;
export type TrendKey = (typeof TREND_KEYS)[number];
/** A week's trend figures, each a share 0–1; undefined where the week had nothing to measure. */
export type TrendFigures = Readonly<Record<TrendKey, number | undefined>>;

/** The whole report. */
export interface MonitoringReport {
  readonly week: ReportWeek;
  readonly today: LocalDate;
  /** True when the week is over (today is after its Sunday). */
  readonly complete: boolean;
  readonly journalDeadlineHours: number;
  readonly lessons: LessonCounts;
  /** Sorted by what is missing: journal overdue, then lessons not journaled, then by name. */
  readonly teachers: readonly TeacherFigures[];
  /** Every class with lessons or active pupils, in class order. */
  readonly classes: readonly ClassFigures[];
  readonly attendance: AttendanceCounts;
  readonly informed: InformedCounts;
  readonly surveys: { readonly parents: SurveySummary; readonly pupils: SurveySummary };
  readonly access: AccessCounts;
  /** Active pupils with no census row, in class-list order. */
  readonly withoutCensus: readonly Pupil[];
  /** Active pupils needing attention, in class-list order. */
  readonly attention: readonly PupilAttention[];
  readonly actions: ReportActions;
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
  /** When the week's family letters go out (`summary_day`, `summary_hour`): after it, uninformed families are an action. */
  readonly summaryAt: { readonly weekday: Weekday; readonly hour: number };
  readonly lessons: readonly Lesson[];
  readonly journal: readonly JournalEntry[];
  /** "Does the journal have a row for this lesson?" (teacher reminders' `journalIndex`). */
  readonly isJournaled: (lesson: Lesson) => boolean;
  readonly pupils: readonly Pupil[];
  readonly classes: readonly SchoolClass[];
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

/** Grade 1 is taught without marks (безотметочное обучение). */
export function isUngradedClass(cls: string): boolean {
  return parseInt(cls, 10) === 1;
}

/** Computes the report (see the module comment). */
export function monitoringReport(input: MonitoringInput): MonitoringReport {
  const { week, zone } = input;
  const today = zone.parts(input.now).date;
  const days = new Set(week.dates);
  const active = input.pupils.filter((p) => p.active);
  const complete = today > (week.dates[week.dates.length - 1] ?? '');
  const lessonFigures = lessonsAndMarks(input, days, today);
  const pupilWeeks = pupilWeeksOf(input, active, days);
  const informedMethod = informedMethods(input);
  const latestAccess = latestCensus(input.access);
  const requests = requestCounts(input.requests, days, today);
  const surveyOf = (grid: Grid | null): SurveySummary =>
    summarizeSurvey({ grid, activePupils: active.length, dates: week.dates, ctx: input.ctx });

  const byClass = new Map<string, Pupil[]>(byClassOf(active));
  const names = new Set([...lessonFigures.byClass.keys(), ...byClass.keys()]);
  const classTeachers = new Map(input.classes.map((c) => [c.name, c.classTeacher]));
  const classes: ClassFigures[] = [...names].sort(compareClasses).map((cls) => {
    const pupils = byClass.get(cls) ?? [];
    return {
      class: cls,
      ungraded: isUngradedClass(cls),
      classTeacher: classTeachers.get(cls),
      lessons: lessonFigures.byClass.get(cls) ?? ZERO,
      attendance: attendanceOf(pupils, pupilWeeks),
      informed: informedOf(pupils, informedMethod),
      access: accessOf(pupils, latestAccess),
      attention: attentionOf(pupils, pupilWeeks),
      withoutCensus: pupils.filter((p) => !latestAccess.has(p.id)),
      notInformed: pupils.filter((p) => !informedMethod.has(p.id)),
    };
  });

  const summaryDate = week.dates[input.summaryAt.weekday - 1] ?? '';
  const informedDue =
    complete || input.now >= instantOf(zone, summaryDate, input.summaryAt.hour * 60);
  return {
    week,
    today,
    complete,
    journalDeadlineHours: input.journalDeadlineHours,
    lessons: lessonFigures.total,
    teachers: lessonFigures.teachers,
    classes,
    attendance: attendanceOf(active, pupilWeeks),
    informed: informedOf(active, informedMethod),
    surveys: { parents: surveyOf(input.surveys.parents), pupils: surveyOf(input.surveys.pupils) },
    access: accessOf(active, latestAccess),
    withoutCensus: classes.flatMap((c) => c.withoutCensus),
    attention: classes.flatMap((c) => c.attention),
    actions: {
      journal: lessonFigures.teachers
        .filter((t) => t.overdue > 0)
        .sort((a, b) => b.overdue - a.overdue),
      requests: requests.overdueRequests,
      informed: informedDue ? classes.filter((c) => c.notInformed.length > 0) : [],
      census: classes.filter((c) => c.withoutCensus.length > 0),
      informedDue,
    },
    ...requests,
  };
}

/**
 * The shares the four-week trend follows; families informed only once their letters were due,
 * the parents' satisfaction as the survey's 4–5 share.
 */
export function trendFigures(report: MonitoringReport): TrendFigures {
  const { lessons } = report;
  return {
    journal: lessons.held > 0 ? lessons.journaled / lessons.held : undefined,
    attendance: report.attendance.share,
    informed: report.actions.informedDue ? report.informed.share : undefined,
    satisfied: report.surveys.parents.overall?.satisfied,
  };
}

/** How many things the «Требует действий» block lists. */
export function actionCount(actions: ReportActions): number {
  return (
    actions.journal.length +
    actions.requests.length +
    actions.informed.length +
    actions.census.length
  );
}

interface LessonFigures {
  readonly total: LessonCounts;
  readonly teachers: readonly TeacherFigures[];
  readonly byClass: ReadonlyMap<string, LessonCounts>;
}

function lessonsAndMarks(
  input: MonitoringInput,
  days: ReadonlySet<LocalDate>,
  today: LocalDate,
): LessonFigures {
  const deadlineMs = input.journalDeadlineHours * 3_600_000;
  const now = input.now.getTime();
  const byTeacher = new Map<string, Mutable<LessonCounts>>();
  const byClass = new Map<string, Mutable<LessonCounts>>();
  const overdueOf = new Map<string, Lesson[]>();
  const gradedTeachers = new Set<string>();
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

  const weekLessons = input.lessons
    .filter((l) => days.has(l.date))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? 0) - (b.start ?? 0));
  for (const lesson of weekLessons) {
    const count = (key: keyof LessonCounts): void => bump(lesson.teacher, lesson.class, key);
    count('planned');
    if (!isUngradedClass(lesson.class)) gradedTeachers.add(lesson.teacher);
    if (lesson.status === 'cancelled') count('cancelled');
    else if (!isAgreed(lesson)) count('notAgreed');
    else if (lesson.date <= today) {
      count('held');
      if (input.isJournaled(lesson)) count('journaled');
      else {
        const end = instantOf(input.zone, lesson.date, lesson.end ?? lesson.start ?? 24 * 60 - 1);
        if (end.getTime() + deadlineMs < now) {
          count('overdue');
          const list = overdueOf.get(lesson.teacher) ?? [];
          list.push(lesson);
          overdueOf.set(lesson.teacher, list);
        }
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
    const teacher = teacherOf(row);
    if (!isUngradedClass(row.class)) gradedTeachers.add(teacher);
    bump(teacher, row.class, 'marks');
  }

  const names = new Map(input.staff.map((s) => [s.email, s.name]));
  const share = (c: LessonCounts): number => (c.held > 0 ? c.journaled / c.held : 1);
  const teachers = [...byTeacher]
    .map(([teacher, counts]) => ({
      teacher,
      name: names.get(teacher) ?? teacher,
      ...counts,
      overdueLessons: overdueOf.get(teacher) ?? [],
      ungraded: teacher !== '' && !gradedTeachers.has(teacher),
    }))
    // What is missing first; marks nobody can be credited with come last.
    .sort(
      (a, b) =>
        Number(a.teacher === '') - Number(b.teacher === '') ||
        b.overdue - a.overdue ||
        b.held - b.journaled - (a.held - a.journaled) ||
        share(a) - share(b) ||
        a.name.localeCompare(b.name, 'ru') ||
        a.teacher.localeCompare(b.teacher),
    );
  return { total, teachers, byClass };
}

/** Each active pupil's week (attendance and reasons for attention), from the week's rows only. */
function pupilWeeksOf(
  input: MonitoringInput,
  active: readonly Pupil[],
  days: ReadonlySet<LocalDate>,
): Map<string, { attended: number; lessons: number; attention: readonly AttentionReason[] }> {
  // Grouped first: a year's journal is long and each pupil needs only the week's rows.
  const rowsOf = new Map<string, JournalEntry[]>();
  for (const row of input.journal) {
    if (!days.has(row.date)) continue;
    const list = rowsOf.get(row.pupilId);
    if (list) list.push(row);
    else rowsOf.set(row.pupilId, [row]);
  }
  const lessonsOf = new Map<string, Lesson[]>();
  for (const lesson of input.lessons) {
    const list = lessonsOf.get(lesson.class);
    if (list) list.push(lesson);
    else lessonsOf.set(lesson.class, [lesson]);
  }
  const week = schoolWeekOf(input.week.dates[0] ?? '');
  const out = new Map<
    string,
    { attended: number; lessons: number; attention: readonly AttentionReason[] }
  >();
  for (const pupil of active) {
    const summary = summarizeWeek({
      pupil,
      week,
      journal: rowsOf.get(pupil.id) ?? [],
      lessons: lessonsOf.get(pupil.class) ?? [],
    });
    out.set(pupil.id, summary);
  }
  return out;
}

function attendanceOf(
  pupils: readonly Pupil[],
  weeks: ReadonlyMap<string, { attended: number; lessons: number }>,
): AttendanceCounts {
  let recorded = 0;
  let present = 0;
  for (const pupil of pupils) {
    const week = weeks.get(pupil.id);
    recorded += week?.lessons ?? 0;
    present += week?.attended ?? 0;
  }
  return { recorded, present, share: recorded > 0 ? present / recorded : undefined };
}

/**
 * Whether the administration should look at a pupil: a failing mark, or two unexcused absences,
 * or two pieces of work not handed in, in the week. One absence or one missing piece of work is
 * told to the family (its letter lists every reason) but is no pattern yet.
 */
export function needsAttention(reasons: readonly AttentionReason[]): boolean {
  return reasons.some((reason) => {
    switch (reason.kind) {
      case 'lowMark':
      case 'fail':
        return true;
      case 'absent':
        return reason.absences.length >= ATTENTION_REPEATS;
      case 'work':
        return reason.count >= ATTENTION_REPEATS;
    }
  });
}

/** How often an absence or missing work must recur in a week to make a pattern. */
const ATTENTION_REPEATS = 2;

function attentionOf(
  pupils: readonly Pupil[],
  weeks: ReadonlyMap<string, { attention: readonly AttentionReason[] }>,
): PupilAttention[] {
  return pupils
    .map((pupil) => ({ pupil, reasons: weeks.get(pupil.id)?.attention ?? [] }))
    .filter((p) => needsAttention(p.reasons));
}

/** How each pupil's family learnt the week: a letter informs better than a call. */
function informedMethods(input: MonitoringInput): Map<string, 'mail' | 'call'> {
  const method = new Map<string, 'mail' | 'call'>();
  for (const entry of input.informed) {
    if (entry.week !== input.week.label) continue;
    // A pupil recorded both ways counts once, as a letter.
    if (method.get(entry.pupilId) !== 'mail') method.set(entry.pupilId, entry.method);
  }
  return method;
}

function informedOf(
  pupils: readonly Pupil[],
  method: ReadonlyMap<string, 'mail' | 'call'>,
): InformedCounts {
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
}

/** The latest answer counts: a family that got the internet since says so in a new row. */
function latestCensus(records: readonly AccessRecord[]): Map<string, AccessRecord> {
  const latest = new Map<string, AccessRecord>();
  for (const record of records) {
    const seen = latest.get(record.pupilId);
    if (!seen || (record.date ?? '') >= (seen.date ?? '')) latest.set(record.pupilId, record);
  }
  return latest;
}

function accessOf(
  pupils: readonly Pupil[],
  latest: ReadonlyMap<string, AccessRecord>,
): AccessCounts {
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
