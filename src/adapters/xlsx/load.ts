/**
 * Reads an .xlsx export of the school workbook into a MemoryWorkbook for the local runner, with
 * cells as the Sheets adapter would return them: plain values, dates as instants.
 */
import { readFile, stat } from 'node:fs/promises';

import { type Worksheet, ValueType, Workbook as ExcelWorkbook } from 'exceljs';

import type { Zone } from '../../domain/calendar';
import { type Cell, type Grid, isDateValue } from '../../domain/cells';
import { MemoryWorkbook } from '../memory/workbook';
import { type XlsxProblem, XlsxFileError } from './errors';
import { rememberTimeColumns } from './time-columns';
import { cellFromWallClock } from './wall-clock';

/**
 * Reads every worksheet of the xlsx file at `path`, in tab order, into a MemoryWorkbook whose time
 * zone is `zone`. Formulas give their cached results; a time of day gives a fraction of a day.
 *
 * @param path the .xlsx file
 * @param zone the school's time zone: the file's wall-clock readings are taken to be in it
 * @return the workbook, with zeroed counters
 * @throws XlsxFileError when the file is missing or is not an xlsx workbook (its `kind` says why)
 */
export async function loadXlsx(path: string, zone: Zone): Promise<MemoryWorkbook> {
  const book = await readBook(path);
  const workbook = new MemoryWorkbook({}, zone.id);
  const timeColumns = new Map<string, Set<number>>();
  // Sheets are added one by one rather than through the constructor's record: a record would put
  // sheets named like numbers («11», «2026») first, and tab order matters to people.
  for (const sheet of book.worksheets) {
    const { grid, times } = readSheet(sheet, zone);
    workbook.createSheet(sheet.name);
    if (grid.length > 0) workbook.write(sheet.name, 1, grid);
    if (times.size > 0) timeColumns.set(sheet.name, times);
  }
  // Loading is not a job's work: counters start at zero as for a freshly opened spreadsheet.
  Object.assign(workbook.counters, { reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 });
  rememberTimeColumns(workbook, timeColumns);
  return workbook;
}

async function readBook(path: string): Promise<ExcelWorkbook> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new XlsxFileError(`Workbook "${path}" is not a file.`, 'notFile');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    throw new XlsxFileError(`Workbook file "${path}" not found.`, 'notFound', error);
  }
  const kind = notXlsx(bytes);
  if (kind !== undefined)
    throw new XlsxFileError(`Workbook "${path}" is not an xlsx file (${kind}).`, kind);
  const book = new ExcelWorkbook();
  try {
    // exceljs types its Buffer before @types/node made Buffer generic: the same object.
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    // A zip that exceljs cannot take apart: cut short by a download, or damaged.
    throw new XlsxFileError(
      `Workbook "${path}" is not an xlsx file (${errorText(error)}).`,
      'damaged',
      error,
    );
  }
  // A zip that is not a spreadsheet (a .docx, a zipped folder) reads as a workbook without sheets.
  if (book.worksheets.length === 0) {
    throw new XlsxFileError(
      `Workbook "${path}" is not an xlsx file: it holds no worksheets.`,
      'notXlsx',
    );
  }
  return book;
}

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
/** The signature of an OLE compound file: an .xls, or an xlsx encrypted with a password. */
const COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps the workbook in (MS-OFFCRYPTO 2.3.4.4), as UTF-16. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Why the bytes are no xlsx, judged by their first bytes; undefined for a zip (maybe an xlsx). */
function notXlsx(bytes: Buffer): XlsxProblem | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 4).equals(ZIP)) return undefined;
  if (bytes.subarray(0, 8).equals(COMPOUND))
    return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  const head = bytes.subarray(0, 4096);
  // Text (a CSV saved under another name) has no control bytes besides tabs and line ends.
  const text = !head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
  return text ? 'text' : 'notXlsx';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A sheet's cells as a padded rectangle, and the 1-based columns that held times of day. */
function readSheet(sheet: Worksheet, zone: Zone): { grid: Grid; times: Set<number> } {
  const rows: Cell[][] = [];
  const times = new Set<number>();
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // Sheets returns '' for every cell of a merge but the top-left one; exceljs repeats the value.
      if (cell.type === ValueType.Merge) return;
      const value = plainValue(cell.value, zone);
      if (typeof value === 'number' && isDateValue(cell.value)) times.add(columnNumber);
      values[columnNumber - 1] = value;
    });
    width = Math.max(width, values.length);
    rows[rowNumber - 1] = values;
  });
  // eachRow and eachCell skip empty rows and cells: fill the holes so the grid is a rectangle.
  const grid: Grid = [];
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r] ?? [];
    const row: Cell[] = [];
    for (let c = 0; c < width; c++) row.push(source[c] ?? '');
    grid.push(row);
  }
  return { grid, times };
}

/**
 * One exceljs cell value as the plain value Sheets' getValues would give. Typed `unknown` because
 * exceljs's CellValue union does not list what a file may really hold (rich link text, say).
 */
function plainValue(value: unknown, zone: Zone): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (isDateValue(value)) return cellFromWallClock(value, zone);
  if (typeof value !== 'object') return '';
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) return textOf((value as { text?: unknown }).text);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? '' : plainValue(result, zone);
  }
  if ('error' in value && typeof value.error === 'string') return value.error;
  return '';
}

/** Hyperlink text is a string, or rich text when the link text carries formatting. */
function textOf(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text !== null && typeof text === 'object' && 'richText' in text) return richText(text);
  return typeof text === 'number' || typeof text === 'boolean' ? String(text) : '';
}

function richText(value: { richText?: unknown }): string {
  const runs = Array.isArray(value.richText) ? (value.richText as { text?: unknown }[]) : [];
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
}
