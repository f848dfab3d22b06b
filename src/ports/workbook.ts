import type { Cell, Grid } from '../domain/cells';

/** How setup wants a column to look: a drop-down, a number format, both or neither. */
export interface ColumnLayout {
  /** 1-based column. */
  readonly column: number;
  /** Values for a drop-down list (invalid entries are allowed but marked). */
  readonly dropdown?: readonly string[];
  /** A drop-down fed by another sheet's column (1-based), e.g. the classes list. */
  readonly dropdownFrom?: { readonly sheet: string; readonly column: number };
  readonly format?: 'date' | 'time' | 'datetime' | 'text';
}

/**
 * A real protection (not warning-only): only `editors` (the administrators) and the file's owner
 * may change the protected cells; domain-wide editing is off.
 */
export interface ProtectionLayout {
  /** What the protection says to someone who tries to edit. */
  readonly note: string;
  readonly editors: readonly string[];
  /** 1-based columns to protect instead of the whole sheet (e.g. a stamp column the add-on writes). */
  readonly columns?: readonly number[];
}

/** A block of cells: 1-based first row and column, and its size. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A chart of stacked horizontal bars over cells of the sheet: the first block names the bars, the
 * others hold one series per column, each block's first row naming its series.
 */
export interface ChartLayout {
  readonly title: string;
  readonly ranges: readonly CellBlock[];
  /** One colour per series. */
  readonly colors: readonly string[];
  /** The cell under the chart's top left corner. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** In pixels. */
  readonly width: number;
  readonly height: number;
}

/** How a cell a conditional format matches looks. */
export interface CellStyle {
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
}

/** A point of a colour scale: a number and its colour; between points colours are blended. */
export interface ScalePoint {
  readonly value: number;
  readonly color: string;
}

/** Conditional formatting as data: a colour scale, or a style for numbers above a value or any content. */
export type ConditionalFormat =
  | {
      readonly kind: 'scale';
      readonly ranges: readonly CellBlock[];
      readonly points: readonly [ScalePoint, ScalePoint, ScalePoint];
    }
  | {
      readonly kind: 'greaterThan';
      readonly ranges: readonly CellBlock[];
      readonly value: number;
      readonly style: CellStyle;
    }
  | { readonly kind: 'notEmpty'; readonly ranges: readonly CellBlock[]; readonly style: CellStyle };

/** How setup wants a whole sheet to look. */
export interface SheetLayout {
  readonly frozenRows: number;
  readonly columns: readonly ColumnLayout[];
  /** Protect the sheet (or some of its columns) so that only administrators can change it. */
  readonly protection?: ProtectionLayout;
  /** Notes for header cells, by 1-based column. */
  readonly headerNotes?: ReadonlyMap<number, string>;
  /** Widths in pixels of the first columns, in order (long labels are not cut by the next cell). */
  readonly columnWidths?: readonly number[];
  /** The sheet's charts; when given they replace every chart on it (a sheet the add-on owns). */
  readonly charts?: readonly ChartLayout[];
  /** The sheet's conditional formats, first match wins; when given they replace every rule on it. */
  readonly conditionalFormats?: readonly ConditionalFormat[];
}

/** The kinds of file the add-on marks. */
export type FileRole = 'teachers';

/** Who can open and change a file (lower-case addresses; the owner is not repeated in the lists). */
export interface FileAccess {
  /** '' when the platform does not tell (a shared drive, another domain). */
  readonly owner: string;
  readonly editors: readonly string[];
  readonly viewers: readonly string[];
}

/**
 * The school spreadsheet, table by table. Each method is one batched service round trip in Apps
 * Script (one getValues or one setValues), so a job that reads a table twice is visible here.
 */
export interface Workbook {
  /** Names of all sheets in tab order. */
  sheetNames(): string[];
  /** The sheet's data rectangle (row 0 = header row), or null when the sheet does not exist. */
  read(sheet: string): Grid | null;
  /**
   * Columns `firstColumn`…`firstColumn + count - 1` (1-based) of every row down to the last row
   * with data, header included: a narrow re-read of a sheet already read whole.
   */
  readColumns(sheet: string, firstColumn: number, count: number): Grid | null;
  /** The header row only (cheap on a long journal), or null when the sheet does not exist. */
  readHeader(sheet: string): Cell[] | null;
  /**
   * The last row that may hold data (1-based; 0 for an empty sheet), null when the sheet does not
   * exist. An upper bound is allowed (the Sheets API knows the grid's size, not the last row
   * typed in): a scan from the bottom skips the blank rows. Week-scoped reads start here.
   */
  lastRow(sheet: string): number | null;
  /**
   * Rows `firstRow`…`firstRow + rowCount - 1` of columns `firstColumn`…`firstColumn + columnCount
   * - 1` (all 1-based), padded with '' to the full rectangle: a block of a long sheet (one week of
   * the journal, a stretch of its date column). Rows past the end come back blank.
   */
  readBlock(
    sheet: string,
    firstRow: number,
    rowCount: number,
    firstColumn: number,
    columnCount: number,
  ): Grid | null;
  /**
   * Writes a rectangle at 1-based `startRow`/`startColumn`, growing the sheet when needed. Text
   * that would become a formula is stored as text.
   */
  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn?: number,
  ): void;
  /** Appends rows after the last row that holds data. */
  append(sheet: string, rows: readonly (readonly Cell[])[]): void;
  /** Clears every row below the header and writes `rows` there (lists the add-on owns). */
  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void;
  /** Creates an empty sheet at the end of the tab list. */
  createSheet(sheet: string): void;
  /** Deletes `count` rows from 1-based `startRow` (the oldest rows of a log the add-on owns). */
  deleteRows(sheet: string, startRow: number, count: number): void;
  /** Deletes a sheet (only the add-on's own, such as old reports). */
  deleteSheet(sheet: string): void;
  /** Applies drop-downs, formats, frozen rows and protection. */
  applyLayout(sheet: string, layout: SheetLayout): void;
  /**
   * The address of the file that holds `sheet` (the file itself without one), for links in
   * letters: a school with two workbooks keeps the journal in the teachers' file.
   */
  url(sheet?: string): string;
  /** The file's id (Drive id in Apps Script, a name in memory). */
  id(): string;
  /** Who can open and change the file. */
  access(): FileAccess;
  /** Lets these people edit the file (the staff, in the teachers' workbook). */
  addEditors(emails: readonly string[]): void;
  /** Takes away every access these people have to the file (edit and view). */
  removeAccess(emails: readonly string[]): void;
  /**
   * Copies a whole sheet — values, formulas, formats, notes — into another file under the same
   * name (setup moves the teachers' sheets out of the administration workbook with it).
   */
  copySheetTo(sheet: string, target: Workbook): void;
  /**
   * What the add-on made this file for, as marked by setup ('teachers' for the teachers'
   * workbook), or null: the add-on refuses to run its menu in the teachers' workbook.
   */
  fileRole(): FileRole | null;
  /** Marks the file (setup marks the teachers' workbook). */
  markRole(role: FileRole): void;
  /** The spreadsheet's own time zone setting. */
  timeZone(): string;
  /** Sets the spreadsheet's time zone (setup pins it to the school's). */
  setTimeZone(timeZone: string): void;
}

/** Spreadsheets besides the one the add-on runs in: the teachers' workbook (SpreadsheetApp). */
export interface Files {
  /** A new spreadsheet, private to the user running the add-on. */
  create(name: string): Workbook;
  /** The spreadsheet with this id or address; null when it is gone or this user may not open it. */
  open(idOrUrl: string): Workbook | null;
}
