/**
 * The monitoring report through the BUILT bundle: the demo school in the fakes, the menu item as
 * the administrator and as a teacher would press it.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import type { GasEnvironment } from '../fakes';
import { loadBundle, setSetting, valuesOf, writeSheets } from '../support/gas';

const zone = intlZone('Europe/Moscow');
const NOW = instantOf(zone, '2026-11-27', 16 * 60);
const SHEET = 'Отчёт 2026-W48';

function demoEnvironment(userEmail?: string): GasEnvironment {
  const admin = loadBundle({ now: NOW, mailQuota: 1500 });
  writeSheets(admin, demoSchool({ weekOf: '2026-11-27', zone }));
  // The fakes' default user is the administrator who installs the add-on.
  setSetting(admin, 'admin_emails', 'admin@school.test');
  setSetting(admin, 'quota_reserve', 0);
  admin.call('setupWorkbook');
  if (userEmail === undefined) {
    admin.ui.alerts.length = 0;
    admin.mail.sent.length = 0;
    admin.counters.reset();
    return admin;
  }
  // The same workbook, opened by somebody else.
  const env = loadBundle({ now: NOW, mailQuota: 1500, userEmail });
  writeSheets(env, valuesOf(admin));
  return env;
}

describe('menu «Построить отчёт мониторинга» through the bundle', () => {
  it('the menu lists it', () => {
    const env = loadBundle();
    env.call('onOpen', { authMode: 'FULL' });
    const items = env.ui.menu()?.items ?? [];
    expect(items).toContainEqual({
      caption: ru.menu.buildWeeklyReport,
      functionName: 'buildWeeklyReport',
    });
  });

  it('as the administrator: creates «Отчёт 2026-W48» and sends the administrators’ letter', () => {
    const env = demoEnvironment();
    env.call('buildWeeklyReport');
    expect(env.spreadsheet.sheetNames()).toContain(SHEET);
    const grid = env.spreadsheet.sheetValues(SHEET);
    expect(grid[0]?.[0]).toBe(ru.report.title('23–29 ноября 2026'));
    expect(grid.some((row) => row[0] === ru.report.sections.teachers)).toBe(true);
    for (const name of env.spreadsheet.sheetNames())
      expect([name, env.spreadsheet.formulasIn(name)]).toEqual([name, []]);

    const letters = env.mail.sent.filter((m) =>
      String(m.subject).startsWith('Мониторинг за неделю 23.11–29.11.2026 (2026-W48)'),
    );
    expect(letters).toHaveLength(1);
    expect(String(letters[0]!.to)).toBe('admin@school.test');
    expect(String(letters[0]!.body)).toContain(SHEET);
    const alert = String(env.ui.alerts.at(-1)?.prompt ?? '');
    expect(alert).toContain(ru.report.outcome('2026-W48', SHEET));

    // Pressed again: the sheet is rebuilt, no second letter.
    env.call('buildWeeklyReport');
    expect(env.spreadsheet.sheetNames().filter((n) => n === SHEET)).toHaveLength(1);
    expect(
      env.mail.sent.filter((m) => String(m.subject).startsWith('Мониторинг за неделю')),
    ).toHaveLength(1);
  });

  it('as a teacher: denied, nothing written, nothing sent', () => {
    const env = demoEnvironment('teacher@school.test');
    const before = valuesOf(env);
    env.call('buildWeeklyReport');
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      ru.ui.deniedNotAdmin('teacher@school.test'),
    ]);
    expect(env.spreadsheet.sheetNames()).not.toContain(SHEET);
    expect(valuesOf(env)).toEqual(before);
    expect(env.mail.sent).toHaveLength(0);
  });
});
