import { SHEET_KEYS } from './sheets';
import { sheetKeyOf } from './table';
import type { Names } from './words';

/** A data problem, located for the person who has to fix it (docs/contracts.md «Workbook» «Проблемы данных»). */
export interface Problem {
  /** The sheet's name as it stands in the workbook. */
  readonly sheet: string;
  /** 1-based sheet row; 1 is the header row, 0 for a problem of the whole sheet. */
  readonly row: number;
  /** The column's header as it stands in the sheet ('' for a whole row or sheet). */
  readonly column: string;
  /** The offending value as text. */
  readonly value: string;
  readonly reason: string;
}

/**
 * Orders problems by sheet in tab order (the school's own sheets after the add-on's, by name),
 * then row and column, so that the list reads like the workbook and «see above» is above.
 */
export function sortProblems(problems: readonly Problem[], languages: readonly Names[]): Problem[] {
  const tabs = new Map<string, number>();
  const tab = (sheet: string): number => {
    let index = tabs.get(sheet);
    if (index === undefined) {
      const key = sheetKeyOf(sheet, languages);
      index = key === undefined ? SHEET_KEYS.length : SHEET_KEYS.indexOf(key);
      tabs.set(sheet, index);
    }
    return index;
  };
  return [...problems].sort(
    (a, b) =>
      tab(a.sheet) - tab(b.sheet) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.column.localeCompare(b.column),
  );
}
