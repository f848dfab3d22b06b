/**
 * The monitoring report in words: the report sheet's sections and the administrators' letter.
 * Exceptions first — «Требует действий» says what somebody has to do and who — then the key
 * figures, then the tables. Weeks are named in plain words; shares are whole percents (numbers,
 * so the sheet can colour them); grade 1 is «без отметок», never "0 marks".
 *
 * Pupils are named only on the sheet (which only administrators open), by `privacy_mode`, with
 * their ID. The letter names teachers and classes, never a pupil or a guardian.
 */
import { weeklyLetterTime } from '../domain/weekly-letter-time';
import { formatDateRu, formatTime, type LocalParts } from '../domain/calendar';
import type { Cell } from '../domain/cells';
import { messageKey, type OutgoingMail } from '../domain/mail';
import {
  actionCount,
  type AccessCounts,
  type ClassFigures,
  type InformedCounts,
  type LessonCounts,
  type MonitoringReport,
  type ReportWeek,
  TREND_KEYS,
  type TeacherFigures,
  type TrendFigures,
} from '../domain/monitoring';
import { pupilDisplayName } from '../domain/privacy';
import type { Lesson, Pupil, SchoolRequest } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { SurveySummary } from '../domain/survey';
import { REQUEST_TYPES } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import { type Block, type LetterDocument } from './document';
import { contactBlocks } from './footer';
import { shortPersonName } from './person-name';
import { type ReportSection, type ReportSheet, SHORTFALL_FIGURES } from './report-sheet';
import { formatDay, reasonTexts } from './week-words';
import { outgoingMail } from './letter';

/** A week of the four-week trend; `figures` undefined when no report of it was found. */
export interface TrendWeek {
  readonly week: ReportWeek;
  readonly figures: TrendFigures | undefined;
}

/** What the sheet and the letter are made from besides the figures. */
export interface ReportWording {
  readonly report: MonitoringReport;
  /** The school's wall clock when the report was built. */
  readonly builtAt: LocalParts;
  /** Pupils by ID, for naming them in the lists. */
  readonly pupils: ReadonlyMap<string, Pupil>;
  /** Staff e-mail → name, for teachers, class teachers and assignees. */
  readonly staffNames: ReadonlyMap<string, string>;
  /** The reported week last, the weeks before it first. */
  readonly trend: readonly TrendWeek[];
  readonly settings: Settings;
  readonly strings: Strings;
}

/** A key figure: its label, its value, and a few words on what it counts. */
type Figure = readonly [label: string, value: Cell, note?: string];

/** A group of key figures as the letter heads them. */
interface FigureGroup {
  readonly heading: string;
  readonly rows: readonly Figure[];
}

const EMPTY = '—';

/** The outbox job name of the report letter. */
export const REPORT_JOB = 'report';

/** The reported week in plain words: «23–29 ноября 2026». */
export function weekRange(week: ReportWeek, strings: Strings, withYear = true): string {
  const first = week.dates[0] ?? '';
  return strings.report.weekName(first, week.dates[week.dates.length - 1] ?? first, withYear);
}

/** A share as a whole percent, or '' when there was nothing to measure. */
const whole = (share: number | undefined): Cell =>
  share === undefined ? '' : Math.round(share * 100);

function percent(share: number | undefined, strings: Strings): string {
  return share === undefined ? EMPTY : strings.report.percent(share);
}

function ratio(part: number, total: number, strings: Strings): string {
  return strings.report.ofTotal(
    part,
    total,
    percent(total > 0 ? part / total : undefined, strings),
  );
}

const share = (part: number, total: number): number | undefined =>
  total > 0 ? part / total : undefined;

function surveyText(survey: SurveySummary, strings: Strings): string {
  const r = strings.report;
  if (!survey.found) return r.noData;
  return r.surveyLine(
    survey.respondents,
    percent(survey.responseRate, strings),
    survey.overall ? r.decimal(survey.overall.mean) : EMPTY,
    percent(survey.overall?.satisfied, strings),
  );
}

