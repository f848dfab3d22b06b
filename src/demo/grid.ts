/**
 * Turning demo rows into sheet grids: the header row in the order of the sheet spec, in the
 * chosen language, and one row of cells per record.
 */
import { instantOf, type LocalDate, type Zone } from '../domain/calendar';
import type { Cell, Grid } from '../domain/cells';
import { SHEETS, type SheetKey } from '../domain/sheets';
import type { Strings } from '../i18n';

/** One record: cells by column key; missing keys become empty cells. */
export type Cells = Partial<Record<string, Cell | undefined>>;

/** A sheet's grid: headers from `strings`, then the records. */
export function sheetGrid(key: SheetKey, strings: Strings, records: readonly Cells[]): Grid {
  const columns = SHEETS[key].columns.map((c) => c.key);
  const header: Cell[] = columns.map((c) => strings.sheets[key].columns[c] ?? c);
  return [header, ...records.map((r) => columns.map((c) => r[c] ?? ''))];
}

/**
 * Date cells as Sheets holds them: the instant of local midnight in the school's zone. Instants
 * are worked out once per date (the zone lookup is the slow part of a 6,000-row journal), and
 * every cell gets its own Date so that no two cells share a mutable object.
 */
export function dateCells(zone: Zone): (date: LocalDate | undefined) => Cell {
  const known = new Map<LocalDate, number>();
  return (date) => {
    if (date === undefined) return '';
    let ms = known.get(date);
    if (ms === undefined) {
      ms = instantOf(zone, date).getTime();
      known.set(date, ms);
    }
    return new Date(ms);
  };
}
