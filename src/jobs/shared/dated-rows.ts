/**
 * Week-scoped reads (docs/decisions.md, «Week-scoped reads»): the daily and weekly jobs need the
 * rows of a few dates, not a school year of journal. The rows of those dates are found in the
 * date column first, scanning up from the bottom in stretches sized by the dates still to cover, and only their block is
 * read whole — so what a job reads follows the week's work, not the history in the sheet.
 *
 * Why the bottom: rows reach the journal and the schedule in date order — teachers add the week's
 * rows under last week's; a journal row typed days late lands below rows of later dates, which the
 * scan reads anyway. The scan stops once a whole stretch is older than the first wanted date.
 *
 * A school may sort the sheet (by class, by teacher, newest first). Four single cells of the date
 * column — the first row and the rows at a quarter, half and three quarters of the sheet — are read
 * as probes: in date order their dates rise down the sheet (within `PROBE_SLACK_DAYS`), none is
 * newer than the rows scanned below it by more than `LATE_DAYS`, and none above where the scan stopped holds a wanted date. Otherwise (and
 * when the stretch scanned is itself out of order) the sheet is read whole, as before. What the
 * probes can miss is a few rows of the wanted dates placed far above older rows between two probes
 * (a row inserted by hand in the middle); «Проверить данные» reads every row and still sees them.
 */
import { addDays, daysBetween, type LocalDate } from '../../domain/calendar';
import { type Cell, type Grid, isBlank } from '../../domain/cells';
import { isFailure, parseDate, type ParseContext } from '../../domain/parse';
import type { SheetKey } from '../../domain/sheets';
import { matchHeaders } from '../../domain/table';
import type { Workbook } from '../../ports/workbook';
import { ALL_NAMES } from '../../i18n';