const staffName = (input: ReportWording, email: string | undefined): string | undefined =>
  email === undefined || email === '' ? undefined : (input.staffNames.get(email) ?? email);

/** Who is to act, short enough for a phone line: «Гусева Л. Р.» (an address stays whole). */
const actor = (input: ReportWording, email: string | undefined): string | undefined => {
  const name = staffName(input, email);
  return name === undefined || name.includes('@') ? name : shortPersonName(name);
};

const teacherName = (input: ReportWording, t: TeacherFigures): string =>
  t.teacher === '' ? input.strings.report.unknownTeacher : t.name;

const pupilName = (input: ReportWording, pupil: Pupil): string =>
  pupilDisplayName(pupil.name, input.settings.privacyMode);

/** The key figures, grouped as the letter tells them; the sheet's summary lists the same rows. */
function keyFigures(input: ReportWording): FigureGroup[] {
  const { report, strings } = input;
  const r = strings.report;
  const f = r.figures;
  const n = r.notes;
  const l = report.lessons;
  const informed = report.informed;
  const access = report.access;
  const requests = report.requests;
  const due = report.actions.informedDue;
  const weekday = strings.schedule.weekdaysOn[weeklyLetterTime(input.settings).weekday - 1] ?? '';
  return [
    {
      heading: r.lessonsHeading,
      rows: [
        [f.planned, l.planned],
        [f.held, l.held, n.held],
        [f.cancelled, l.cancelled],
        [f.notAgreed, l.notAgreed],
        [f.journaled, ratio(l.journaled, l.held, strings)],
        [f.overdue, l.overdue, n.overdue(report.journalDeadlineHours)],
        [f.marks, l.marks],
      ],
    },
    {
      heading: r.pupilsHeading,
      rows: [
        [
          f.attendance,
          ratio(report.attendance.present, report.attendance.recorded, strings),
          n.attendance,
        ],
        [f.attention, report.attention.length, n.attention],
      ],
    },
    {
      heading: r.informedHeading,
      rows: due
        ? [
            [
              f.informed,
              ratio(informed.mail + informed.call, informed.active, strings),
              n.informed,
            ],
            [f.byLetter, informed.mail],
            [f.byCall, informed.call],
            [f.notInformed, informed.none],
          ]
        : [[f.informed, r.informedNotYet(weekday)]],
    },
    {
      heading: r.surveysHeading,
      rows: [
        [f.parents, surveyText(report.surveys.parents, strings)],
        [f.pupils, surveyText(report.surveys.pupils, strings)],
      ],
    },
    {
      heading: r.accessHeading,
      rows: [
        [f.census, ratio(access.withRecord, access.active, strings), n.census],
        [f.noComputer, access.noComputer],
        [f.noInternet, access.noInternet],
        [f.unstable, access.unstable],
        [f.paper, access.paper],
        [f.noCensus, access.noRecord],
      ],
    },
    {
      heading: r.requestsHeading,
      rows: [
        [f.open, requests.open],
        [f.overdueRequests, requests.overdue],
        [f.doneThisWeek, requests.doneThisWeek],
        [f.newThisWeek, requests.newThisWeek],
      ],
    },
  ];
}

/** «Данные на 27.11.2026 16:00», saying the week is not over unless `plain` (the letter's intro says so). */
function asOfText(input: ReportWording, plain = false): string {
  const when = `${formatDateRu(input.builtAt.date)} ${formatTime(input.builtAt.minutes)}`;
  return input.strings.report.asOf(when, plain || input.report.complete);
}

