/**
 * The monitoring report through the BUILT bundle: the demo school in the fakes, the menu item as
 * the administrator and as a teacher would press it; the report sheet's charts and conditional
 * formats as the fakes record them (test/fakes/charts.ts, test/fakes/conditional-formats.ts).
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
      String(m.subject).startsWith('Мониторинг за 23–29 ноября 2026 (промежуточный)'),
    );
    expect(letters).toHaveLength(1);
    expect(String(letters[0]!.to)).toBe('admin@school.test');
    expect(String(letters[0]!.body)).toContain(SHEET);
    const alert = String(env.ui.alerts.at(-1)?.prompt ?? '');
    expect(alert).toContain(ru.report.outcome('23–29 ноября 2026', SHEET));

    // Pressed again: the sheet is rebuilt, no second letter.
    env.call('buildWeeklyReport');
    expect(env.spreadsheet.sheetNames().filter((n) => n === SHEET)).toHaveLength(1);
    expect(env.mail.sent.filter((m) => String(m.subject).startsWith('Мониторинг за'))).toHaveLength(
      1,
    );
  });

  it('the sheet has its bar chart and its colour scales, replaced (not added) when rebuilt', () => {
    const env = demoEnvironment();
    env.call('buildWeeklyReport');
    // The layout costs a few dozen calls (one getRange per coloured block, one set of rules).
    const calls = env.counters.byMethod;
    const layout = Object.entries(calls)
      .filter(([method]) => /Chart|Conditional|InterpolationType/.test(method))
      .reduce((sum, [, n]) => sum + n, 0);
    console.log(`report: ${env.counters.calls} service calls, ${layout} of them charts and rules`);
    expect(calls['Sheet.insertChart']).toBe(1);
    expect(calls['Sheet.setConditionalFormatRules']).toBe(1);
    expect(env.counters.calls).toBeLessThan(300);
    const sheet = env.spreadsheet.sheet(SHEET);
    const grid = env.spreadsheet.sheetValues(SHEET);
    const r = ru.report;
    const c = r.columns;
    // Where the teachers' table is, read off the cells: its heading, header and rows to «Итого».
    const heading = grid.findIndex((row) => row[0] === r.sections.teachers) + 1;
    const header = grid[heading]!;
    const totalRow = grid.findIndex((row, i) => i > heading && row[0] === r.total) + 1;
    const teachers = totalRow - heading - 2;
    expect(teachers).toBeGreaterThan(10);
    expect(header.slice(2, 5)).toEqual([c.journaled, c.waiting, c.overdue]);

    const charts = sheet._charts.records();
    expect(charts).toHaveLength(1);
    expect(charts[0]).toEqual({
      id: 1,
      type: 'BAR',
      // Names and the three series with their header row; the total row stays out.
      ranges: [
        `A${heading + 1}:A${heading + 1 + teachers}`,
        `C${heading + 1}:E${heading + 1 + teachers}`,
      ],
      // Under the table, a row below the total, on the rows kept empty for it.
      anchor: { row: totalRow + 2, column: 1 },
      numHeaders: 1,
      options: expect.objectContaining({
        isStacked: true,
        title: r.charts.journal,
        colors: ['#34a853', '#bdc1c6', '#ea4335'],
      }) as unknown,
    });

    const rules = sheet._rules.records();
    const scale = rules.find((rule) => rule.gradient !== null)!;
    expect(scale.gradient).toEqual({
      min: { color: '#e67c73', type: 'NUMBER', value: '50' },
      mid: { color: '#ffd666', type: 'NUMBER', value: '80' },
      max: { color: '#57bb8a', type: 'NUMBER', value: '100' },
    });
    // The heat map: the classes' four share columns, every class and the whole school.
    const classes = grid.findIndex((row) => row[0] === r.sections.classes) + 1;
    const classHeader = grid[classes]!;
    const schoolRow = grid.findIndex((row, i) => i > classes && row[0] === r.wholeSchool) + 1;
    for (const name of [c.journalShare, c.attendanceShare, c.informedShare, c.censusShare]) {
      const letter = String.fromCharCode(65 + classHeader.indexOf(name));
      expect(scale.ranges).toContain(`${letter}${classes + 2}:${letter}${schoolRow}`);
    }
    // The journal overdue column is red above 0.
    const overdue = rules.find((rule) => rule.criteria?.type === 'NUMBER_GREATER_THAN')!;
    expect(overdue.format).toEqual({ background: '#f4c7c3', fontColor: '#a50e0e' });
    expect(overdue.ranges).toContain(`E${heading + 2}:E${totalRow - 1}`);

    expect(sheet.getColumnWidth(1)).toBe(300);
    env.call('buildWeeklyReport');
    expect(sheet._charts.records()).toHaveLength(1);
    expect(sheet._rules.records()).toEqual(rules);
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