/** The dates a job needs, both ends included. */
export interface DateScope {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** How much newer than a row below it a row may be before the sheet counts as out of order. */
export const LATE_DAYS = 14;
/** Rows of the date column read in the first stretch, and the least of any later one. */
export const FIRST_STRETCH = 512;
/**
 * How much newer than the next probe down a probe may be. Tighter than `LATE_DAYS`: a probe lands
 * on a row typed late only by chance, and a false alarm costs one whole read, never a missed row.
 */
const PROBE_SLACK_DAYS = 3;
/** Where the probes stand, as shares of the sheet's height (the first row, then three more). */
const PROBES = [0, 0.25, 0.5, 0.75] as const;
/** A block longer than this share of the sheet is read as the whole sheet (the same cost, one call). */
const WHOLE_SHEET_SHARE = 0.6;

/** How a scoped read went, for tests and the bench. */
export interface ScopedRead {
  /** The grid as `readTable` takes it: row index = sheet row − 1; rows outside the block are holes. */
  readonly grid: Grid;
  /** 'block' when only the wanted rows were read, 'whole' when the sheet was read whole (and why). */
  readonly mode: 'block' | 'whole' | 'empty';
  readonly reason?: 'unsorted' | 'noDateColumn' | 'large' | 'short';
  /** 1-based sheet rows of the block read (mode 'block'). */
  readonly rows?: { readonly first: number; readonly last: number };
}

/**
 * Reads the rows of `sheet` (a sheet of `key` with a date column) whose dates fall in `scope`,
 * plus its header. Falls back to one whole read when the sheet is short, not in date order or the
 * block would be most of it. Returns null when the sheet does not exist.
 */
export function readDatedRows(
  workbook: Workbook,
  sheet: string,
  key: SheetKey,
  scope: DateScope,
  ctx: ParseContext,
): ScopedRead | null {
  const whole = (reason: ScopedRead['reason']): ScopedRead | null => {
    const grid = workbook.read(sheet);
    return grid === null ? null : { grid, mode: 'whole', reason };
  };
  const last = workbook.lastRow(sheet);
  if (last === null) return null;
  if (scope.from > scope.to) return { grid: [workbook.readHeader(sheet) ?? []], mode: 'empty' };
  // A short sheet costs less read whole than located: the scan alone is two or three calls.
  if (last <= FIRST_STRETCH) return whole('short');
  const header = workbook.readHeader(sheet) ?? [];
  const dateIndex = matchHeaders(key, header, ALL_NAMES).get('date');
  if (dateIndex === undefined) return whole('noDateColumn');

  // Probes above the bottom: in date order their dates rise down the sheet and none is newer than
  // the bottom's oldest. A sheet sorted some other way (newest first, by class) fails this.
  const probe = (share: number): { row: number; date: LocalDate | undefined } => {
    const row = Math.max(2, Math.floor(2 + share * (last - 2)));
    const date = parseDate(workbook.readBlock(sheet, row, 1, dateIndex + 1, 1)?.[0]?.[0], ctx);
    return { row, date: isFailure(date) ? undefined : date };
  };
  // A first row already of the wanted dates: in date order the whole sheet is wanted (a school in
  // its first week), and one read of it is cheaper than locating it.
  const head = probe(0);
  if (head.date !== undefined && head.date >= scope.from) return whole('large');
  const probes = [head, ...PROBES.slice(1).map(probe)];
  for (let i = 1; i < probes.length; i++) {
    const [above, below] = [probes[i - 1]!.date, probes[i]!.date];
    if (above !== undefined && below !== undefined && above > addDays(below, PROBE_SLACK_DAYS))
      return whole('unsorted');
  }
  let top = last + 1;
  let stretch = FIRST_STRETCH;
  let first = Number.POSITIVE_INFINITY;
  let lastWanted = 0;
  // The oldest date seen so far below the current row: a row newer than it by more than LATE_DAYS
  // means the sheet is not in date order.
  let oldestBelow: LocalDate | undefined;
  let newest: LocalDate | undefined;
  for (;;) {
    const start = Math.max(2, top - stretch);
    const cells = workbook.readBlock(sheet, start, top - start, dateIndex + 1, 1) ?? [];
    let recent = false;
    for (let i = cells.length - 1; i >= 0; i--) {
      const raw: Cell = cells[i]?.[0] ?? '';
      if (isBlank(raw)) continue;
      const date = parseDate(raw, ctx);
      // A date nobody can read may be any date: the rows around it are kept in the scan.
      if (isFailure(date)) {
        recent = true;
        continue;
      }
      if (oldestBelow !== undefined && date > addDays(oldestBelow, LATE_DAYS))
        return whole('unsorted');
      if (oldestBelow === undefined || date < oldestBelow) oldestBelow = date;
      if (newest === undefined || date > newest) newest = date;
      if (date >= scope.from) recent = true;
      if (date >= scope.from && date <= scope.to) {
        const row = start + i;
        if (row < first) first = row;
        if (row > lastWanted) lastWanted = row;
      }
    }
    top = start;
    const misplaced = probes.some(
      (p) =>
        p.row < top &&
        p.date !== undefined &&
        ((oldestBelow !== undefined && p.date > addDays(oldestBelow, LATE_DAYS)) ||
          (!recent && p.date >= scope.from)),
    );
    if (misplaced) return whole('unsorted');
    if (top <= 2 || !recent) break;
    stretch = nextStretch(last + 1 - top, newest, oldestBelow, scope.from);
  }
  if (lastWanted === 0) return { grid: [header], mode: 'empty' };
  const count = lastWanted - first + 1;
  if (count > WHOLE_SHEET_SHARE * (last - 1)) return whole('large');
  const block = workbook.readBlock(sheet, first, count, 1, header.length) ?? [];
  const grid: Grid = [header];
  // Row numbers stay the sheet's: problems point at the right row, write-backs hit it.
  block.forEach((row, i) => {
    grid[first - 1 + i] = row;
  });
  return { grid, mode: 'block', rows: { first, last: lastWanted } };
}

/**
 * How far to read next: as many rows as the dates still to cover hold at the density seen so far,
 * and a little more, so that the scan passes the first wanted date in one more call rather than
 * doubling past it; a first stretch's worth once it has passed it.
 */
function nextStretch(
  scanned: number,
  newest: LocalDate | undefined,
  oldest: LocalDate | undefined,
  from: LocalDate,
): number {
  if (newest === undefined || oldest === undefined || oldest < from) return FIRST_STRETCH;
  const perDay = scanned / (daysBetween(oldest, newest) + 1);
  const toGo = daysBetween(from, oldest) + 1;
  return Math.max(FIRST_STRETCH, Math.ceil(toGo * perDay * 1.1));
}
