import { type Cell, type Grid, isBlank, isBlankRow } from '../../domain/cells';
import type { FileAccess, FileRole, SheetLayout, Workbook } from '../../ports/workbook';

/** Counts of what a job asked of the workbook, as service calls would be counted in Apps Script. */
export interface WorkbookCounters {
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
}

/**
 * A whole school workbook in memory: the tests' workbook and the local runner's (loaded from and
 * saved to xlsx). It keeps values as given; there is no formula engine to protect from.
 */
export class MemoryWorkbook implements Workbook {
  private readonly sheets = new Map<string, Cell[][]>();
  readonly layouts = new Map<string, SheetLayout>();
  readonly counters: WorkbookCounters = { reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 };
  private zone: string;
  /** Who may open and change the file (tests and the runner set them; nothing is enforced). */
  owner = '';
  /** The file's name in Drive. */
  title = '';
  /** The mark setup leaves on the teachers' workbook. */
  role: FileRole | null = null;
  readonly editors = new Set<string>();
  readonly viewers = new Set<string>();

  constructor(
    sheets: Record<string, Grid> = {},
    timeZone = 'Europe/Moscow',
    /** The file's id; its address is made of it. */
    readonly fileId = 'local-workbook',
  ) {
    for (const [name, grid] of Object.entries(sheets))
      this.sheets.set(
        name,
        grid.map((r) => [...r]),
      );
    this.zone = timeZone;
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  read(sheet: string): Grid | null {
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    this.counters.reads++;
    const rows = dataExtent(grid);
    this.counters.cellsRead += rows.length * (rows[0]?.length ?? 0);
    return rows;
  }

  readColumns(sheet: string, firstColumn: number, count: number): Grid | null {
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    this.counters.reads++;
    const rows = dataExtent(grid).map((row) => {
      const part = row.slice(firstColumn - 1, firstColumn - 1 + count);
      while (part.length < count) part.push('');
      return part;
    });
    this.counters.cellsRead += rows.length * count;
    return rows;
  }

  lastRow(sheet: string): number | null {
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    // getLastRow() is a service call of its own in Apps Script.
    this.counters.reads++;
    for (let r = grid.length - 1; r >= 0; r--) if (!isBlankRow(grid[r] ?? [])) return r + 1;
    return 0;
  }

  readBlock(
    sheet: string,
    firstRow: number,
    rowCount: number,
    firstColumn: number,
    columnCount: number,
  ): Grid | null {
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    this.counters.reads++;
    const out: Cell[][] = [];
    for (let r = firstRow - 1; r < firstRow - 1 + rowCount; r++) {
      const row = grid[r] ?? [];
      const part: Cell[] = [];
      for (let c = firstColumn - 1; c < firstColumn - 1 + columnCount; c++) part.push(row[c] ?? '');
      out.push(part);
    }
    this.counters.cellsRead += rowCount * columnCount;
    return out;
  }

  readHeader(sheet: string): Cell[] | null {
    const grid = this.sheets.get(sheet);
    if (!grid) return null;
    this.counters.reads++;
    const header = [...(grid[0] ?? [])];
    while (header.length > 0 && isBlank(header[header.length - 1])) header.pop();
    this.counters.cellsRead += header.length;
    return header;
  }

  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn = 1,
  ): void {
    const grid = this.require(sheet);
    this.counters.writes++;
    rows.forEach((row, r) => {
      const target = (grid[startRow - 1 + r] ??= []);
      row.forEach((value, c) => {
        target[startColumn - 1 + c] = value;
        this.counters.cellsWritten++;
      });
    });
    fillHoles(grid);
  }

  append(sheet: string, rows: readonly (readonly Cell[])[]): void {
    const grid = this.require(sheet);
    this.write(sheet, dataExtent(grid).length + 1, rows);
  }

  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void {
    const grid = this.require(sheet);
    grid.splice(1);
    if (rows.length > 0) this.write(sheet, 2, rows);
    else this.counters.writes++;
  }

  createSheet(sheet: string): void {
    if (this.sheets.has(sheet)) throw new Error(`A sheet with the name "${sheet}" already exists.`);
    this.sheets.set(sheet, []);
  }

  deleteRows(sheet: string, startRow: number, count: number): void {
    this.counters.writes++;
    this.require(sheet).splice(startRow - 1, count);
  }

  deleteSheet(sheet: string): void {
    this.sheets.delete(sheet);
    this.layouts.delete(sheet);
  }

  applyLayout(sheet: string, layout: SheetLayout): void {
    this.require(sheet);
    this.layouts.set(sheet, layout);
  }

  // One file: the sheet does not change the address (TwoWorkbooks routes between files).
  url(_sheet?: string): string {
    return `https://docs.google.com/spreadsheets/d/${this.fileId}/edit`;
  }

  id(): string {
    return this.fileId;
  }

  access(): FileAccess {
    const others = (set: Set<string>): string[] => [...set].filter((e) => e !== this.owner).sort();
    return { owner: this.owner, editors: others(this.editors), viewers: others(this.viewers) };
  }

  addEditors(emails: readonly string[]): void {
    for (const email of emails) {
      this.viewers.delete(email);
      this.editors.add(email);
    }
  }

  removeAccess(emails: readonly string[]): void {
    for (const email of emails) {
      this.editors.delete(email);
      this.viewers.delete(email);
    }
  }

  fileRole(): FileRole | null {
    return this.role;
  }

  markRole(role: FileRole): void {
    this.role = role;
  }

  copySheetTo(sheet: string, target: Workbook): void {
    if (!(target instanceof MemoryWorkbook))
      throw new Error('A memory workbook copies sheets only into another memory workbook.');
    const grid = this.require(sheet);
    target.createSheet(sheet);
    target.sheets.set(
      sheet,
      grid.map((row) => [...row]),
    );
    const layout = this.layouts.get(sheet);
    if (layout) target.layouts.set(sheet, layout);
  }

  timeZone(): string {
    return this.zone;
  }

  setTimeZone(timeZone: string): void {
    this.zone = timeZone;
  }

  /** Test and runner helper: the full grid of a sheet, uncounted. */
  peek(sheet: string): Grid {
    return dataExtent(this.sheets.get(sheet) ?? []);
  }

  private require(sheet: string): Cell[][] {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`Sheet "${sheet}" does not exist.`);
    return grid;
  }
}

function fillHoles(grid: Cell[][]): void {
  for (let r = 0; r < grid.length; r++) {
    const row = (grid[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = '';
  }
}

/** The rectangle up to the last row and column holding data, padded with ''. */
function dataExtent(grid: readonly (readonly Cell[])[]): Cell[][] {
  let lastRow = 0;
  let lastColumn = 0;
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isBlank(value)) {
        lastRow = Math.max(lastRow, r + 1);
        lastColumn = Math.max(lastColumn, c + 1);
      }
    }),
  );
  const out: Cell[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = grid[r] ?? [];
    const copy: Cell[] = [];
    for (let c = 0; c < lastColumn; c++) copy.push(row[c] ?? '');
    out.push(copy);
  }
  return out;
}