/** «5А Математика: пн 23.11, вт 24.11; 6Б История: ср 25.11». */
function lessonsText(lessons: readonly Lesson[], strings: Strings): string {
  const groups = new Map<string, { cls: string; subject: string; days: string[] }>();
  for (const lesson of lessons) {
    const key = `${lesson.class}|${lesson.subject}`;
    const group = groups.get(key) ?? { cls: lesson.class, subject: lesson.subject, days: [] };
    group.days.push(formatDay(lesson.date, strings));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => strings.report.lessonsOf(g.cls, g.subject, g.days.join(', ')))
    .join('; ');
}

function requestText(input: ReportWording, q: SchoolRequest): string {
  const cls = q.class ?? input.pupils.get(q.pupilId ?? '')?.class;
  return [input.strings.labels.requestType[q.type], cls].filter(Boolean).join(', ');
}

const dayMonth = (date: string): string => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

/** One «Требует действий» line. Pupils are named in their sections, not here (nor in the letter). */
interface Action {
  readonly what: string;
  readonly count: string;
  readonly who: string;
  readonly details: string;
}

/** What somebody has to do, the order the block shows it in. */
function actions(input: ReportWording): Action[] {
  const { report, strings } = input;
  const r = strings.report;
  const classWho = (c: ClassFigures): string =>
    r.classAndTeacher(c.class, actor(input, c.classTeacher));
  return [
    ...report.actions.journal.map((t): Action => ({
      what: r.todo.journal,
      count: r.lessonsCount(t.overdue),
      who: t.teacher === '' ? r.unknownTeacher : (actor(input, t.teacher) ?? t.name),
      details: lessonsText(t.overdueLessons, strings),
    })),
    ...report.actions.requests.map((q): Action => ({
      what: r.todo.request,
      count: r.requestDue(q.id, dayMonth(q.due ?? '')),
      who: actor(input, q.assignee) ?? r.noAssignee,
      details: requestText(input, q),
    })),
    ...report.actions.informed.map((c): Action => ({
      what: r.todo.informed,
      count: r.familiesCount(c.notInformed.length),
      who: classWho(c),
      details: '',
    })),
    ...report.actions.census.map((c): Action => ({
      what: r.todo.census,
      count: r.pupilsCount(c.withoutCensus.length),
      who: classWho(c),
      details: '',
    })),
  ];
}

const lessonCells = (c: LessonCounts): Cell[] => [
  c.planned,
  c.held,
  c.cancelled,
  c.notAgreed,
  c.journaled,
  c.overdue,
];

