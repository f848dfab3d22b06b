/**
 * Old weeks to the archive (issue 12; docs/decisions.md, «Archive of old weeks»): rows of the
 * journal, the schedule and «Информирование» dated before `archive_weeks` weeks ago move into the
 * archive spreadsheet of their school year, under the same sheet names, so the weekly jobs' sheets
 * hold the weeks they work on and a report of an old week reads its archive.
 *
 * Nothing is lost or doubled by a crash: before the copy one document property says what is being
 * moved (the sheet, the year, the archive's last row before it, how many rows); the copy is
 * written, read back and compared, and only then are the rows deleted from the workbook. A run
 * that finds the property finishes the move: a copy that is there is not written again, and only
 * rows equal to it are deleted.
 */
import { archiveCutoff, schoolYearOf } from '../domain/archive';
import { addDays, type LocalDate } from '../domain/calendar';
import { type Cell, cellText, type Grid, isBlankRow, isDateValue } from '../domain/cells';
import { parseIsoWeek } from '../domain/monitoring';
import { isFailure, parseDate, type ParseContext } from '../domain/parse';
import type { Settings } from '../domain/settings';
import type { SheetKey } from '../domain/sheets';
import { matchHeaders, sheetKeyOf } from '../domain/table';
import { ALL_NAMES, type Strings } from '../i18n';
import type { Store } from '../ports/store';
import type { Workbook } from '../ports/workbook';
import type { JobContext } from './context';
import type { ArchiveFiles } from './shared/archive-files';
import { findSheet } from './shared/school';
import { TwoWorkbooks } from './shared/school-files';

/** The sheets whose old weeks move, and the column that dates a row. */
export const ARCHIVED_SHEETS: ReadonlyArray<{ readonly key: SheetKey; readonly column: string }> = [
  { key: 'journal', column: 'date' },
  { key: 'schedule', column: 'date' },
  { key: 'informed', column: 'week' },
];

/** The document property of a move under way. */
export const MOVE_PROPERTY = 'distant.archiving';

/** The ports the move needs. */
export interface ArchiveContext extends JobContext {
  readonly store: Store;
  readonly archives: ArchiveFiles;
}

/** Rows of one sheet before and after, in the workbook and in the archives. */
export interface SheetMove {
  readonly key: SheetKey;
  readonly sheet: string;
  readonly moved: number;
  readonly before: { readonly source: number; readonly archive: number };
  readonly after: { readonly source: number; readonly archive: number };
}

interface Move {
  readonly sheet: string;
  readonly year: string;
  /** The archive sheet's last row before the copy. */
  readonly before: number;
  readonly count: number;
}

/** A row as a comparable text (dates by their instant). */
function fingerprint(row: readonly Cell[], width: number): string {
  const cells: unknown[] = [];
  for (let i = 0; i < width; i++) {
    const c = row[i] ?? '';
    cells.push(isDateValue(c) ? { t: c.getTime() } : c);
  }
  return JSON.stringify(cells);
}

/** The local date a row belongs to, or undefined (such a row stays where it is). */
function dateOfRow(
  row: readonly Cell[],
  index: number,
  column: string,
  ctx: ParseContext,
): LocalDate | undefined {
  const raw = row[index];
  if (column === 'week') return parseIsoWeek(cellText(raw))?.dates[0];
  const date = parseDate(raw, ctx);
  return isFailure(date) ? undefined : date;
}

function rowsOfSheet(workbook: Workbook, sheet: string): number {
  return Math.max(0, (workbook.lastRow(sheet) ?? 1) - 1);
}

/** Deletes 1-based `rows` of `sheet`, in blocks, from the bottom up (row numbers stay valid). */
function deleteRowsOf(workbook: Workbook, sheet: string, rows: readonly number[]): void {
  const sorted = [...rows].sort((a, b) => b - a);
  let i = 0;
  while (i < sorted.length) {
    let start = sorted[i]!;
    let count = 1;
    while (sorted[i + count] === start - 1) {
      start--;
      count++;
    }
    workbook.deleteRows(sheet, start, count);
    i += count;
  }
}

