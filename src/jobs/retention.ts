/**
 * Retention, part of the nightly housekeeping (docs/decisions.md, «Retention»): personal details
 * are kept only as long as they serve. A letter done and older than `archive_weeks` loses its
 * words (key, status and dates stay); a survey's free-text answers go after `survey_text_weeks`
 * (the scores stay); a report older than the weeks its trend shows keeps its figures and loses the
 * pupils' names.
 *
 * Cheap when there is nothing to do: one document property remembers the oldest words each part
 * still keeps, so a night before any of them is due reads no sheet at all.
 */
import { type Cell, cellText, type Grid, isDateValue } from '../domain/cells';
import { isTimestampTitle, questionKeyOf } from '../domain/forms';
import { rowBlocks } from '../domain/erasure';
import { parseIsoWeek, reportWeekOf, weeksBetween } from '../domain/monitoring';
import type { Settings } from '../domain/settings';
import { ALL_NAMES, type Strings } from '../i18n';
import { columnOf, readReportSheet } from '../mail/report-sheet';
import type { Clock } from '../ports/clock';
import type { Lock } from '../ports/lock';
import type { Store } from '../ports/store';
import type { Workbook } from '../ports/workbook';
import { reportSheetWeek } from './monitoring-report';
import { formOfSheet } from './shared/form-registry';
import { clearOldLetters } from './shared/outbox-retention';
import { filesOf } from './shared/school-files';
import { unlessBusy } from './shared/lock';

/** The document property remembering what retention still keeps (no names: dates and a week). */
export const RETENTION_PROPERTY = 'distant.retention';

/**
 * Weeks a report sheet keeps the pupils' names: the weeks of its trend, over which the lists of
 * who needs attention are followed up. Older reports keep their figures only.
 */
export const REPORT_NAMES_WEEKS = 4;

const WEEK_MS = 7 * 86_400_000;
/** How often the report sheets are looked over: a little under a week (the trigger's jitter). */
const REPORTS_CHECK_MS = 6 * 86_400_000;

/** What retention remembers between nights. */
interface RetentionMemo {
  /** The oldest `created` of a letter still holding words (ISO). */
  readonly outbox?: string | undefined;
  /** The oldest timestamp of a survey answer still holding free text (ISO). */
  readonly surveys?: string | undefined;
  /** The latest report week whose names are gone. */
  readonly reports?: string | undefined;
  /** When the report sheets were last looked over (ISO): once a week is enough. */
  readonly reportsChecked?: string | undefined;
}