/** The report sheet's sections (docs/contracts.md «Jobs» figures; issue: exceptions first). */
export function reportSheet(input: ReportWording): ReportSheet {
  const { report, strings } = input;
  const r = strings.report;
  const c = r.columns;
  const due = report.actions.informedDue;
  const sections: ReportSection[] = [];
  const section = (
    key: ReportSection['key'],
    header: readonly string[],
    rows: readonly (readonly Cell[])[],
  ): void => {
    sections.push({ key, header, rows });
  };

  const todo = actions(input);
  section(
    'actions',
    [c.what, c.count, c.who, c.details],
    todo.length > 0
      ? todo.map((a) => [a.what, a.count, a.who, a.details])
      : [[r.allClear, '', '', r.allClearDetails]],
  );
  section(
    'summary',
    [c.figure, c.value, c.note],
    keyFigures(input).flatMap((g) =>
      g.rows.map(([label, value, note]) => [label, value, note ?? '']),
    ),
  );

  const teacherCells = (t: LessonCounts, ungraded: boolean): Cell[] => [
    t.held,
    t.journaled,
    t.held - t.journaled - t.overdue,
    t.overdue,
    whole(share(t.journaled, t.held)),
    ungraded ? r.ungraded : t.marks,
  ];
  section(
    'teachers',
    [c.teacher, c.held, c.journaled, c.waiting, c.overdue, c.journalShare, c.marks],
    report.teachers.length === 0
      ? []
      : [
          ...report.teachers.map((t) => [teacherName(input, t), ...teacherCells(t, t.ungraded)]),
          [r.total, ...teacherCells(report.lessons, false)],
        ],
  );

  const classCells = (
    lessons: LessonCounts,
    attendance: number | undefined,
    informed: InformedCounts,
    access: AccessCounts,
    ungraded: boolean,
    attention: number,
  ): Cell[] => [
    whole(share(lessons.journaled, lessons.held)),
    whole(attendance),
    due ? whole(informed.share) : '',
    whole(share(access.withRecord, access.active)),
    ungraded ? r.ungraded : lessons.marks,
    attention,
  ];
  section(
    'classes',
    [
      c.class,
      c.journalShare,
      c.attendanceShare,
      c.informedShare,
      c.censusShare,
      c.marks,
      c.attention,
    ],
    report.classes.length === 0
      ? []
      : [
          ...report.classes.map((k) => [
            k.class,
            ...classCells(
              k.lessons,
              k.attendance.share,
              k.informed,
              k.access,
              k.ungraded,
              k.attention.length,
            ),
          ]),
          [
            r.wholeSchool,
            ...classCells(
              report.lessons,
              report.attendance.share,
              report.informed,
              report.access,
              false,
              report.attention.length,
            ),
          ],
        ],
  );

  section(
    'trend',
    [c.week, c.journalShare, c.attendanceShare, c.informedShare, c.satisfiedShare],
    input.trend.map((t) => [
      weekRange(t.week, strings, false),
      ...TREND_KEYS.map((key) => whole(t.figures?.[key])),
    ]),
  );

  section(
    'attention',
    [c.class, c.pupil, c.why],
    report.attention.map((a) => [
      a.pupil.class,
      strings.summary.pupilRef(pupilName(input, a.pupil), a.pupil.id),
      reasonTexts(a.reasons, strings).join('; '),
    ]),
  );

  const informedCells = (k: InformedCounts): Cell[] => [k.active, k.mail, k.call, k.none];
  section(
    'informed',
    [c.class, c.active, c.byLetter, c.byCall, c.notInformed, c.classTeacher],
    report.classes.length === 0
      ? []
      : [
          ...report.classes
            .filter((k) => k.informed.active > 0)
            .map((k) => [
              k.class,
              ...informedCells(k.informed),
              staffName(input, k.classTeacher) ?? '',
            ]),
          [r.total, ...informedCells(report.informed), ''],
        ],
  );

  const surveys = [
    [r.surveyNames.parents, report.surveys.parents],
    [r.surveyNames.pupils, report.surveys.pupils],
  ] as const;
  section(
    'surveys',
    [c.survey, c.respondents, c.thisWeek, c.responseShare, c.mean, c.satisfied],
    surveys.map(([name, s]) =>
      s.found
        ? [
            name,
            s.respondents,
            s.thisWeek,
            whole(s.responseRate),
            s.overall ? Math.round(s.overall.mean * 10) / 10 : '',
            whole(s.overall?.satisfied),
          ]
        : [name, r.noData, '', '', '', ''],
    ),
  );
  section(
    'questions',
    [c.survey, c.question, c.answers, c.mean, c.satisfied],
    surveys.flatMap(([name, s]) =>
      s.questions.map((q) => [
        name,
        q.question,
        q.n,
        q.n > 0 ? Math.round(q.mean * 10) / 10 : '',
        q.n > 0 ? whole(q.satisfied) : '',
      ]),
    ),
  );

  const accessCells = (k: AccessCounts): Cell[] => [
    k.active,
    k.withRecord,
    k.noComputer,
    k.noInternet,
    k.unstable,
    k.paper,
    k.noRecord,
  ];
  section(
    'access',
    [c.class, c.active, c.withRecord, c.noComputer, c.noInternet, c.unstable, c.paper, c.noRecord],
    report.classes.length === 0
      ? []
      : [
          ...report.classes
            .filter((k) => k.access.active > 0)
            .map((k) => [k.class, ...accessCells(k.access)]),
          [r.total, ...accessCells(report.access)],
        ],
  );
  section(
    'noCensus',
    [c.class, c.pupil, c.id],
    report.withoutCensus.map((p) => [p.class, pupilName(input, p), p.id]),
  );

  section(
    'requests',
    [c.type, c.open, c.overdueRequests, c.doneThisWeek, c.newThisWeek],
    [
      ...REQUEST_TYPES.map((type) => {
        const k = report.requestsByType[type];
        return [strings.labels.requestType[type], k.open, k.overdue, k.doneThisWeek, k.newThisWeek];
      }),
      [
        r.total,
        report.requests.open,
        report.requests.overdue,
        report.requests.doneThisWeek,
        report.requests.newThisWeek,
      ],
    ],
  );
  section(
    'lessons',
    [c.class, c.planned, c.held, c.cancelled, c.notAgreed, c.journaled, c.overdue],
    report.lessons.planned === 0
      ? []
      : [
          ...report.classes
            .filter((k) => k.lessons.planned > 0)
            .map((k) => [k.class, ...lessonCells(k.lessons)]),
          [r.total, ...lessonCells(report.lessons)],
        ],
  );

  return {
    title: r.title(weekRange(report.week, strings)),
    asOf: asOfText(input),
    sections,
  };
}

