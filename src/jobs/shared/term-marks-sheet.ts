/**
 * «Оценки четверти» (docs/decisions.md, «Term marks as a record»): the weekly job's record of the
 * term's numeric marks, one row per pupil — the sums and counts by subject before the week it
 * last summarised, and of that week. The next week's letters add the two and read only their own
 * week of journal; a second run in the same week uses the first part alone.
 */
import { addDays, type LocalDate } from '../../domain/calendar';
import { cellText } from '../../domain/cells';
import {
  addMarks,
  formatPupilMarks,
  type MarkSum,
  parsePupilMarks,
  type TermMarks,
} from '../../domain/term-marks';
import type { Workbook } from '../../ports/workbook';
import { type SystemSheet, systemCell, systemRow } from './system-sheet';

/**
 * The term's marks before the week starting `weekStart`, as the record says them; null when it
 * cannot (missing, another term, a week skipped, a cell edited by hand): the caller then reads the
 * term's journal once and writes the record anew. A term starting with the week needs no record.
 */
export function termBeforeWeek(
  record: SystemSheet,
  termStart: LocalDate,
  weekStart: LocalDate,
): TermMarks | null {
  if (termStart >= weekStart) return new Map();
  const rows = record.grid.slice(1).filter((row) => cellText(systemCell(record, row, 'pupilId')));
  if (rows.length === 0) return null;
  const before = new Map<string, Map<string, MarkSum>>();
  const weeks = new Map<string, Map<string, MarkSum>>();
  for (const row of rows) {
    const id = cellText(systemCell(record, row, 'pupilId'));
    if (cellText(systemCell(record, row, 'termStart')) !== termStart) return null;
    const recorded = cellText(systemCell(record, row, 'weekStart'));
    const sums = parsePupilMarks(cellText(systemCell(record, row, 'before')));
    const week = parsePupilMarks(cellText(systemCell(record, row, 'week')));
    if (sums === null || week === null || before.has(id)) return null;
    // The same week again (a second run): what came before it. The week after: both parts.
    if (recorded === weekStart) before.set(id, sums);
    else if (recorded === addDays(weekStart, -7)) {
      before.set(id, sums);
      weeks.set(id, week);
    } else return null;
  }
  return addMarks(before, weeks);
}

/** Writes the record of the week starting `weekStart` (one write over the sheet's body). */
export function writeTermMarks(
  workbook: Workbook,
  record: SystemSheet,
  termStart: LocalDate,
  weekStart: LocalDate,
  before: TermMarks,
  week: TermMarks,
): void {
  const ids = [...new Set([...before.keys(), ...week.keys()])].sort();
  workbook.replaceBody(
    record.name,
    ids.map((id) =>
      systemRow(record, {
        pupilId: id,
        termStart,
        weekStart,
        before: formatPupilMarks(before.get(id)),
        week: formatPupilMarks(week.get(id)),
      }),
    ),
  );
}
