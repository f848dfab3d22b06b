/**
 * The runner's `out/dashboard.html` (src/cli/dashboard-file.ts): a school with nothing but its
 * settings still gets a page — no outbox, no forms, no run yet are figures too, not failures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf } from '../../src/domain/calendar';
import { intlZone } from '../../src/adapters/memory/zone';
import { ru } from '../../src/i18n/ru';
import { writeDashboard } from '../../src/cli/dashboard-file';
import { memorySchool } from '../support/memory';
import { removeTempDirs, tempDir } from '../support/cli';

afterAll(removeTempDirs);

it('writes the dashboard of a school with only its settings', () => {
  const s = memorySchool({ now: instantOf(intlZone('Europe/Moscow'), '2026-11-26', 12 * 60) });
  const out = tempDir();
  expect(writeDashboard(s.ctx, s.workbook, out)).toBe('dashboard.html');
  const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
  const d = ru.dashboard;
  expect(html).toContain(`<dt>${d.queued}</dt><dd>${d.letters(0)}</dd>`);
  expect(html).toContain(`<dt>${d.lastRun}</dt><dd>${d.neverRan}</dd>`);
  expect(html).toContain(`<dd>${d.form.missing}</dd>`);
  expect(html).toContain(d.onlyAdmins);
  // Nothing was created in the school's workbook for it.
  expect(s.workbook.sheetNames()).toEqual(['Настройки']);
});
