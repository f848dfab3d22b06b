/**
 * Reading a sheet as a table: columns found by header text in any order and either language,
 * blank rows skipped, every row checked by its schema, every rejection kept as a located problem.
 * Sheet names and headers are compared by `nameKey`, so «E-mail», «Ф.И.О.» and «Ученики » read
 * as «Email», «ФИО» and «Ученики»; a header spelt close to a known one is reported, not ignored.
 */
import { distance } from 'fastest-levenshtein';
import type * as z from 'zod/mini';
import { type Cell, cellText, type Grid, isBlankRow, normalizeWord } from './cells';
import type { Problem } from './problems';
import type { Located } from './rows';
import { SHEET_KEYS, SHEETS, type SheetKey } from './sheets';
import type { DomainStrings, Names } from './words';

/** Where each known column of a sheet stands: column key → 0-based index. */
export type ColumnMap = ReadonlyMap<string, number>;

/**
 * A sheet name or header folded for matching: `normalizeWord` (case, «ё», spaces), then only
 * letters and digits kept, so hyphens, dots, brackets and spaces people vary do not count.
 */
export function nameKey(text: string): string {
  return normalizeWord(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** All the header texts that name a column of a sheet in any of `languages`, folded by `nameKey`. */
export function headerNames(
  sheet: SheetKey,
  column: string,
  languages: readonly Names[],
): string[] {
  const names = new Set<string>();
  for (const strings of languages) {
    const header = strings.sheets[sheet].columns[column];
    if (header !== undefined) names.add(nameKey(header));
    for (const alias of strings.headerAliases[sheet]?.[column] ?? []) names.add(nameKey(alias));
  }
  return [...names];
}

/** The names a sheet may have in the workbook, in any of `languages` (the current one first). */
export function sheetNames(sheet: SheetKey, strings: Names, languages: readonly Names[]): string[] {
  const names = [strings.sheets[sheet].name];
  for (const other of languages) {
    if (!names.includes(other.sheets[sheet].name)) names.push(other.sheets[sheet].name);
  }
  return names;
}

const sheetKeys = new WeakMap<readonly Names[], ReadonlyMap<string, SheetKey>>();

/**
 * The sheet a tab's name stands for, in either language and folded like headers («ученики»,
 * «Ученики », «Data problems»); undefined for the school's own sheets. The one lookup of sheet
 * names: `findSheet`, the runner's checks and a composite workbook routing sheets all use it.
 */
export function sheetKeyOf(name: string, languages: readonly Names[]): SheetKey | undefined {
  let keys = sheetKeys.get(languages);
  if (keys === undefined) {
    const map = new Map<string, SheetKey>();
    for (const strings of languages)
      for (const key of SHEET_KEYS) map.set(nameKey(strings.sheets[key].name), key);
    sheetKeys.set(languages, (keys = map));
  }
  return keys.get(nameKey(name));
}

/**
 * Finds each column of the sheet's spec in a header row. The first matching header wins; columns
 * the school added are simply not in the map, so they are kept as they are.
 */
export function matchHeaders(
  sheet: SheetKey,
  header: readonly Cell[],
  languages: readonly Names[],
): ColumnMap {
  const folded = header.map((h) => nameKey(cellText(h)));
  const map = new Map<string, number>();
  for (const column of SHEETS[sheet].columns) {
    const names = headerNames(sheet, column.key, languages);
    const index = folded.findIndex((h, i) => names.includes(h) && ![...map.values()].includes(i));
    if (index >= 0) map.set(column.key, index);
  }
  return map;
}

/** A header that names no column but is spelt close to one the row lacks: a likely typo. */
export interface CloseHeader {
  /** 0-based index of the header. */
  readonly index: number;
  /** The column it probably means. */
  readonly column: string;
}

/** How many typing slips a header of this folded length may hold and still be taken for a typo. */
const slips = (length: number): number => (length >= 10 ? 2 : length >= 5 ? 1 : 0);

/**
 * Headers of the row that match no column but are within a slip or two of a column the row
 * lacks («Emial родителя 1», «Клас»). Short names are not guessed at: «Тип» is not «ID».
 */
export function closeHeaders(
  sheet: SheetKey,
  header: readonly Cell[],
  columns: ColumnMap,
  languages: readonly Names[],
): CloseHeader[] {
  const taken = new Set(columns.values());
  const wanted = SHEETS[sheet].columns
    .filter((c) => !columns.has(c.key))
    .map((c) => ({ key: c.key, names: headerNames(sheet, c.key, languages) }));
  const found: CloseHeader[] = [];
  const claimed = new Set<string>();
  header.forEach((cell, index) => {
    const text = nameKey(cellText(cell));
    if (text === '' || taken.has(index)) return;
    let best: { key: string; d: number } | undefined;
    for (const { key, names } of wanted) {
      if (claimed.has(key)) continue;
      for (const name of names) {
        const d = distance(text, name);
        if (d > 0 && d <= slips(name.length) && (best === undefined || d < best.d))
          best = { key, d };
      }
    }
    if (best !== undefined) {
      claimed.add(best.key);
      found.push({ index, column: best.key });
    }
  });
  return found;
}

/** How far down a header row is looked for when row 1 is not one (a title, blank rows). */
const HEADER_SEARCH_ROWS = 10;

/** The 1-based row below row 1 that holds every required column, if any: the misplaced header. */
function headerRowBelow(
  sheet: SheetKey,
  grid: Grid,
  languages: readonly Names[],
): number | undefined {
  for (let r = 1; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const row = grid[r] ?? [];
    if (missingColumns(sheet, matchHeaders(sheet, row, languages)).length === 0) return r + 1;
  }
  return undefined;
}

/** Why a sheet cannot be read as a table at all, as located problems (row 1: the header row). */
function headerProblems(
  sheet: SheetKey,
  sheetName: string,
  grid: Grid,
  header: readonly Cell[],
  missing: readonly string[],
  close: readonly CloseHeader[],
  strings: DomainStrings,
  languages: readonly Names[],
): Problem[] {
  const label = (key: string): string => strings.sheets[sheet].columns[key] ?? key;
  const at = (column: string, value: string, reason: string): Problem => ({
    sheet: sheetName,
    row: 1,
    column,
    value,
    reason,
  });
  if (grid.every(isBlankRow)) {
    const required = SHEETS[sheet].columns.filter((c) => c.required).map((c) => label(c.key));
    return [{ ...at('', '', strings.readers.emptySheet(required.join(', '))), row: 0 }];
  }
  const below = headerRowBelow(sheet, grid, languages);
  if (below !== undefined) {
    const title = header.map(cellText).find((t) => t !== '') ?? '';
    return [at('', title, strings.readers.headerBelow(below))];
  }
  const lacking = missing.map((key) => {
    const like = close.find((c) => c.column === key);
    if (like === undefined) return at(label(key), '', strings.problems.missingColumn(label(key)));
    const text = cellText(header[like.index]);
    return at(text, text, strings.readers.missingColumnLike(label(key), text));
  });
  return [
    ...lacking,
    ...closeProblems(
      sheet,
      sheetName,
      header,
      close.filter((c) => !missing.includes(c.column)),
      strings,
    ),
  ];
}

/** The located problems of headers spelt close to a known column. */
function closeProblems(
  sheet: SheetKey,
  sheetName: string,
  header: readonly Cell[],
  close: readonly CloseHeader[],
  strings: DomainStrings,
): Problem[] {
  return close.map(({ index, column }) => {
    const text = cellText(header[index]);
    const known = strings.sheets[sheet].columns[column] ?? column;
    return {
      sheet: sheetName,
      row: 1,
      column: text,
      value: text,
      reason: strings.readers.closeHeader(text, known),
    };
  });
}

/** Required columns of the spec that the header row lacks. */
export function missingColumns(sheet: SheetKey, columns: ColumnMap): string[] {
  return SHEETS[sheet].columns.filter((c) => c.required && !columns.has(c.key)).map((c) => c.key);
}

/** A sheet read as typed rows, with the problems found on the way. */
export interface TableRead<T> {
  readonly sheetName: string;
  readonly columns: ColumnMap;
  readonly header: readonly Cell[];
  /** The raw grid as read, for jobs that write a column back without reading again. */
  readonly grid: Grid;
  readonly rows: readonly Located<T>[];
  readonly problems: readonly Problem[];
  /** False when a required column is missing: no row could be read. */
  readonly usable: boolean;
}

/**
 * Reads a grid (row 0 = headers) with a row schema. Rejected rows are left out and reported with
 * sheet, row, column, value and reason; blank rows are skipped silently.
 */
export function readTable<T>(
  sheet: SheetKey,
  sheetName: string,
  grid: Grid,
  schema: z.ZodMiniType<T, unknown>,
  strings: DomainStrings,
  languages: readonly Names[],
): TableRead<T> {
  const header = grid[0] ?? [];
  const columns = matchHeaders(sheet, header, languages);
  const missing = missingColumns(sheet, columns);
  const close = closeHeaders(sheet, header, columns, languages);
  if (missing.length > 0) {
    const problems = headerProblems(
      sheet,
      sheetName,
      grid,
      header,
      missing,
      close,
      strings,
      languages,
    );
    return { sheetName, columns, header, grid, rows: [], problems, usable: false };
  }
  const problems = closeProblems(sheet, sheetName, header, close, strings);
  const rows: Located<T>[] = [];
  const headerText = (key: string): string => cellText(header[columns.get(key) ?? -1]);
  for (let i = 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (isBlankRow(cells)) continue;
    const raw: Record<string, Cell> = {};
    for (const [key, index] of columns) raw[key] = cells[index] ?? '';
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      rows.push({ row: i + 1, value: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      problems.push({
        sheet: sheetName,
        row: i + 1,
        column: headerText(key),
        value: cellText(raw[key]),
        reason: issue.message,
      });
    }
  }
  return { sheetName, columns, header, grid, rows, problems, usable: true };
}
