import { type Cell, type Grid, wouldNotStayText } from '../../domain/cells';
import type { SheetLayout, Workbook } from '../../ports/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NUMBER_FORMATS = {
  date: 'dd.mm.yyyy',
  time: 'hh:mm',
  datetime: 'dd.mm.yyyy hh:mm',
  text: '@',
} as const;

/**
 * The Workbook port over SpreadsheetApp. Every table is read with one getValues and written with
 * one setValues. A sheet is looked up by name once per execution (one call); the whole list of
 * names costs a call per sheet, so it is read only when asked for.
 */
export class GasWorkbook implements Workbook {
  /** Sheets looked up so far by name (null: not there). */
  private readonly byName = new Map<string, Sheet | null>();
  /** Every sheet's name in tab order, once listed. */
  private listed: string[] | undefined;

  private active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  private readonly sizes = new Map<string, { rows: number; columns: number }>();

  /** Takes the spreadsheet lazily: an idle hourly run never touches it. */
  constructor(private readonly open: () => GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return (this.active ??= this.open());
  }

  sheetNames(): string[] {
    if (this.listed === undefined) {
      const sheets = this.spreadsheet.getSheets();
      this.listed = sheets.map((s) => s.getName());
      this.byName.clear();
      sheets.forEach((s, i) => this.byName.set(this.listed![i]!, s));
    }
    return [...this.listed];
  }

  read(sheet: string): Grid | null {
    const found = this.find(sheet);
    return found ? (found.getDataRange().getValues() as Grid) : null;
  }

  readColumns(sheet: string, firstColumn: number, count: number): Grid | null {
    const found = this.find(sheet);
    if (!found) return null;
    const lastRow = found.getLastRow();
    return lastRow === 0
      ? []
      : (found.getRange(1, firstColumn, lastRow, count).getValues() as Grid);
  }

  readHeader(sheet: string): Cell[] | null {
    const found = this.find(sheet);
    if (!found) return null;
    const width = found.getLastColumn();
    return width === 0 ? [] : (found.getRange(1, 1, 1, width).getValues()[0] as Cell[]);
  }