/** The administrators' letter: what needs action, the key figures, the sheet's link. */
export function reportLetter(
  input: ReportWording & { readonly sheetName: string; readonly url: string },
): { readonly subject: string; readonly doc: LetterDocument } {
  const { report, strings } = input;
  const r = strings.report;
  const range = weekRange(report.week, strings);
  const todo = actions(input);
  const blocks: Block[] = [
    { kind: 'paragraph', parts: [r.intro(range, report.complete)] },
    { kind: 'note', parts: [asOfText(input, true)] },
    { kind: 'heading', text: r.sections.actions },
  ];
  if (todo.length === 0)
    blocks.push({ kind: 'paragraph', parts: [{ strong: r.allClear }, `: ${r.allClearDetails}`] });
  // One list per kind of action, in the block's order: journals, requests, families, census.
  for (const what of new Set(todo.map((a) => a.what))) {
    blocks.push(
      { kind: 'paragraph', parts: [{ strong: what }] },
      {
        kind: 'list',
        items: todo
          .filter((a) => a.what === what)
          .map((a) => [`${a.who} — ${a.count}`, ...(a.details === '' ? [] : [`: ${a.details}`])]),
      },
    );
  }
  const shortfalls = new Set<string>(SHORTFALL_FIGURES.map((key) => r.figures[key]));
  for (const group of keyFigures(input)) {
    blocks.push(
      { kind: 'heading', text: group.heading },
      {
        kind: 'fields',
        rows: group.rows.map(([label, value]) => {
          const bad = shortfalls.has(label) && typeof value === 'number' && value > 0;
          return [label, [bad ? { strong: String(value) } : String(value)]] as const;
        }),
      },
    );
  }
  blocks.push({
    kind: 'paragraph',
    parts: [r.sheetNote(input.sheetName), ' ', { text: r.openSheet, url: input.url }],
  });
  blocks.push(...contactBlocks(input.settings, strings));
  return {
    subject: r.subject(range, report.complete, actionCount(report.actions)),
    doc: { title: r.title(range), blocks },
  };
}

/**
 * The letter ready for the outbox. Keyed by week and by whether the week was over: the final
 * report of a week is mailed once even when an interim one went out from the menu mid-week.
 */
export function reportMail(
  input: ReportWording & { readonly sheetName: string; readonly url: string },
): OutgoingMail {
  const admins = input.settings.adminEmails;
  return outgoingMail(reportLetter(input), {
    key: messageKey(
      REPORT_JOB,
      input.report.week.label,
      admins,
      input.report.complete ? 'final' : 'interim',
    ),
    job: REPORT_JOB,
    to: admins,
    replyTo: input.settings.schoolEmail,
  });
}
