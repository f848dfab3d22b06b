/**
 * Writes a MemoryWorkbook to an .xlsx file the school can open in Excel or import into Sheets:
 * values as they are, dates as the school's wall clock, the header row bold and frozen, and the
 * drop-downs setup asked for.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

import { type DataValidation, type Worksheet, Workbook as ExcelWorkbook } from 'exceljs';

import type { Zone } from '../../domain/calendar';
import { type Cell, type Grid, isDateValue } from '../../domain/cells';
import type { ColumnLayout, SheetLayout } from '../../ports/workbook';
import type { MemoryWorkbook } from '../memory/workbook';
import { XlsxFileError } from './errors';
import { timeColumnsOf } from './time-columns';
import { wallClockOf } from './wall-clock';

const DATE_FORMAT = 'dd.mm.yyyy';
const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm';
const TIME_FORMAT = 'hh:mm';
const TEXT_FORMAT = '@';
/** Number formats a column gets for what people type into it later. */
const COLUMN_FORMATS: Record<NonNullable<ColumnLayout['format']>, string> = {
  date: DATE_FORMAT,
  time: TIME_FORMAT,
  datetime: DATE_TIME_FORMAT,
  text: TEXT_FORMAT,
};
/** Text Excel would take for a formula if someone edited the cell and pressed Enter. */
const FORMULA_START = /^[=+\-@]/;
/** Drop-downs reach at least this row, as the Sheets adapter's do. */
const VALIDATED_ROWS = 1000;
/** Excel rejects an inline list (`"a,b,c"`) longer than this. */
const INLINE_LIST_LIMIT = 255;
/** Excel's limit on sheet names (Sheets allows 100). */
const SHEET_NAME_LIMIT = 31;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * Writes every sheet of `workbook`, in tab order, to the xlsx file at `path` (its folder is
 * created). The file appears whole or not at all: it is written beside and then renamed.
 *
 * @param workbook the workbook to save; its layouts give drop-downs, formats and frozen rows
 * @param path the .xlsx file to create or replace
 * @param zone the school's time zone: dates are written as its wall-clock readings
 * @throws XlsxFileError when a sheet name is not valid in Excel or the file cannot be written
 */
export async function saveXlsx(workbook: MemoryWorkbook, path: string, zone: Zone): Promise<void> {
  const names = workbook.sheetNames();
  // Excel declares a workbook without sheets corrupt.
  if (names.length === 0) {
    throw new XlsxFileError(`Cannot save "${path}": the workbook has no sheets.`, 'write');
  }
  const book = new ExcelWorkbook();
  for (const name of names) {
    const grid = workbook.peek(name);
    const layout = workbook.layouts.get(name);
    const sheet = addSheet(book, name, path);
    const timeColumns = new Set(timeColumnsOf(workbook, name));
    for (const column of layout?.columns ?? []) {
      if (column.format === 'time') timeColumns.add(column.column);
    }
    writeGrid(sheet, grid, zone, timeColumns);
    styleHeader(sheet, grid, layout?.frozenRows ?? 1, zone);
    if (layout) applyLayout(sheet, layout, grid.length, workbook);
  }
  await writeBook(book, path);
}

function addSheet(book: ExcelWorkbook, name: string, path: string): Worksheet {
  // exceljs would cut a long name with only a console warning, and the next load would not find
  // the sheet under its own name.
  if (name.length > SHEET_NAME_LIMIT) {
    throw new XlsxFileError(
      `Cannot save "${path}": sheet name "${name}" is longer than ${SHEET_NAME_LIMIT} characters, the Excel limit.`,
      'write',
    );
  }
  try {
    return book.addWorksheet(name);
  } catch (error) {
    throw new XlsxFileError(`Cannot save "${path}": ${errorText(error)}`, 'write', error);
  }
}

async function writeBook(book: ExcelWorkbook, path: string): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await book.xlsx.writeFile(partial);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw new XlsxFileError(`Cannot write workbook "${path}": ${errorText(error)}`, 'write', error);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeGrid(
  sheet: Worksheet,
  grid: Grid,
  zone: Zone,
  timeColumns: ReadonlySet<number>,
): void {
  grid.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null || value === '') return;
      const written = excelValue(value, zone, r > 0 && timeColumns.has(c + 1));
      if (written.value === '') return;
      const cell = row.getCell(c + 1);
      // Only `{ formula }` objects become formulas in exceljs, so a string is always stored as
      // text; the '@' format keeps it text when someone edits the cell in Excel later.
      cell.value = written.value;
      if (written.numFmt !== undefined) cell.numFmt = written.numFmt;
    });
  });
}