  /**
   * Writes with one setValues. Sheets reads what it is given as a person's typing, by the
   * spreadsheet's locale: text that would become a formula, a number, a date or a time
   * (`wouldNotStayText`) gets a leading apostrophe, which stores it as the text it is. A cell
   * formatted as plain text («@») already keeps text as it is and would keep the apostrophe too,
   * so the range's formats are read first, and only when such text is there to write.
   */
  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn = 1,
  ): void {
    if (rows.length === 0) return;
    const target = this.sheetOrThrow(sheet);
    const width = Math.max(...rows.map((r) => r.length));
    if (width === 0) return;
    const grid = rows.map((r) =>
      r.length === width ? [...r] : [...r, ...new Array<Cell>(width - r.length).fill('')],
    );
    this.ensureSize(sheet, target, startRow + rows.length - 1, startColumn + width - 1);
    const range = target.getRange(startRow, startColumn, grid.length, width);
    const risky = (cell: Cell): cell is string =>
      typeof cell === 'string' && wouldNotStayText(cell);
    if (grid.some((row) => row.some(risky))) {
      const formats = range.getNumberFormats();
      grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (risky(cell) && formats[r]?.[c] !== '@') row[c] = `'${cell}`;
        }),
      );
    }
    range.setValues(grid);
  }

  /**
   * Grows the sheet when a write would pass its edge (getRange beyond it throws). The size seen
   * is remembered: a sheet only grows, so a remembered size that suffices needs no call, and one
   * that does not is checked afresh before inserting (another execution may have grown it).
   */
  private ensureSize(name: string, target: Sheet, lastRow: number, lastColumn: number): void {
    const known = this.sizes.get(name);
    if (known && known.rows >= lastRow && known.columns >= lastColumn) return;
    let rows = target.getMaxRows();
    let columns = target.getMaxColumns();
    if (lastRow > rows) {
      target.insertRowsAfter(rows, lastRow - rows);
      rows = lastRow;
    }
    if (lastColumn > columns) {
      target.insertColumnsAfter(columns, lastColumn - columns);
      columns = lastColumn;
    }
    this.sizes.set(name, { rows, columns });
  }

  append(sheet: string, rows: readonly (readonly Cell[])[]): void {
    this.write(sheet, this.sheetOrThrow(sheet).getLastRow() + 1, rows);
  }

  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void {
    const target = this.sheetOrThrow(sheet);
    const lastRow = target.getLastRow();
    const lastColumn = target.getLastColumn();
    if (lastRow > 1 && lastColumn > 0)
      target.getRange(2, 1, lastRow - 1, lastColumn).clearContent();
    this.write(sheet, 2, rows);
  }

  createSheet(sheet: string): void {
    const created = this.spreadsheet.insertSheet(sheet, this.spreadsheet.getNumSheets());
    this.byName.set(sheet, created);
    this.listed?.push(sheet);
  }

  deleteRows(sheet: string, startRow: number, count: number): void {
    if (count <= 0) return;
    this.sheetOrThrow(sheet).deleteRows(startRow, count);
    const known = this.sizes.get(sheet);
    if (known) this.sizes.set(sheet, { ...known, rows: known.rows - count });
  }

  deleteSheet(sheet: string): void {
    const found = this.find(sheet);
    if (!found) return;
    this.spreadsheet.deleteSheet(found);
    this.byName.set(sheet, null);
    if (this.listed) this.listed = this.listed.filter((name) => name !== sheet);
    this.sizes.delete(sheet);
  }

  applyLayout(sheet: string, layout: SheetLayout): void {
    const target = this.sheetOrThrow(sheet);
    target.setFrozenRows(layout.frozenRows);
    const bodyRows = Math.max(target.getMaxRows() - 1, 1);
    const lastColumn = target.getLastColumn();
    if (lastColumn > 0) target.getRange(1, 1, 1, lastColumn).setFontWeight('bold');
    for (const column of layout.columns) {
      const range = target.getRange(2, column.column, bodyRows, 1);
      if (column.format !== undefined) range.setNumberFormat(NUMBER_FORMATS[column.format]);
      let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
      if (column.dropdown !== undefined) {
        rule = SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.dropdown], true)
          .setAllowInvalid(true)
          .build();
      } else if (column.dropdownFrom !== undefined) {
        const source = this.sheetOrThrow(column.dropdownFrom.sheet);
        rule = SpreadsheetApp.newDataValidation()
          .requireValueInRange(
            source.getRange(2, column.dropdownFrom.column, Math.max(source.getMaxRows() - 1, 1), 1),
            true,
          )
          .setAllowInvalid(true)
          .build();
      }
      if (rule) range.setDataValidation(rule);
    }
    if (layout.protectedNote !== undefined) {
      const protections = target.getProtections(SpreadsheetApp.ProtectionType.SHEET);
      if (protections.length === 0) {
        // Warning-only: administrators can still correct a status, but nobody edits by accident.
        target.protect().setDescription(layout.protectedNote).setWarningOnly(true);
      }
    }
  }

  url(): string {
    return this.spreadsheet.getUrl();
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  setTimeZone(timeZone: string): void {
    this.spreadsheet.setSpreadsheetTimeZone(timeZone);
  }

  /** The sheet named `name`: remembered, taken from the list when it was read, else one call. */
  private find(name: string): Sheet | null {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    if (this.listed !== undefined) return null;
    const found = this.spreadsheet.getSheetByName(name);
    this.byName.set(name, found);
    return found;
  }

  private sheetOrThrow(sheet: string): Sheet {
    const found = this.find(sheet);
    if (!found) throw new Error(`Sheet "${sheet}" does not exist.`);
    return found;
  }
}
