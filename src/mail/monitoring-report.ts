/**
 * The monitoring report in words: the report sheet's cells (a title row, then small tables with
 * a heading and a header row each, a blank row between) and the administrators' letter (the key
 * figures as label–value lines a phone shows whole). Both say the same figures the same way.
 *
 * Pupils appear only in two lists (no census row, overdue requests), named with their ID and,
 * under `privacy_mode` = minimal, by first name only. Guardians are never named.
 */
import { formatDateRu, formatTime, type LocalParts } from '../domain/calendar';
import type { Cell } from '../domain/cells';
import { messageKey, type OutgoingMail } from '../domain/mail';
import type {
  AccessCounts,
  InformedCounts,
  LessonCounts,
  MonitoringReport,
  RequestCounts,
} from '../domain/monitoring';
import { pupilDisplayName } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { SurveySummary } from '../domain/survey';
import { REQUEST_TYPES } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import { type Block, type LetterDocument, renderParts } from './document';
import { contactBlocks } from './footer';
import { formatRange } from './week-words';

/** What the sheet and the letter are made from besides the figures. */
export interface ReportWording {
  readonly report: MonitoringReport;
  /** The school's wall clock when the report was built. */
  readonly builtAt: LocalParts;
  /** Pupils by ID, for naming them in the lists. */
  readonly pupils: ReadonlyMap<string, Pupil>;
  /** Staff e-mail → name, for assignees. */
  readonly staffNames: ReadonlyMap<string, string>;
  readonly settings: Settings;
  readonly strings: Strings;
}

/** A group of key figures: a heading and label–value lines. */
interface FigureGroup {
  readonly heading: string;
  readonly rows: readonly (readonly [string, string])[];
}

const EMPTY = '—';

/** The outbox job name of the report letter. */
export const REPORT_JOB = 'report';

/** `23.11–29.11.2026` for a report week. */
function rangeOf(report: MonitoringReport): string {
  return formatRange({ label: report.week.label, dates: report.week.dates, next: [] });
}

function percent(share: number | undefined, strings: Strings): string {
  return share === undefined ? EMPTY : strings.report.percent(share);
}

function ratio(part: number, whole: number, strings: Strings): string {
  return strings.report.ofTotal(
    part,
    whole,
    percent(whole > 0 ? part / whole : undefined, strings),
  );
}

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

/** The key figures, grouped as the letter tells them; the sheet's summary lists the same lines. */
function keyFigures(input: ReportWording): FigureGroup[] {
  const { report, strings } = input;
  const r = strings.report;
  const f = r.figures;
  const l = report.lessons;
  const informed = report.informed;
  const access = report.access;
  const requests = report.requests;
  return [
    {
      heading: r.lessonsHeading,
      rows: [
        [f.planned, String(l.planned)],
        [f.held, String(l.held)],
        [f.cancelled, String(l.cancelled)],
        [f.notAgreed, String(l.notAgreed)],
        [f.journaled, ratio(l.journaled, l.held, strings)],
        [f.overdue(report.journalDeadlineHours), String(l.overdue)],
        [f.marks, String(l.marks)],
      ],
    },
    {
      heading: r.informedHeading,
      rows: [
        [f.informed, ratio(informed.mail + informed.call, informed.active, strings)],
        [f.byLetter, String(informed.mail)],
        [f.byCall, String(informed.call)],
        [f.notInformed, String(informed.none)],
      ],
    },
    {
      heading: r.surveysHeading,
      rows: [
        [r.surveySheets.parents, surveyText(report.surveys.parents, strings)],
        [r.surveySheets.pupils, surveyText(report.surveys.pupils, strings)],
      ],
    },
    {
      heading: r.accessHeading,
      rows: [
        [f.census, ratio(access.withRecord, access.active, strings)],
        [f.noComputer, String(access.noComputer)],
        [f.noInternet, String(access.noInternet)],
        [f.unstable, String(access.unstable)],
        [f.paper, String(access.paper)],
        [f.noCensus, String(access.noRecord)],
      ],
    },
    {
      heading: r.requestsHeading,
      rows: [
        [f.open, String(requests.open)],
        [f.overdueRequests, String(requests.overdue)],
        [f.doneThisWeek, String(requests.doneThisWeek)],
        [f.newThisWeek, String(requests.newThisWeek)],
      ],
    },
  ];
}

