/**
 * The Store port of a live run: document properties are out of the Sheets API's reach, and a
 * Cloud Run task keeps no disk between runs, so the dispatcher's state lives in a sheet of the
 * administration workbook («Состояние», two columns), read once and written key by key.
 */
import { cellText } from '../domain/cells';
import type { Store } from '../ports/store';
import type { Workbook } from '../ports/workbook';

/** The sheet's name; administrators only (it lives in the administration workbook). */
export const STATE_SHEET = 'Состояние';

/** Key–value pairs in a sheet. */
export class SheetStore implements Store {
  private rows: Map<string, number> | undefined;
  private readonly values = new Map<string, string>();

  constructor(private readonly workbook: Workbook) {}

  private load(): Map<string, number> {
    if (this.rows) return this.rows;
    this.rows = new Map();
    if (!this.workbook.sheetNames().includes(STATE_SHEET)) {
      this.workbook.createSheet(STATE_SHEET);
      this.workbook.write(STATE_SHEET, 1, [['key', 'value']]);
    }
    const grid = this.workbook.read(STATE_SHEET) ?? [];
    grid.forEach((row, i) => {
      const key = cellText(row[0]);
      if (i === 0 || key === '') return;
      this.rows!.set(key, i + 1);
      this.values.set(key, cellText(row[1]));
    });
    return this.rows;
  }

  keys(): string[] {
    this.load();
    return [...this.values.entries()].filter(([, v]) => v !== '').map(([k]) => k);
  }

  get(key: string): string | null {
    this.load();
    const value = this.values.get(key);
    return value === undefined || value === '' ? null : value;
  }

  set(key: string, value: string): void {
    const rows = this.load();
    let row = rows.get(key);
    if (row === undefined) {
      row = Math.max(1, ...rows.values()) + 1;
      rows.set(key, row);
    }
    this.values.set(key, value);
    this.workbook.write(STATE_SHEET, row, [[key, value]]);
  }

  delete(key: string): void {
    const row = this.load().get(key);
    if (row === undefined) return;
    this.values.delete(key);
    this.workbook.write(STATE_SHEET, row, [[key, '']]);
  }
}
