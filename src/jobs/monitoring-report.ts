/**
 * The weekly monitoring report (docs/contracts.md «Jobs»; instruction §4.1): what needs action first (journals
 * overdue by teacher, requests overdue, census and families missing by class), then per teacher
 * and class the journal, marks, attendance and pupils needing attention; families informed;
 * survey satisfaction; the access census; requests; a four-week trend. Written to the sheet
 * «Отчёт ГГГГ-Wнн» with its charts and mailed to the administrators.
 *
 *   load the tables → read «Информирование», the survey sheets and the three report sheets
 *   before (the trend) → compute the figures → write the report sheet (one write of its body)
 *   with its charts and colours → delete reports older than `archive_weeks` → queue one letter
 *   to `admin_emails`.
 *
 * The trend's earlier weeks come from their own report sheets, never from the journal: an old
 * week's rows may have been archived, and its sheet says what it said then (docs/decisions.md).
 *
 * Which week: the scheduled job runs on `report_day` at 07:00 and reports on the week just
 * finished (the previous ISO week); the menu reports on the current week so far, as an interim
 * report. Building a week again replaces its sheet; the letter is keyed by week and by whether the
 * week was over, so each week gets at most one interim and one final letter. A week with no lesson
 * in the schedule or the journal (holidays) gets no scheduled report: nothing to monitor, no mail.
 */
import { schoolYearOf } from '../domain/archive';
import { isArchivedWeek, withArchive } from './archive-weeks';
import type { ArchiveFiles } from './shared/archive-files';
import { weeklyLetterTime } from '../domain/weekly-letter-time';
import { type Cell, cellText, type Grid, normalizeWord } from '../domain/cells';
import {
  type InformedEntry,
  type MonitoringReport,
  monitoringReport,
  parseIsoWeek,
  previousWeek,
  type ReportWeek,
  reportWeekOf,
  TREND_KEYS,
  trendFigures,
  type TrendFigures,
  weeksBetween,
} from '../domain/monitoring';
import { matchHeaders } from '../domain/table';
import { ALL_NAMES, type Strings } from '../i18n';
import { reportMail, reportSheet, type TrendWeek, weekRange } from '../mail/monitoring-report';
import { readReportSheet, reportGrid, reportLayout } from '../mail/report-sheet';
import type { SheetLayout } from '../ports/workbook';
import type { Workbook } from '../ports/workbook';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { underLock } from './shared/lock';
import { findSheet, loadSchool, type School, type ScopeOf } from './shared/school';
import { journalIndex } from './teacher-reminders';

/** The hour the weekly report is built: before the school day, for the morning meeting. */
export const REPORT_HOUR = 7;

/** The week a report sheet is for, when `name` is a report sheet's name in either language. */
export function reportSheetWeek(name: string): string | undefined {
  const label = /(\d{4}-W\d{2})$/.exec(name)?.[1];
  if (label === undefined || parseIsoWeek(label) === undefined) return undefined;
  return ALL_NAMES.some((s) => s.report.sheetName(label) === name) ? label : undefined;
}

/** The scheduled job: weekly at `report_day` 07:00, on the week just finished. */
export const monitoringReportJob: ScheduledJob = {
  id: 'monitoringReport',
  cadence: (settings) => ({ kind: 'weekly', weekday: settings.reportDay, hour: REPORT_HOUR }),
  run: (ctx) => {
    // The period is the ISO week of the run; the report is on the one before it.
    const current = parseIsoWeek(ctx.period);
    const week = current ? previousWeek(current).label : undefined;
    return { outcome: buildWeeklyReport(ctx, week, { skipEmptyWeek: true }) };
  },
  reach: (school) => ({
    label: school.strings.quota.jobs.monitoringReport,
    recipients: school.settings.adminEmails.length,
  }),
};

/** Options of a report. */
export interface ReportOptions {
  /**
   * Build nothing for a week without a single lesson in the schedule or the journal (holidays, a
   * school not started yet): the hourly job does not mail an empty report; the menu always builds.
   */
  readonly skipEmptyWeek?: boolean;
  /** The archives: a week moved there is read from its school year's file (jobs/archive-weeks). */
  readonly archives?: Pick<ArchiveFiles, 'open'>;
}

/**
 * Builds the report of `week` (`2026-W48`; the current week when omitted): writes its sheet,
 * deletes report sheets older than `archive_weeks` and queues the administrators' letter.
 */
