/**
 * Sheets the add-on writes itself (outbox, problems, publications, …): found in either language,
 * created with their headers when absent, repaired when a column is missing, read in one call.
 */
import { type Cell } from '../../domain/cells';
import { SHEETS, type SheetKey } from '../../domain/sheets';
import { type ColumnMap, matchHeaders } from '../../domain/table';
import { ALL_NAMES, type Strings } from '../../i18n';
import type { Workbook } from '../../ports/workbook';
import { readSheetOf } from './school';

/** A system sheet as read: name, where each column stands, and its rows (row 0 = header). */
export interface SystemSheet {
  readonly name: string;
  readonly columns: ColumnMap;
  readonly width: number;
  readonly grid: Cell[][];
}

/** Opens (creating or repairing as needed) a system sheet and reads it whole. */
export function openSystemSheet(workbook: Workbook, key: SheetKey, strings: Strings): SystemSheet {
  const titles = (keys: readonly string[]): string[] =>
    keys.map((k) => strings.sheets[key].columns[k] ?? k);
  const existing = readSheetOf(workbook, key, strings);
  let name = existing?.name;
  let grid = existing?.grid ?? null;
  if (name === undefined || grid === null || grid.length === 0) {
    name ??= strings.sheets[key].name;
    if (existing === undefined) workbook.createSheet(name);
    const header = titles(SHEETS[key].columns.map((c) => c.key));
    workbook.write(name, 1, [header]);
    grid = [header];
  }
  const found = matchHeaders(key, grid[0] ?? [], ALL_NAMES);
  const missing = SHEETS[key].columns.filter((c) => !found.has(c.key)).map((c) => c.key);
  if (missing.length > 0) {
    // A damaged header: add what is missing after the last column, as setup would.
    const header = [...(grid[0] ?? [])];
    const added = titles(missing);
    workbook.write(name, 1, [added], header.length + 1);
    grid = grid.map((row, i) =>
      i === 0 ? [...header, ...added] : [...row, ...added.map(() => '')],
    );
  }
  const columns = matchHeaders(key, grid[0] ?? [], ALL_NAMES);
  const width = Math.max(grid[0]?.length ?? 0, ...[...columns.values()].map((i) => i + 1));
  return { name, columns, width, grid };
}

/** A blank row of the sheet's width with the given column values in place. */
export function systemRow(sheet: SystemSheet, values: Readonly<Record<string, Cell>>): Cell[] {
  const row: Cell[] = new Array<Cell>(sheet.width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const index = sheet.columns.get(key);
    if (index !== undefined) row[index] = value;
  }
  return row;
}

/** A cell of a system-sheet row by column key. */
export function systemCell(sheet: SystemSheet, row: readonly Cell[], key: string): Cell {
  return row[sheet.columns.get(key) ?? -1] ?? '';
}