function asOfText(input: ReportWording): string {
  const when = `${formatDateRu(input.builtAt.date)} ${formatTime(input.builtAt.minutes)}`;
  return input.strings.report.asOf(when, input.report.complete);
}

function pupilRef(id: string | undefined, input: ReportWording): string {
  if (id === undefined) return '';
  const pupil = input.pupils.get(id);
  const name = pupil === undefined ? '' : pupilDisplayName(pupil.name, input.settings.privacyMode);
  return input.strings.summary.pupilRef(name, id);
}

const lessonCells = (c: LessonCounts): Cell[] => [
  c.planned,
  c.held,
  c.cancelled,
  c.notAgreed,
  c.journaled,
  c.overdue,
  c.marks,
];

/** The report sheet's rows, title first; every row as wide as the widest. */
export function reportSheetRows(input: ReportWording): Cell[][] {
  const { report, strings } = input;
  const r = strings.report;
  const c = r.columns;
  const rows: Cell[][] = [];
  const section = (heading: string, header: readonly string[], body: readonly Cell[][]): void => {
    rows.push([], [heading], [...header], ...(body.length > 0 ? body : [[r.none]]));
  };

  rows.push([r.title(report.week.label, rangeOf(report))]);
  section(
    r.sections.summary,
    [c.figure, c.value],
    [
      [r.figures.week, `${report.week.label} (${rangeOf(report)})`],
      [r.figures.asOf, asOfText(input)],
      ...keyFigures(input).flatMap((group) => group.rows.map(([label, value]) => [label, value])),
    ],
  );

  const lessonHeader = [
    c.planned,
    c.held,
    c.cancelled,
    c.notAgreed,
    c.journaled,
    c.overdue,
    c.marks,
  ];
  section(
    r.sections.teachers,
    [c.teacher, c.email, ...lessonHeader],
    [
      ...report.teachers.map((t) => [
        t.teacher === '' ? r.unknownTeacher : t.name,
        t.teacher,
        ...lessonCells(t),
      ]),
      ...(report.teachers.length > 0 ? [[r.total, '', ...lessonCells(report.lessons)]] : []),
    ],
  );
  section(
    r.sections.classes,
    [c.class, ...lessonHeader],
    [
      ...report.classes.map((k) => [k.class, ...lessonCells(k)]),
      ...(report.classes.length > 0 ? [[r.total, ...lessonCells(report.lessons)]] : []),
    ],
  );

  const informedCells = (k: InformedCounts): Cell[] => [
    k.active,
    k.mail,
    k.call,
    k.none,
    percent(k.share, strings),
  ];
  section(
    r.sections.informed,
    [c.class, c.active, c.byLetter, c.byCall, c.notInformed, c.share],
    [
      ...report.informedByClass.map((k) => [k.class, ...informedCells(k)]),
      ...(report.informedByClass.length > 0 ? [[r.total, ...informedCells(report.informed)]] : []),
    ],
  );

  const surveys = [
    [r.surveyNames.parents, report.surveys.parents],
    [r.surveyNames.pupils, report.surveys.pupils],
  ] as const;
  section(
    r.sections.surveys,
    [c.survey, c.respondents, c.thisWeek, c.responseRate, c.mean, c.satisfied],
    surveys.map(([name, s]) =>
      s.found
        ? [
            name,
            s.respondents,
            s.thisWeek,
            percent(s.responseRate, strings),
            s.overall?.mean ?? EMPTY,
            percent(s.overall?.satisfied, strings),
          ]
        : [name, r.noData, '', '', '', ''],
    ),
  );
  section(
    r.sections.questions,
    [c.survey, c.question, c.answers, c.mean, c.satisfied],
    surveys.flatMap(([name, s]) =>
      s.questions.map((q) => [
        name,
        q.question,
        q.n,
        q.n > 0 ? q.mean : EMPTY,
        q.n > 0 ? percent(q.satisfied, strings) : EMPTY,
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
    r.sections.access,
    [c.class, c.active, c.withRecord, c.noComputer, c.noInternet, c.unstable, c.paper, c.noRecord],
    [
      ...report.accessByClass.map((k) => [k.class, ...accessCells(k)]),
      ...(report.accessByClass.length > 0 ? [[r.total, ...accessCells(report.access)]] : []),
    ],
  );
  section(
    r.sections.noCensus,
    [c.id, c.pupil, c.class],
    report.withoutCensus.map((p) => [
      p.id,
      pupilDisplayName(p.name, input.settings.privacyMode),
      p.class,
    ]),
  );

  const requestCells = (k: RequestCounts): Cell[] => [
    k.open,
    k.overdue,
    k.doneThisWeek,
    k.newThisWeek,
  ];
  section(
    r.sections.requests,
    [c.type, c.open, c.overdueRequests, c.doneThisWeek, c.newThisWeek],
    [
      ...REQUEST_TYPES.map((type) => [
        strings.labels.requestType[type],
        ...requestCells(report.requestsByType[type]),
      ]),
      [r.total, ...requestCells(report.requests)],
    ],
  );
  section(
    r.sections.overdueRequests,
    [c.id, c.type, c.class, c.pupil, c.due, c.assignee, c.status],
    report.overdueRequests.map((q) => [
      q.id,
      strings.labels.requestType[q.type],
      q.class ?? input.pupils.get(q.pupilId ?? '')?.class ?? '',
      pupilRef(q.pupilId, input),
      q.due === undefined ? '' : formatDateRu(q.due),
      q.assignee === undefined ? '' : (input.staffNames.get(q.assignee) ?? q.assignee),
      strings.labels.requestStatus[q.status],
    ]),
  );

  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
}

/** How many overdue-journal teachers the letter names before "and N more". */
const LETTER_TEACHERS = 10;

/** The administrators' letter: key figures, the teachers behind on the journal, the sheet's name. */
export function reportLetter(
  input: ReportWording & { readonly sheetName: string; readonly url: string },
): { readonly subject: string; readonly doc: LetterDocument } {
  const { report, strings } = input;
  const r = strings.report;
  const range = rangeOf(report);
  const groups = keyFigures(input);
  const blocks: Block[] = [
    { kind: 'paragraph', parts: [r.intro(range, report.complete)] },
    { kind: 'fields', rows: [[r.figures.asOf, [asOfText(input)]]] },
  ];
  groups.forEach((group, i) => {
    blocks.push(
      { kind: 'heading', text: group.heading },
      { kind: 'fields', rows: group.rows.map(([label, value]) => [label, [value]] as const) },
    );
    if (i !== 0) return;
    const behind = report.teachers
      .filter((t) => t.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'ru'));
    if (behind.length === 0) return;
    blocks.push(
      { kind: 'paragraph', parts: [r.overdueTeachersIntro] },
      {
        kind: 'list',
        items: [
          ...behind
            .slice(0, LETTER_TEACHERS)
            .map((t) => [
              r.teacherOverdue(t.teacher === '' ? r.unknownTeacher : t.name, t.overdue),
            ]),
          ...(behind.length > LETTER_TEACHERS
            ? [[r.andMore(behind.length - LETTER_TEACHERS)]]
            : []),
        ],
      },
    );
  });
  blocks.push({
    kind: 'paragraph',
    parts: [r.sheetNote(input.sheetName), ' ', { text: r.openSheet, url: input.url }],
  });
  blocks.push(...contactBlocks(input.settings, strings));
  return {
    subject: r.subject(report.week.label, range, report.complete),
    doc: { title: r.title(report.week.label, range), blocks },
  };
}

/**
 * The letter ready for the outbox. Keyed by week and by whether the week was over: the final
 * report of a week is mailed once even when an interim one went out from the menu mid-week.
 */
export function reportMail(
  input: ReportWording & { readonly sheetName: string; readonly url: string },
): OutgoingMail {
  const letter = reportLetter(input);
  const admins = input.settings.adminEmails;
  return {
    key: messageKey(
      REPORT_JOB,
      input.report.week.label,
      admins,
      input.report.complete ? 'final' : 'interim',
    ),
    job: REPORT_JOB,
    to: admins,
    ...(input.settings.schoolEmail ? { replyTo: input.settings.schoolEmail } : {}),
    subject: letter.subject,
    ...renderParts(letter.doc),
  };
}