export function buildWeeklyReport(
  ctx: DeliveryContext,
  week?: string,
  options: ReportOptions = {},
): JobOutcome {
  const workbook = sourceOf(ctx, week, options.archives);
  const school = loadSchool(workbook, ctx.clock, undefined, reportScope(week));
  const { settings, strings, zone } = school;
  const now = ctx.clock.now();
  const local = zone.parts(now);
  const current = reportWeekOf(local.date);
  const reported = week === undefined ? current : parseIsoWeek(week);
  if (reported === undefined) throw new RangeError(`not an ISO week: "${week ?? ''}"`);

  const days = new Set(reported.dates);
  if (
    options.skipEmptyWeek === true &&
    !school.lessons.some((l) => days.has(l.value.date)) &&
    !school.journal.some((j) => days.has(j.value.date))
  ) {
    const summary = strings.report.emptyWeek(weekRange(reported, strings));
    ctx.log.info(summary);
    return { job: monitoringReportJob.id, summary, details: [], problems: 0, messages: 0 };
  }

  const names = ctx.workbook.sheetNames();
  const pupils = school.pupils.map((p) => p.value);
  const report = weekReport(workbook, school, reported, names, now);

  const weeks = [reported];
  while (weeks.length < TREND_WEEKS) weeks.unshift(previousWeek(weeks[0]!));
  const wording = {
    report,
    builtAt: local,
    pupils: new Map(pupils.map((p) => [p.id, p])),
    staffNames: new Map(school.staff.map((s) => [s.value.email, s.value.name])),
    trend: weeks.map((week): TrendWeek => ({
      week,
      figures:
        week === reported ? trendFigures(report) : readTrend(ctx.workbook, names, week, strings),
    })),
    settings,
    strings,
  };
  const sheetName = reportSheetName(names, reported) ?? strings.report.sheetName(reported.label);
  const rows = reportGrid(reportSheet(wording), strings);
  const layout = reportLayout(readReportSheet(rows, strings));
  const deleted = writeReportSheet(
    ctx,
    sheetName,
    rows,
    layout,
    {
      names,
      current,
      keepWeeks: settings.archiveWeeks,
    },
    strings,
  );

  const details: string[] = [];
  let messages = 0;
  if (settings.adminEmails.length === 0) {
    details.push(strings.report.noAdmins);
  } else {
    const mail = reportMail({ ...wording, sheetName, url: ctx.workbook.url() });
    const queued = enqueue(ctx, strings, [mail]);
    messages = queued.queued;
    details.push(
      queued.queued > 0 ? strings.report.letterQueued : strings.report.letterAlreadyQueued,
    );
  }
  if (deleted.length > 0) details.push(strings.report.deleted(deleted.join(', ')));
  const summary = strings.report.outcome(weekRange(reported, strings), sheetName);
  ctx.log.info(summary);
  return {
    job: monitoringReportJob.id,
    summary,
    details,
    problems: school.problems.length,
    messages,
  };
}

/**
 * Where the week's journal, schedule and informed record are: the school's workbook, or for a
 * week moved to the archive (the settings say how old that is), its school year's archive.
 */
function sourceOf(
  ctx: DeliveryContext,
  week: string | undefined,
  archives: Pick<ArchiveFiles, 'open'> | undefined,
): Workbook {
  const monday = week === undefined ? undefined : parseIsoWeek(week)?.dates[0];
  if (archives === undefined || monday === undefined) return ctx.workbook;
  const { settings, zone } = loadSchool(ctx.workbook, ctx.clock, []);
  if (!isArchivedWeek(monday, zone.parts(ctx.clock.now()).date, settings.archiveWeeks))
    return ctx.workbook;
  const archive = archives.open(schoolYearOf(monday));
  return archive === null ? ctx.workbook : withArchive(ctx.workbook, archive);
}

/** The weeks the trend shows, the reported one last. */
const TREND_WEEKS = 4;

/**
 * What `loadSchool` needs for the report of `week` (the current week when omitted): only that
 * week's rows of the schedule and the journal (jobs/shared/dated-rows).
 */
export function reportScope(week?: string): ScopeOf {
  return (_settings, today) => {
    const dates = (week === undefined ? reportWeekOf(today) : parseIsoWeek(week))?.dates ?? [];
    const scope = { from: dates[0] ?? today, to: dates[dates.length - 1] ?? today };
    return { schedule: scope, journal: scope };
  };
}

/**
 * The figures of the week `reported` as the report computes them — nothing written, nothing
 * queued: the report and the dashboard (jobs/dashboard) read them from here. Reads
 * «Информирование» and the two survey sheets (one read each); `names` is the workbook's list.
 */