/** A value as exceljs should store it, with the number format it needs (if any). */
function excelValue(
  value: Exclude<Cell, null>,
  zone: Zone,
  inTimeColumn: boolean,
): { value: string | number | boolean | Date; numFmt?: string } {
  if (typeof value === 'string') {
    return FORMULA_START.test(value) ? { value, numFmt: TEXT_FORMAT } : { value };
  }
  if (typeof value === 'number') {
    // NaN and Infinity have no xlsx form; exceljs would write a file Excel refuses to open.
    if (!Number.isFinite(value)) return { value: String(value) };
    if (inTimeColumn && value >= 0 && value < 1) return { value, numFmt: TIME_FORMAT };
    return { value };
  }
  if (typeof value === 'boolean') return { value };
  if (isDateValue(value)) {
    // A new Date of this realm as well: exceljs tests `instanceof Date` and would store a Date
    // from another realm as JSON text.
    const clock = wallClockOf(value, zone);
    if (!clock) return { value: '' };
    return { value: clock.wall, numFmt: clock.midnight ? DATE_FORMAT : DATE_TIME_FORMAT };
  }
  return { value: String(value) };
}

function styleHeader(sheet: Worksheet, grid: Grid, frozenRows: number, zone: Zone): void {
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
  });
  if (frozenRows > 0) sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: frozenRows }];
  const width = grid[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let longest = 0;
    for (const row of grid) longest = Math.max(longest, displayLength(row[c] ?? '', zone));
    // +2 for the filter arrow / padding; bold header text is a little wider than body text.
    sheet.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  }
}

/** Roughly how many characters Excel shows for a value, to size its column. */
function displayLength(value: Cell, zone: Zone): number {
  if (value === null) return 0;
  if (isDateValue(value))
    return (wallClockOf(value, zone)?.midnight ? DATE_FORMAT : DATE_TIME_FORMAT).length;
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length));
  return String(value).length;
}

/** The part of the exceljs worksheet API its typings leave out: validations over a range. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
}

function applyLayout(
  sheet: Worksheet,
  layout: SheetLayout,
  rows: number,
  workbook: MemoryWorkbook,
): void {
  // Ranged validations: setting `cell.dataValidation` row by row would create a thousand empty
  // cells per column, and the file would grow and read back with those rows.
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  const lastRow = Math.max(VALIDATED_ROWS, rows + VALIDATED_ROWS);
  for (const column of layout.columns) {
    const letter = columnLetter(column.column);
    const formula = listFormula(column, workbook);
    if (formula !== null) {
      validations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        // Like the Sheets drop-downs: an entry outside the list is allowed but questioned.
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    }
    if (column.format !== undefined) {
      // The column's own style, not the cells': existing values keep the formats written above,
      // and only what people type later takes this one.
      const target = sheet.getColumn(column.column);
      target.style = { ...target.style, numFmt: COLUMN_FORMATS[column.format] };
    }
  }
  for (const [column, note] of layout.headerNotes ?? []) sheet.getCell(1, column).note = note;
  // `protectedNote` is not carried over: Excel protection locks cells outright, while the Sheets
  // one only warns, and admins must still be able to fix a status.
}

/** The list validation formula for a column, or null when it has none or Excel cannot hold it. */
function listFormula(column: ColumnLayout, workbook: MemoryWorkbook): string | null {
  if (column.dropdownFrom) {
    const { sheet, column: from } = column.dropdownFrom;
    const letter = columnLetter(from);
    // Exactly the rows that hold the list: Excel shows blank cells of a longer range as blank
    // choices.
    const last = Math.max(2, workbook.peek(sheet).length);
    return `'${sheet.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${last}`;
  }
  if (column.dropdown && column.dropdown.length > 0) {
    // An inline list is comma-separated with no escape for commas, and limited in length; such a
    // list is left without a drop-down rather than written wrong (the data checks still apply).
    if (column.dropdown.some((item) => item.includes(','))) return null;
    const list = column.dropdown.join(',');
    if (list.length > INLINE_LIST_LIMIT) return null;
    return `"${list.replace(/"/g, '""')}"`;
  }
  return null;
}

/** `A`, `B`, … `Z`, `AA` for a 1-based column. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
