import { type Cell } from '../../domain/cells';
import { sortProblems, type Problem } from '../../domain/problems';
import { ALL_NAMES, type Strings } from '../../i18n';
import type { Clock } from '../../ports/clock';
import type { Workbook } from '../../ports/workbook';
import { openSystemSheet, systemRow } from './system-sheet';

/**
 * Rewrites «Проблемы данных» with the given problems in one write: header kept (columns found by
 * name), body replaced, each row stamped with when it was found. Creates the sheet when absent.
 */
export function writeProblemsSheet(
  workbook: Workbook,
  clock: Clock,
  strings: Strings,
  problems: readonly Problem[],
): string {
  const sheet = openSystemSheet(workbook, 'problems', strings);
  const found = clock.now();
  const rows: Cell[][] = sortProblems(problems, ALL_NAMES).map((p) =>
    systemRow(sheet, {
      sheet: p.sheet,
      row: p.row === 0 ? '' : p.row,
      column: p.column,
      value: p.value,
      problem: p.reason,
      found,
    }),
  );
  workbook.replaceBody(sheet.name, rows);
  return sheet.name;
}