function loadMemo(store: Store): RetentionMemo {
  try {
    const parsed = JSON.parse(store.get(RETENTION_PROPERTY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/** What one retention pass did. */
export interface RetentionReport {
  readonly letters: number;
  readonly answers: number;
  readonly reports: number;
}

/** The ports retention needs. */
export interface RetentionContext {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly lock: Lock;
  readonly store: Store;
}

/** Runs the three parts that are due; see the module comment. */
export function runRetention(
  ctx: RetentionContext,
  settings: Settings,
  strings: Strings,
): RetentionReport {
  const memo = loadMemo(ctx.store);
  const now = ctx.clock.now();
  // Everything retention touches lives with the administration: the teachers' file stays closed.
  const admin = filesOf(ctx.workbook).admin;
  const due = (oldest: string | undefined, horizon: Date): boolean =>
    oldest === undefined || !(new Date(oldest) >= horizon);
  const next: { -readonly [K in keyof RetentionMemo]: RetentionMemo[K] } = { ...memo };
  let letters = 0;
  let answers = 0;

  const outboxHorizon = new Date(now.getTime() - settings.archiveWeeks * WEEK_MS);
  if (due(memo.outbox, outboxHorizon)) {
    const pass = unlessBusy(ctx, () => clearOldLetters(admin, strings, outboxHorizon), null);
    if (pass === null) return { letters: 0, answers: 0, reports: 0 };
    letters = pass.cleared;
    next.outbox = (pass.oldestKept ?? now).toISOString();
  }

  const surveyHorizon = new Date(now.getTime() - settings.surveyTextWeeks * WEEK_MS);
  if (due(memo.surveys, surveyHorizon)) {
    let oldest: Date | undefined;
    for (const name of admin.sheetNames()) {
      const kind = formOfSheet({}, undefined, name)?.kind;
      if (kind !== 'parentSurvey' && kind !== 'pupilSurvey') continue;
      const pass = clearFreeText(admin, name, surveyHorizon);
      answers += pass.cleared;
      if (pass.oldestKept !== undefined && (oldest === undefined || pass.oldestKept < oldest))
        oldest = pass.oldestKept;
    }
    next.surveys = (oldest ?? now).toISOString();
  }

  // A report's names go once it is REPORT_NAMES_WEEKS old; looking once a week keeps a night's
  // housekeeping from listing every sheet, at the price of names kept up to six days longer.
  const lookAtReports =
    memo.reportsChecked === undefined ||
    !(now.getTime() - Date.parse(memo.reportsChecked) < REPORTS_CHECK_MS);
  const current = lookAtReports
    ? reportWeekOf(ctx.clock.zoneFor(settings.timezone).parts(now).date)
    : undefined;
  if (lookAtReports) next.reportsChecked = now.toISOString();
  const old = (current === undefined ? [] : admin.sheetNames()).filter((name) => {
    const label = reportSheetWeek(name);
    const week = label === undefined ? undefined : parseIsoWeek(label);
    return (
      week !== undefined &&
      label !== undefined &&
      weeksBetween(week, current!) > REPORT_NAMES_WEEKS &&
      (memo.reports === undefined || label > memo.reports)
    );
  });
  for (const name of old) {
    forgetNames(admin, name, strings);
    const label = reportSheetWeek(name)!;
    if (next.reports === undefined || label > next.reports) next.reports = label;
  }

  if (JSON.stringify(next) !== JSON.stringify(memo))
    ctx.store.set(RETENTION_PROPERTY, JSON.stringify(next));
  return { letters, answers, reports: old.length };
}

/**
 * Empties the free-text answers (the comment) of a survey's responses given before `horizon`: one
 * write per run of neighbouring rows per free-text column. Google Forms only adds rows below, so
 * nothing it writes meanwhile is overwritten.
 */
function clearFreeText(
  workbook: Workbook,
  sheet: string,
  horizon: Date,
): { cleared: number; oldestKept: Date | undefined } {
  const grid = workbook.read(sheet);
  const header = grid?.[0] ?? [];
  const time = header.findIndex((c) => isTimestampTitle(cellText(c)));
  const free = header
    .map((c, i) => (questionKeyOf(cellText(c), ALL_NAMES) === 'comment' ? i : -1))
    .filter((i) => i >= 0);
  if (grid === null || time < 0 || free.length === 0) return { cleared: 0, oldestKept: undefined };
  const rows: number[] = [];
  let oldestKept: Date | undefined;
  grid.forEach((row, i) => {
    if (i === 0 || free.every((c) => cellText(row[c]) === '')) return;
    const at = row[time];
    if (!isDateValue(at)) return;
    if (at < horizon) rows.push(i + 1);
    else if (oldestKept === undefined || at < oldestKept) oldestKept = at;
  });
  for (const block of rowBlocks(rows))
    for (const column of free)
      workbook.write(
        sheet,
        block.start,
        Array.from({ length: block.count }, () => ['']),
        column + 1,
      );
  return { cleared: rows.length, oldestKept };
}

/**
 * A report keeps its figures and loses the pupils' names: in the lists of pupils, «Арина (P0125)»
 * becomes «P0125» and a name beside its ID column is emptied. One write per list.
 */
function forgetNames(workbook: Workbook, sheet: string, strings: Strings): void {
  const grid: Grid | null = workbook.read(sheet);
  if (grid === null) return;
  const read = readReportSheet(grid, strings);
  const c = read.strings.report.columns;
  for (const section of read.sections) {
    if (section.key !== 'attention' && section.key !== 'noCensus') continue;
    const pupil = columnOf(section, c.pupil);
    if (pupil === undefined || section.rows.length === 0) continue;
    const byId = columnOf(section, c.id) !== undefined;
    const cells: Cell[][] = section.rows.map((row) => {
      const text = cellText(row[pupil - 1]);
      if (ALL_NAMES.some((s) => s.privacy.erased === text)) return [text];
      const id = /\(([^()]+)\)\s*$/.exec(text)?.[1];
      return [byId ? '' : (id ?? '')];
    });
    workbook.write(sheet, section.firstRow, cells, pupil);
  }
}
