import { existsSync, lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../domain/problems';
import { sortProblems } from '../domain/problems';
import { ALL_NAMES, type Strings } from '../i18n';

/** Excel with Russian (and most European) settings splits CSV fields at «;», not «,». */
const SEPARATOR = ';';

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The problems list as CSV for Excel with Russian settings: «;» between fields, UTF-8 with a BOM
 * (without it Excel reads Cyrillic as Windows-1251), CRLF line ends; sheets in tab order.
 */
export function problemsCsv(problems: readonly Problem[], strings: Strings): string {
  const c = strings.sheets.problems.columns;
  const header = [c.sheet, c.row, c.column, c.value, c.problem].map((h) => csvField(h ?? ''));
  const rows = sortProblems(problems, ALL_NAMES).map((p) =>
    [p.sheet, p.row === 0 ? '' : p.row, p.column, p.value, p.reason].map(csvField).join(SEPARATOR),
  );
  return '\uFEFF' + [header.join(SEPARATOR), ...rows].join('\r\n') + '\r\n';
}

/** The files a run writes at the top of `--out`. */
const OUTPUTS =
  /^(summary\.json|problems\.csv|(workbook|administration|teachers)\.xlsx(\.partial)?|report-\d{4}-W\d{2}\.html|dashboard\.html)$/;
/** The letters a run writes into `--out`/mail. */
const LETTERS = /^\d{4,}-.*\.eml$/;

/**
 * Removes what an earlier run wrote into `out` — its summary, problems, workbook, reports and
 * letters — so that the folder holds one run's results. Only files named as the runner names
 * them are removed; anything else a person keeps there stays. Returns how many were removed.
 */
export function cleanOutputs(out: string): number {
  let removed = 0;
  const remove = (folder: string, pattern: RegExp): void => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (pattern.test(name) && lstatSync(path).isFile()) {
        unlinkSync(path);
        removed++;
      }
    }
  };
  remove(out, OUTPUTS);
  const mail = join(out, 'mail');
  if (existsSync(mail) && lstatSync(mail).isDirectory()) {
    remove(mail, LETTERS);
    if (readdirSync(mail).length === 0) rmdirSync(mail);
  }
  return removed;
}
