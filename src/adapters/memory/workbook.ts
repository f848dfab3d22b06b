import { type Cell, type Grid, isBlank } from '../../domain/cells';
import type { SheetLayout, Workbook } from '../../ports/workbook';

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

  constructor(sheets: Record<string, Grid> = {}, timeZone = 'Europe/Moscow') {
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

  // One file holds every sheet here: the sheet does not change the address.
  url(_sheet?: string): string {
    return 'https://docs.google.com/spreadsheets/d/local-workbook/edit';
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