/** Finishes a move a crash interrupted: deletes the workbook's rows the archive holds already. */
function finishMove(ctx: ArchiveContext, strings: Strings): void {
  const raw = ctx.store.get(MOVE_PROPERTY);
  if (raw === null) return;
  const move = JSON.parse(raw) as Move;
  const archive = ctx.archives.open(move.year);
  const last = archive?.lastRow(move.sheet) ?? null;
  if (archive !== null && last !== null && last > move.before) {
    const grid = ctx.workbook.read(move.sheet) ?? [];
    const width = grid[0]?.length ?? 0;
    const copy = archive.readBlock(move.sheet, move.before + 1, move.count, 1, width) ?? [];
    const archived = new Map<string, number>();
    for (const row of copy) {
      const f = fingerprint(row, width);
      archived.set(f, (archived.get(f) ?? 0) + 1);
    }
    // Each archived row takes away one equal row of the workbook, never more.
    const gone: number[] = [];
    grid.forEach((row, i) => {
      if (i === 0) return;
      const f = fingerprint(row, width);
      const n = archived.get(f) ?? 0;
      if (n === 0) return;
      archived.set(f, n - 1);
      gone.push(i + 1);
    });
    deleteRowsOf(ctx.workbook, move.sheet, gone);
  }
  ctx.store.delete(MOVE_PROPERTY);
  ctx.log.info(`${strings.archive.fileLabel(move.year)}: an interrupted move finished`);
}

/**
 * Moves the old weeks of every archived sheet; returns what each sheet held before and after
 * (the rows of the workbook and of the archives together are the same before and after).
 */
export function archiveOldWeeks(
  ctx: ArchiveContext,
  settings: Settings,
  strings: Strings,
): SheetMove[] {
  finishMove(ctx, strings);
  const today = ctx.clock.zoneFor(settings.timezone).parts(ctx.clock.now()).date;
  const cutoff = archiveCutoff(today, settings.archiveWeeks);
  const parse: ParseContext = {
    zone: ctx.clock.zoneFor(settings.timezone),
    strings,
    languages: ALL_NAMES,
  };
  const names = ctx.workbook.sheetNames();
  const moves: SheetMove[] = [];
  for (const { key, column } of ARCHIVED_SHEETS) {
    const sheet = findSheet(names, key, strings);
    if (sheet === undefined) continue;
    const grid: Grid = ctx.workbook.read(sheet) ?? [];
    const header = grid[0] ?? [];
    const index = matchHeaders(key, header, ALL_NAMES).get(column);
    if (index === undefined) continue;
    const byYear = new Map<string, number[]>();
    grid.forEach((row, i) => {
      if (i === 0 || isBlankRow(row)) return;
      const date = dateOfRow(row, index, column, parse);
      if (date === undefined || date >= cutoff) return;
      const year = schoolYearOf(date);
      byYear.set(year, [...(byYear.get(year) ?? []), i + 1]);
    });
    if (byYear.size === 0) continue;
    const sourceBefore = grid.length - 1;
    let archiveBefore = 0;
    let archiveAfter = 0;
    let moved = 0;
    for (const [year, rows] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) {
      const archive = ctx.archives.openOrCreate(year, settings.schoolName || strings.appName);
      if (archive.lastRow(sheet) === null) {
        archive.createSheet(sheet);
        archive.write(sheet, 1, [header]);
      }
      const before = archive.lastRow(sheet) ?? 1;
      archiveBefore += before - 1;
      const block = rows.map((r) => grid[r - 1] ?? []);
      ctx.store.set(MOVE_PROPERTY, JSON.stringify({ sheet, year, before, count: block.length }));
      archive.write(sheet, before + 1, block);
      const back = archive.readBlock(sheet, before + 1, block.length, 1, header.length) ?? [];
      const same =
        back.length === block.length &&
        back.every(
          (row, i) => fingerprint(row, header.length) === fingerprint(block[i]!, header.length),
        );
      // A copy that does not read back the same: the rows stay; the next run finishes or repeats.
      if (!same) throw new Error(strings.archive.verifyFailed(sheet));
      deleteRowsOf(ctx.workbook, sheet, rows);
      ctx.store.delete(MOVE_PROPERTY);
      archiveAfter += (archive.lastRow(sheet) ?? 1) - 1;
      moved += rows.length;
    }
    moves.push({
      key,
      sheet,
      moved,
      before: { source: sourceBefore, archive: archiveBefore },
      after: { source: rowsOfSheet(ctx.workbook, sheet), archive: archiveAfter },
    });
  }
  return moves;
}

