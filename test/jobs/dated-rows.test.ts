/**
 * Week-scoped reads (jobs/shared/dated-rows): the rows of the wanted dates are found from the
 * bottom of the date column and read alone; a sheet out of date order is read whole.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { addDays, instantOf, weekDates } from '../../src/domain/calendar';
import type { Cell, Grid } from '../../src/domain/cells';
import { ru } from '../../src/i18n/ru';
import { readDatedRows } from '../../src/jobs/shared/dated-rows';
import { loadSchool } from '../../src/jobs/shared/school';
import { ALL_NAMES } from '../../src/i18n';
import { demoHistory } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const FRIDAY = '2026-11-27';
const clock = new FixedClock(instantOf(zone, FRIDAY, 18 * 60));
const JOURNAL = ru.sheets.journal.name;
const week = weekDates(FRIDAY);
const scope = { from: week[0]!, to: week[6]! };
const ctx = { zone, strings: ru, languages: ALL_NAMES };

const school = (weeks: number): Record<string, Grid> => demoHistory(FRIDAY, zone, weeks);

/** The sheet rows (1-based) of the journal whose date is in the week, by a full scan. */
function rowsOfWeek(grid: Grid): number[] {
  const dates = new Set(week);
  const out: number[] = [];
  grid.forEach((row, i) => {
    const cell = row[0];
    if (i > 0 && cell instanceof Date && dates.has(zone.parts(cell).date)) out.push(i + 1);
  });
  return out;
}

describe('the journal of one week', () => {
  it('is found at the bottom of twelve weeks and read alone, with its sheet row numbers', () => {
    const grids = school(12);
    const workbook = new MemoryWorkbook(grids);
    const read = readDatedRows(workbook, JOURNAL, 'journal', scope, ctx)!;
    expect(read.mode).toBe('block');
    const expected = rowsOfWeek(grids[JOURNAL]!);
    const got = read.grid.flatMap((row, i) => (i > 0 && row !== undefined ? [i + 1] : []));
    expect(got).toEqual(expected);
    // The cells of the block and of a short stretch of the date column, not the twelve weeks.
    const width = grids[JOURNAL]![0]!.length;
    const weekCells = expected.length * width;
    expect(workbook.counters.cellsRead).toBeLessThan(1.5 * weekCells);
    expect(workbook.counters.cellsRead).toBeLessThan((grids[JOURNAL]!.length * width) / 5);
  });

  it('costs the same with two weeks of history as with twelve (within 10%)', () => {
    const cells = [2, 12].map((weeks) => {
      const workbook = new MemoryWorkbook(school(weeks));
      readDatedRows(workbook, JOURNAL, 'journal', scope, ctx);
      return workbook.counters.cellsRead;
    });
    expect(cells[1]! / cells[0]!).toBeLessThan(1.1);
  });

  it('gives loadSchool the same rows as a whole read does', () => {
    const workbook = new MemoryWorkbook(school(4));
    const whole = loadSchool(workbook, clock, ['journal']);
    const scoped = loadSchool(workbook, clock, ['journal'], { journal: scope });
    const inWeek = whole.journal.filter((j) => week.includes(j.value.date));
    expect(scoped.journal).toEqual(inWeek);
    expect(scoped.problems).toEqual(
      whole.problems.filter((p) => inWeek.some((j) => j.row === p.row)),
    );
  });

  it('finds a row typed days late, below rows of later dates', () => {
    const grids = school(4);
    const journal = grids[JOURNAL]!.map((row) => [...row]);
    // Monday's first row moved to the very bottom, after the rest of the week.
    const monday = rowsOfWeek(journal)[0]! - 1;
    const [late] = journal.splice(monday, 1);
    journal.push(late!);
    const workbook = new MemoryWorkbook({ ...grids, [JOURNAL]: journal });
    const read = readDatedRows(workbook, JOURNAL, 'journal', scope, ctx)!;
    expect(read.mode).toBe('block');
    expect(read.grid[journal.length - 1]).toEqual(late);
  });
});

describe('a sheet out of date order', () => {
  it('sorted by class is read whole, and nothing is missed', () => {
    const grids = school(4);
    const [header, ...rows] = grids[JOURNAL]!;
    const byClass = [...rows].sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'ru'));
    const workbook = new MemoryWorkbook({ ...grids, [JOURNAL]: [header!, ...byClass] });
    const read = readDatedRows(workbook, JOURNAL, 'journal', scope, ctx)!;
    expect(read.mode).toBe('whole');
    expect(read.reason).toBe('unsorted');
    expect(rowsOfWeek(read.grid)).toEqual(rowsOfWeek([header!, ...byClass]));
  });

  it('newest first is read whole', () => {
    const grids = school(4);
    const [header, ...rows] = grids[JOURNAL]!;
    const workbook = new MemoryWorkbook({ ...grids, [JOURNAL]: [header!, ...rows.reverse()] });
    expect(readDatedRows(workbook, JOURNAL, 'journal', scope, ctx)!.mode).toBe('whole');
  });

  it('a week with no rows yet reads a stretch of the date column only', () => {
    const workbook = new MemoryWorkbook(school(4));
    const later = { from: addDays(scope.from, 14), to: addDays(scope.to, 14) };
    const read = readDatedRows(workbook, JOURNAL, 'journal', later, ctx)!;
    expect(read.mode).toBe('empty');
    const header: Cell[] = read.grid[0]!;
    expect(header[0]).toBe(ru.sheets.journal.columns.date);
    expect(workbook.counters.cellsRead).toBeLessThan(2000);
  });
});
