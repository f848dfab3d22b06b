/**
 * Which columns held times when a workbook was loaded. A time becomes a bare fraction of a day in
 * the MemoryWorkbook (that is what the parsers read), so without this memory a load → save run
 * would turn every «09:00» the school typed into «0,375».
 */
import type { MemoryWorkbook } from '../memory/workbook';

/** 1-based column numbers by sheet name. */
export type TimeColumns = ReadonlyMap<string, ReadonlySet<number>>;

// A WeakMap keeps the port and MemoryWorkbook free of file-format details and lets a workbook
// built in memory (no file behind it) simply have no entry.
const loaded = new WeakMap<MemoryWorkbook, TimeColumns>();

/** Records the time columns found while loading `workbook`. */
export function rememberTimeColumns(workbook: MemoryWorkbook, columns: TimeColumns): void {
  loaded.set(workbook, columns);
}

/** The time columns found when `workbook` was loaded (none for a workbook built in memory). */
export function timeColumnsOf(workbook: MemoryWorkbook, sheet: string): ReadonlySet<number> {
  return loaded.get(workbook)?.get(sheet) ?? new Set();
}
