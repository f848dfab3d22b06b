import type { Problem } from '../domain/problems';
import { sortProblems } from '../domain/problems';
import type { Strings } from '../i18n';

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The problems list as CSV (UTF-8 with BOM so that Excel opens Cyrillic correctly). */
export function problemsCsv(problems: readonly Problem[], strings: Strings): string {
  const c = strings.sheets.problems.columns;
  const header = [c.sheet, c.row, c.column, c.value, c.problem].map((h) => csvField(h ?? ''));
  const rows = sortProblems(problems).map((p) =>
    [p.sheet, p.row === 0 ? '' : p.row, p.column, p.value, p.reason].map(csvField).join(','),
  );
  return '\uFEFF' + [header.join(','), ...rows].join('\r\n') + '\r\n';
}
