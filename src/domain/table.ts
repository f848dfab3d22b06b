/**
 * Reading a sheet as a table: columns found by header text in any order and either language,
 * blank rows skipped, every row checked by its schema, every rejection kept as a located problem.
 */
import type * as z from 'zod/mini';
import { ALL_STRINGS, type Strings } from '../i18n';
import { type Cell, cellText, type Grid, isBlankRow, normalizeWord } from './cells';
import type { Problem } from './problems';
import type { Located } from './rows';
import { SHEETS, type SheetKey } from './sheets';

/** Where each known column of a sheet stands: column key → 0-based index. */
export type ColumnMap = ReadonlyMap<string, number>;

/** All the header texts that name a column of a sheet, folded by `normalizeWord`. */
export function headerNames(sheet: SheetKey, column: string): string[] {
  const names = new Set<string>();
  for (const strings of ALL_STRINGS) {
    const header = strings.sheets[sheet].columns[column];
    if (header !== undefined) names.add(normalizeWord(header));
    for (const alias of strings.headerAliases[sheet]?.[column] ?? [])
      names.add(normalizeWord(alias));
  }
  return [...names];
}

/** The names a sheet may have in the workbook, in either language (the current one first). */
export function sheetNames(sheet: SheetKey, strings: Strings): string[] {
  const names = [strings.sheets[sheet].name];
  for (const other of ALL_STRINGS) {
    if (!names.includes(other.sheets[sheet].name)) names.push(other.sheets[sheet].name);
  }
  return names;
}

/** The sheet key a sheet's name stands for, in either language; undefined for other sheets. */
export function sheetKeyOf(name: string): SheetKey | undefined {
  const folded = normalizeWord(name);
  for (const strings of ALL_STRINGS) {
    for (const key of Object.keys(SHEETS) as SheetKey[])
      if (normalizeWord(strings.sheets[key].name) === folded) return key;
  }
  return undefined;
}

/**
 * Finds each column of the sheet's spec in a header row. The first matching header wins; columns
 * the school added are simply not in the map, so they are kept as they are.
 */
export function matchHeaders(sheet: SheetKey, header: readonly Cell[]): ColumnMap {
  const folded = header.map((h) => normalizeWord(cellText(h)));
  const map = new Map<string, number>();
  for (const column of SHEETS[sheet].columns) {
    const names = headerNames(sheet, column.key);
    const index = folded.findIndex((h, i) => names.includes(h) && ![...map.values()].includes(i));
    if (index >= 0) map.set(column.key, index);
  }
  return map;
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
  strings: Strings,
): TableRead<T> {
  const header = grid[0] ?? [];
  const columns = matchHeaders(sheet, header);
  const missing = missingColumns(sheet, columns);
  if (missing.length > 0) {
    const problems = missing.map((key) => ({
      sheet: sheetName,
      row: 1,
      column: strings.sheets[sheet].columns[key] ?? key,
      value: '',
      reason: strings.problems.missingColumn(strings.sheets[sheet].columns[key] ?? key),
    }));
    return { sheetName, columns, header, grid, rows: [], problems, usable: false };
  }
  const rows: Located<T>[] = [];
  const problems: Problem[] = [];
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
