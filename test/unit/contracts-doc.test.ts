/**
 * docs/contracts.md is the project's own record of the workbook: every sheet of the layout
 * (domain/sheets) with its file and every column, and every settings key with its default, as
 * the code has them — so the record cannot drift from what setup builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_DEFAULTS } from '../../src/domain/settings';
import { SHEET_SPECS } from '../../src/domain/sheets';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';

const text = readFileSync(join(__dirname, '..', '..', 'docs', 'contracts.md'), 'utf8');
/** The cells of every table row, trimmed. */
const rows = text
  .split('\n')
  .filter((l) => l.startsWith('|'))
  .map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );

it.each(SHEET_SPECS.map((s) => [s.key, s] as const))(
  'names the sheet %s, its file and columns',
  (key, spec) => {
    const row = rows.find((r) => r[0] === `${ru.sheets[key].name} / ${en.sheets[key].name}`);
    expect(row).toBeDefined();
    const [, file = '', columns = ''] = row!;
    expect(file.startsWith(spec.home === 'admin' ? 'A' : 'T')).toBe(true);
    expect(file.includes('system')).toBe(spec.system);
    expect(columns.split(', ')).toEqual(
      spec.columns.map((c) => (ru.sheets[key].columns[c.key] ?? c.key) + (c.required ? '*' : '')),
    );
  },
);

it.each(SETTING_DEFAULTS.map(([key, value]) => [key, value]))(
  'names the setting %s and its default',
  (key, value) => {
    const row = rows.find((r) => r[0] === `\`${key}\``);
    expect(row).toBeDefined();
    expect(row![1]).toBe(value === '' ? '(blank)' : `\`${value}\``);
  },
);