export function weekReport(
  workbook: Workbook,
  school: School,
  reported: ReportWeek,
  names: readonly string[],
  now: Date,
): MonitoringReport {
  const { settings, strings } = school;
  const surveySheet = (which: 'parents' | 'pupils'): Grid | null => {
    const name = ALL_NAMES.map((s) => s.report.surveySheets[which]).find((n) => names.includes(n));
    return name === undefined ? null : workbook.read(name);
  };
  const journal = school.journal.map((j) => j.value);
  return monitoringReport({
    week: reported,
    now,
    zone: school.zone,
    ctx: school.ctx,
    journalDeadlineHours: settings.journalDeadlineHours,
    lessons: school.lessons.map((l) => l.value),
    journal,
    isJournaled: journalIndex(journal),
    summaryAt: weeklyLetterTime(settings),
    pupils: school.pupils.map((p) => p.value),
    classes: school.classes.map((c) => c.value),
    staff: school.staff.map((s) => s.value),
    informed: readInformed(workbook, names, strings),
    access: school.access.map((a) => a.value),
    requests: school.requests.map((r) => r.value),
    surveys: { parents: surveySheet('parents'), pupils: surveySheet('pupils') },
  });
}

/** The report sheet of `week` in either language, if the workbook has one. */
function reportSheetName(names: readonly string[], week: ReportWeek): string | undefined {
  return ALL_NAMES.map((s) => s.report.sheetName(week.label)).find((n) => names.includes(n));
}

/**
 * A week's trend figures as its own report sheet gave them (the last row of its trend section,
 * whole percents); undefined without a sheet or a trend section (a sheet of an older version).
 */
function readTrend(
  workbook: Workbook,
  names: readonly string[],
  week: ReportWeek,
  strings: Strings,
): TrendFigures | undefined {
  const name = reportSheetName(names, week);
  const grid = name === undefined ? null : workbook.read(name);
  if (grid === null) return undefined;
  const read = readReportSheet(grid, strings);
  const section = read.sections.find((s) => s.key === 'trend');
  const row = section?.rows[section.rows.length - 1];
  if (section === undefined || row === undefined) return undefined;
  const c = read.strings.report.columns;
  const columns = {
    journal: c.journalShare,
    attendance: c.attendanceShare,
    informed: c.informedShare,
    satisfied: c.satisfiedShare,
  };
  const value = (cell: Cell | undefined): number | undefined =>
    typeof cell === 'number' ? cell / 100 : undefined;
  return Object.fromEntries(
    TREND_KEYS.map((key) => [
      key,
      value(row[section.header.findIndex((h) => cellText(h) === columns[key])]),
    ]),
  ) as TrendFigures;
}

/**
 * Writes the report — a new sheet whole, or an existing one's title and body — with its charts
 * and colours, and deletes report sheets more than `keepWeeks` weeks before the current week.
 * Under the document lock, so the menu and the hourly run never both create the sheet. Returns
 * the names of the sheets deleted.
 */
function writeReportSheet(
  ctx: DeliveryContext,
  sheetName: string,
  rows: Grid,
  layout: SheetLayout,
  archive: { names: readonly string[]; current: ReportWeek; keepWeeks: number },
  strings: Strings,
): string[] {
  return underLock(
    ctx,
    () => {
      if (archive.names.includes(sheetName)) {
        // The title too: a sheet built by an older version named the week otherwise.
        ctx.workbook.replaceBody(sheetName, rows.slice(1));
        ctx.workbook.write(sheetName, 1, rows.slice(0, 1));
      } else {
        ctx.workbook.createSheet(sheetName);
        ctx.workbook.write(sheetName, 1, rows);
      }
      ctx.workbook.applyLayout(sheetName, layout);
      const deleted = archive.names.filter((name) => {
        if (name === sheetName) return false;
        const week = parseIsoWeek(reportSheetWeek(name) ?? '');
        return week !== undefined && weeksBetween(week, archive.current) > archive.keepWeeks;
      });
      for (const name of deleted) ctx.workbook.deleteSheet(name);
      return deleted;
    },
    strings,
  );
}

/** «Информирование» as the report needs it (one read; an absent sheet means nobody was informed). */
function readInformed(
  workbook: Workbook,
  names: readonly string[],
  strings: Strings,
): InformedEntry[] {
  const name = findSheet(names, 'informed', strings);
  const grid = name === undefined ? null : workbook.read(name);
  if (grid === null) return [];
  const columns = matchHeaders('informed', grid[0] ?? [], ALL_NAMES);
  const at = (row: readonly unknown[], key: string): string =>
    cellText(row[columns.get(key) ?? -1]);
  const methods = new Map<string, InformedEntry['method']>();
  for (const s of ALL_NAMES) {
    methods.set(normalizeWord(s.summary.method.mail), 'mail');
    methods.set(normalizeWord(s.summary.method.call), 'call');
  }
  const out: InformedEntry[] = [];
  for (const row of grid.slice(1)) {
    const method = methods.get(normalizeWord(at(row, 'method')));
    const pupilId = at(row, 'pupilId');
    if (method === undefined || pupilId === '') continue;
    out.push({ week: at(row, 'week'), pupilId, method });
  }
  return out;
}