/** Whether the week starting `monday` has moved to an archive (its report reads it there). */
export function isArchivedWeek(monday: LocalDate, today: LocalDate, archiveWeeks: number): boolean {
  return addDays(monday, 6) < archiveCutoff(today, archiveWeeks);
}

const ARCHIVED_KEYS: ReadonlySet<SheetKey> = new Set(ARCHIVED_SHEETS.map((s) => s.key));

/**
 * The school's workbook with the archived sheets read from `archive` (a report of an archived
 * week): everything else, and every write, goes to the school's workbook.
 */
export function withArchive(workbook: Workbook, archive: Workbook): Workbook {
  // Still two files to the jobs: the schedule's agreements are the administration's record, not
  // the sheet's status, as in the school's own workbooks (jobs/shared/school).
  if (workbook instanceof TwoWorkbooks) {
    const { admin } = workbook;
    return new TwoWorkbooks(overlay(admin, archive), () => {
      const teachers = workbook.teachers;
      return teachers === null ? null : overlay(teachers, archive);
    });
  }
  return overlay(workbook, archive);
}

function overlay(workbook: Workbook, archive: Workbook): Workbook {
  const from = (sheet: string): Workbook => {
    const key = sheetKeyOf(sheet, ALL_NAMES);
    return key !== undefined && ARCHIVED_KEYS.has(key) ? archive : workbook;
  };
  return {
    sheetNames: () => workbook.sheetNames(),
    read: (sheet) => from(sheet).read(sheet),
    readColumns: (sheet, first, count) => from(sheet).readColumns(sheet, first, count),
    readHeader: (sheet) => from(sheet).readHeader(sheet),
    lastRow: (sheet) => from(sheet).lastRow(sheet),
    readBlock: (sheet, row, rows, column, columns) =>
      from(sheet).readBlock(sheet, row, rows, column, columns),
    write: (sheet, row, rows, column) => workbook.write(sheet, row, rows, column),
    append: (sheet, rows) => workbook.append(sheet, rows),
    replaceBody: (sheet, rows) => workbook.replaceBody(sheet, rows),
    createSheet: (sheet) => workbook.createSheet(sheet),
    deleteRows: (sheet, row, count) => workbook.deleteRows(sheet, row, count),
    deleteSheet: (sheet) => workbook.deleteSheet(sheet),
    applyLayout: (sheet, layout) => workbook.applyLayout(sheet, layout),
    url: (sheet) => workbook.url(sheet),
    id: () => workbook.id(),
    access: () => workbook.access(),
    addEditors: (emails) => workbook.addEditors(emails),
    removeAccess: (emails) => workbook.removeAccess(emails),
    copySheetTo: (sheet, target) => workbook.copySheetTo(sheet, target),
    fileRole: () => workbook.fileRole(),
    markRole: (role) => workbook.markRole(role),
    timeZone: () => workbook.timeZone(),
    setTimeZone: (zone) => workbook.setTimeZone(zone),
  };
}
