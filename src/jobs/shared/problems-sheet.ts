import { type Cell } from '../../domain/cells';
import { sortProblems, type Problem } from '../../domain/problems';
import { SHEETS } from '../../domain/sheets';
import { matchHeaders } from '../../domain/table';
import type { Strings } from '../../i18n';
import type { Clock } from '../../ports/clock';
import type { Workbook } from '../../ports/workbook';
import { findSheet } from './school';

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
  let name = findSheet(workbook.sheetNames(), 'problems', strings);
  let header = name === undefined ? null : workbook.readHeader(name);
  if (name === undefined || header === null || header.length === 0) {
    name ??= strings.sheets.problems.name;
    if (!workbook.sheetNames().includes(name)) workbook.createSheet(name);
    header = SHEETS.problems.columns.map((c) => strings.sheets.problems.columns[c.key] ?? c.key);
    workbook.write(name, 1, [header]);
  }
  const columns = matchHeaders('problems', header);
  const width = Math.max(header.length, ...[...columns.values()].map((i) => i + 1));
  const found = clock.now();
  const rows = sortProblems(problems).map((p) => {
    const row: Cell[] = new Array<Cell>(width).fill('');
    const put = (key: string, value: Cell): void => {
      const index = columns.get(key);
      if (index !== undefined) row[index] = value;
    };
    put('sheet', p.sheet);
    put('row', p.row === 0 ? '' : p.row);
    put('column', p.column);
    put('value', p.value);
    put('problem', p.reason);
    put('found', found);
    return row;
  });
  workbook.replaceBody(name, rows);
  return name;
}
