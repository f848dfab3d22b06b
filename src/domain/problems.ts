/** A data problem, located for the person who has to fix it (DESIGN §3 «Проблемы данных»). */
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

/** Orders problems by sheet, row and column, so that the list reads like the workbook. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column.localeCompare(b.column),
  );
}
