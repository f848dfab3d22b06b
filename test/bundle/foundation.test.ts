/**
 * Acceptance of the issue "Foundation", on the BUILT bundle (build/Code.js) in the offline Apps
 * Script fakes: the entry points, the menu, setup, the data check and the service-call budget.
 */
import vm from 'node:vm';
import { intlZone } from '../../src/adapters/memory/zone';
import type { Grid } from '../../src/domain/cells';
import { SETTING_DEFAULTS } from '../../src/domain/settings';
import { SHEET_SPECS, SHEETS } from '../../src/domain/sheets';
import { demoSchool, MESSY_EXPECTED, messyWorkbook } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { HANDLERS } from '../../src/ui/handlers';
import { type CellValue, createGasEnvironment, type GasEnvironment } from '../fakes';
import type { FakeSpreadsheet } from '../fakes';
import {
  ADMIN,
  bundleSource,
  ENTRY_POINTS,
  loadBundle,
  teachersFile,
  valuesOf,
  writeSheets,
} from '../support/gas';

const zone = intlZone('Europe/Moscow');
const NOW = '2026-11-27T13:00:00Z';
const FAKE_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'FormApp',
  'HtmlService',
  'CardService',
  'console',
];
const headerOf = (key: (typeof SHEET_SPECS)[number]['key']): string[] =>
  SHEETS[key].columns.map((c) => ru.sheets[key].columns[c.key]!);

/** The rows of «Проблемы данных» as objects keyed by its Russian headers. */
function problemRows(env: GasEnvironment): Array<Record<string, CellValue>> {
  const [header = [], ...rows] = env.spreadsheet.sheetValues(ru.sheets.problems.name);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

/** The service calls made, by method, that read or touch sheet data. */
function dataCalls(env: GasEnvironment): string[] {
  return Object.keys(env.counters.byMethod).filter((m) => /^(Range|Sheet)\./.test(m));
}

/** The demo school's first administrator (admin_emails on its «Настройки»). */
function demoAdmin(sheets: Record<string, Grid>): string {
  const row = sheets[ru.sheets.settings.name]!.find((r) => r[0] === 'admin_emails');
  return String(row?.[1] ?? '')
    .split(/[,;\s]+/)
    .filter(Boolean)[0]!;
}

describe('the bundle in a bare Apps Script context', () => {
  const stubNames = (): string[] =>
    [...bundleSource().matchAll(/^function (\w+)\(e\) \{ return __distant\.(\w+)\(e\); \}$/gm)]
      .filter((m) => m[1] === m[2])
      .map((m) => m[1]!);

  it('holds only ECMAScript built-ins and the fake services before the bundle loads', () => {
    const env = createGasEnvironment();
    const builtIns = new Set(
      vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[],
    );
    const globals = vm.runInContext(
      'Object.getOwnPropertyNames(globalThis)',
      env.context,
    ) as string[];
    // `console` is a V8 built-in of every context; the fakes replace it by a recording one.
    expect(globals.filter((name) => !builtIns.has(name)).sort()).toEqual(
      FAKE_GLOBALS.filter((name) => !builtIns.has(name)).sort(),
    );
    for (const name of FAKE_GLOBALS)
      expect([name, vm.runInContext(`typeof ${name}`, env.context)]).toEqual([name, 'object']);
    const nodeOnly = ['require', 'process', 'Buffer', 'setTimeout', 'URL', 'TextEncoder', 'fetch'];
    expect(nodeOnly.map((n) => vm.runInContext(`typeof ${n}`, env.context) as string)).toEqual(
      nodeOnly.map(() => 'undefined'),
    );
  });

  it('loads there and adds no global but its namespace and the entry points', () => {
    const builtIns = new Set(
      vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[],
    );
    const env = loadBundle();
    const globals = vm.runInContext(
      'Object.getOwnPropertyNames(globalThis)',
      env.context,
    ) as string[];
    const added = globals.filter((name) => !builtIns.has(name) && !FAKE_GLOBALS.includes(name));
    // zod keeps its configuration object on globalThis: data, not a function Apps Script could run.
    expect(vm.runInContext('typeof __zod_globalConfig', env.context)).not.toBe('function');
    expect(added.filter((n) => n !== '__zod_globalConfig').sort()).toEqual(
      ['__distant', ...stubNames()].sort(),
    );
  });

  it('declares every entry point as a top-level function delegating into one namespace', () => {
    const stubs = stubNames();
    expect(stubs).toEqual(expect.arrayContaining([...ENTRY_POINTS]));
    // Any other stub is a name of the handler contract too (menus and triggers call them by name).
    for (const name of stubs) expect(Object.values(HANDLERS)).toContain(name);
    const env = loadBundle();
    for (const name of stubs)
      expect([name, vm.runInContext(`typeof ${name}`, env.context)]).toEqual([name, 'function']);
  });

  /** The menu's items that call a function, and whether the fixed ones come in this order. */
  const expectedItems = [
    { caption: ru.menu.setup, functionName: 'setupWorkbook' },
    { caption: ru.menu.checkData, functionName: 'checkData' },
    { caption: ru.menu.quotaPlan, functionName: 'showQuotaPlan' },
    { caption: ru.menu.resendUnknown, functionName: 'resendUnknownMail' },
    { caption: ru.menu.ensureTriggers, functionName: 'checkTriggers' },
  ];
  function expectRussianMenu(env: GasEnvironment): void {
    const menu = env.ui.menu();
    expect(menu?.addon).toBe(true);
    const items = (menu?.items ?? []).filter((i) => !i.separator);
    const fixed = items.filter((i) => expectedItems.some((e) => e.functionName === i.functionName));
    expect(fixed).toEqual(expectedItems);
    for (const item of items) {
      expect(Object.values(ru.menu)).toContain(item.caption);
      expect(stubNames()).toContain(item.functionName);
    }
  }

  it.each(['NONE', 'LIMITED'] as const)(
    'onOpen in AuthMode.%s builds the Russian add-on menu and reads no data',
    (authMode) => {
      const env = loadBundle();
      writeSheets(env, {
        Настройки: [
          ['Ключ', 'Значение'],
          ['locale', 'ru'],
        ],
      });
      env.counters.reset();
      expect(env.triggers.fireOpen(authMode)).toBe(true);
      expectRussianMenu(env);
      expect(dataCalls(env)).toEqual([]);
      expect(env.counters.cellsRead).toBe(0);
    },
  );

  it('onInstall builds the same menu at once', () => {
    const env = loadBundle();
    env.call('onInstall', { authMode: 'FULL' });
    expectRussianMenu(env);
    expect(dataCalls(env)).toEqual([]);
  });
});

/** The file a sheet lives in after setup: the teachers' workbook for what teachers fill. */
function fileOf(env: GasEnvironment, key: (typeof SHEET_SPECS)[number]['key']): FakeSpreadsheet {
  return SHEETS[key].home === 'teachers' ? teachersFile(env) : env.spreadsheet;
}

/** Every sheet of both files by name (the teachers' copies of the roster under «T: …»). */
function valuesOfBoth(env: GasEnvironment): Record<string, CellValue[][]> {
  const teachers = teachersFile(env);
  return {
    ...valuesOf(env),
    ...Object.fromEntries(teachers.sheetNames().map((n) => [`T: ${n}`, teachers.sheetValues(n)])),
  };
}

describe('setupWorkbook on an empty spreadsheet', () => {
  const env = loadBundle({ now: NOW });
  env.call('setupWorkbook');

  it('creates every sheet in the workbook it belongs to, with its Russian headers and a frozen header row', () => {
    const teachers = teachersFile(env);
    const adminSheets = SHEET_SPECS.filter((s) => s.home === 'admin').map(
      (s) => ru.sheets[s.key].name,
    );
    const teacherSheets = SHEET_SPECS.filter((s) => s.home === 'teachers').map(
      (s) => ru.sheets[s.key].name,
    );
    expect(env.spreadsheet.sheetNames().filter((n) => adminSheets.includes(n))).toEqual(
      adminSheets,
    );
    expect(env.spreadsheet.sheetNames().some((n) => teacherSheets.includes(n))).toBe(false);
    expect(teachers.sheetNames()).toEqual(
      expect.arrayContaining([...teacherSheets, 'Классы', 'Педагоги', 'Ученики']),
    );
    expect(teachers.getName()).toBe(ru.trust.teachersTitle(''));
    for (const spec of SHEET_SPECS) {
      const name = ru.sheets[spec.key].name;
      const file = fileOf(env, spec.key);
      expect([name, file.sheetValues(name)[0]]).toEqual([name, headerOf(spec.key)]);
      expect([name, file.sheet(name).getFrozenRows()]).toEqual([name, 1]);
    }
  });

  it('puts a drop-down on every column with a closed list, fed from the same file', () => {
    for (const spec of SHEET_SPECS) {
      const name = ru.sheets[spec.key].name;
      const file = fileOf(env, spec.key);
      spec.columns.forEach((column, i) => {
        if (column.dropdown === undefined) return;
        const rule = file
          .sheet(name)
          .getRange(2, i + 1)
          .getDataValidation();
        expect([name, column.key, rule?.getCriteriaType()]).toEqual([
          name,
          column.key,
          column.dropdown === 'classes' ? 'VALUE_IN_RANGE' : 'VALUE_IN_LIST',
        ]);
      });
    }
    const list = (file: FakeSpreadsheet, sheet: string, col: number): unknown =>
      file.sheet(sheet).getRange(2, col).getDataValidation()?.getCriteriaValues()[0];
    expect(list(env.spreadsheet, 'Педагоги', 3)).toEqual(['администратор', 'учитель']);
    expect(list(env.spreadsheet, 'Очередь писем', 6)).toEqual(
      Object.values(ru.labels.outboxStatus),
    );
    expect(list(teachersFile(env), 'Расписание', 14)).toEqual([
      'черновик',
      'на согласовании',
      'согласовано',
      'отменено',
    ]);
    const source = (file: FakeSpreadsheet, sheet: string, col: number) =>
      (
        file.sheet(sheet).getRange(2, col).getDataValidation()?.getCriteriaValues()[0] as {
          getSheet(): { getName(): string; getParent(): { getId(): string } };
        }
      ).getSheet();
    expect(source(env.spreadsheet, 'Ученики', 3).getName()).toBe('Классы');
    const schedule = source(teachersFile(env), 'Расписание', 3);
    expect([schedule.getName(), schedule.getParent().getId()]).toEqual([
      'Классы',
      teachersFile(env).getId(),
    ]);
  });

  it('protects the system sheets for the administrators, and no school sheet', () => {
    for (const spec of SHEET_SPECS) {
      const name = ru.sheets[spec.key].name;
      const protections = fileOf(env, spec.key).sheet(name).getProtections('SHEET');
      expect([name, protections.length]).toEqual([name, spec.system ? 1 : 0]);
      if (!spec.system) continue;
      expect(protections[0]!.getDescription()).toBe(ru.setup.protectedNote);
      expect(protections[0]!.isWarningOnly()).toBe(false);
      expect(protections[0]!.getEditors().map((u) => u.getEmail())).toEqual([ADMIN]);
    }
    const teachers = teachersFile(env);
    for (const copy of ['Классы', 'Педагоги', 'Ученики'])
      expect(teachers.sheet(copy).getProtections('SHEET')[0]?.getDescription()).toBe(
        ru.trust.mirrorNote,
      );
    const stamp = teachers.sheet('Расписание').getProtections('RANGE');
    expect(stamp.map((p) => [p.getDescription(), p.getRange().getColumn()])).toEqual([
      [ru.trust.stampNote, 16],
    ]);
  });

  it('writes the default settings with the caller as the administrator', () => {
    const [header, ...rows] = env.spreadsheet.sheetValues('Настройки');
    expect(header).toEqual(['Ключ', 'Значение', 'Описание']);
    expect(rows.map((r) => r[0])).toEqual(SETTING_DEFAULTS.map(([key]) => key));
    const value = (key: string): CellValue | undefined => rows.find((r) => r[0] === key)?.[1];
    expect(value('admin_emails')).toBe(ADMIN);
    expect(value('mail_mode')).toBe('проверка');
    expect(value('timezone')).toBe('Europe/Moscow');
    for (const row of rows) expect(row[2]).toBe(ru.settingDescriptions[String(row[0])]);
  });

  it('installs the three triggers', () => {
    expect(env.triggers.list().map((t) => [t.handler, t.type])).toEqual([
      ['runScheduledJobs', 'CLOCK'],
      ['handleFormSubmit', 'ON_FORM_SUBMIT'],
      ['handleEdit', 'ON_EDIT'],
    ]);
    expect(env.triggers.list()[0]?.everyHours).toBe(1);
  });

  it('a second run changes no cell anywhere and keeps the same three triggers', () => {
    const before = valuesOfBoth(env);
    const triggers = env.triggers.list();
    env.ui.alerts.length = 0;
    env.call('setupWorkbook');
    expect(valuesOfBoth(env)).toEqual(before);
    expect(env.triggers.list()).toEqual(triggers);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      `${ru.setup.nothingToDo}\n${ru.triggers.ok}`,
    ]);
    for (const file of [env.spreadsheet, teachersFile(env)])
      for (const name of file.sheetNames()) expect(file.formulasIn(name)).toEqual([]);
  });
});

/**
 * Every sheet the school had keeps every value, in the file it now lives in; setup only adds the
 * forms' response sheets and its own sheets to the administration workbook.
 */
function expectSchoolUntouched(
  env: ReturnType<typeof loadBundle>,
  before: ReturnType<typeof valuesOf>,
): void {
  const teachers = teachersFile(env);
  const after = valuesOf(env);
  // «Согласование» is the add-on's: setup records there the lessons it takes as agreed.
  const kept = Object.keys(before).filter((name) => name !== 'Согласование');
  const school = Object.fromEntries(
    kept.map((name) => [
      name,
      name in after && !['Расписание', 'Журнал', 'Доступ', 'Заявки'].includes(name)
        ? after[name]
        : teachers.sheetValues(name),
    ]),
  );
  expect(school).toEqual(Object.fromEntries(kept.map((name) => [name, before[name]])));
  const added = Object.keys(after).filter((name) => !(name in before));
  expect(added.sort()).toEqual(
    ['Доступ (ответы)', 'Заявки (ответы)', 'Опрос родителей', 'Опрос учащихся'].sort(),
  );
}

describe('setupWorkbook on a workbook with school data', () => {
  const sheets = demoSchool({ weekOf: '2026-11-25', zone });
  const admin = demoAdmin(sheets);

  it('leaves every value of the school untouched', () => {
    const env = loadBundle({ now: NOW, userEmail: admin });
    writeSheets(env, sheets);
    const before = valuesOf(env);
    env.call('setupWorkbook');
    expectSchoolUntouched(env, before);
    expect(env.triggers.list()).toHaveLength(3);
    // Dates are still dates, not text.
    expect(teachersFile(env).sheetValues('Расписание')[1]?.[1]).toBeInstanceOf(Date);
  });

  it('finds a moved column and one renamed to its English alias: nothing added, no problem', () => {
    // «Ученики»: ID moved to the end, «Класс» renamed «Class», a column of the school's own.
    const pupils = sheets['Ученики']!.map((row, i) => [
      ...row.slice(1),
      row[0] ?? '',
      i === 0 ? 'Примечание' : '',
    ]);
    pupils[0] = pupils[0]!.map((h) => (h === 'Класс' ? 'Class' : h));
    const moved = { ...sheets, Ученики: pupils };

    const env = loadBundle({ now: NOW, userEmail: admin });
    writeSheets(env, moved);
    const before = valuesOf(env);
    env.call('setupWorkbook');
    expectSchoolUntouched(env, before);
    const classColumn = pupils[0].indexOf('Class') + 1;
    expect(
      env.spreadsheet
        .sheet('Ученики')
        .getRange(2, classColumn)
        .getDataValidation()
        ?.getCriteriaType(),
    ).toBe('VALUE_IN_RANGE');

    env.call('checkData');
    const pupilProblems = problemRows(env).filter((p) => p['Лист'] === 'Ученики');
    expect(pupilProblems).toEqual([]);

    // The same number of problems as the school in its original layout.
    const plain = loadBundle({ now: NOW, userEmail: admin });
    writeSheets(plain, sheets);
    plain.call('checkData');
    expect(problemRows(env)).toHaveLength(problemRows(plain).length);
  });
});

describe('setupWorkbook refuses callers it cannot trust', () => {
  it('denies an empty caller e-mail: an alert, nothing created', () => {
    const env = loadBundle({ userEmail: '' });
    env.call('setupWorkbook');
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([ru.ui.deniedNoEmail]);
    expect(env.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    expect(env.triggers.list()).toEqual([]);
    expect(env.properties.document.getKeys()).toEqual([]);
  });

  it('denies a caller who is not an administrator once administrators exist', () => {
    const env = loadBundle({ userEmail: 'teacher@school.test' });
    writeSheets(env, {
      Настройки: [
        ['Ключ', 'Значение', 'Описание'],
        ['admin_emails', 'director@school.test', ''],
      ],
    });
    const before = valuesOf(env);
    for (const action of ['setupWorkbook', 'checkData', 'checkTriggers', 'resendUnknownMail'])
      env.call(action);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual(
      Array(4).fill(ru.ui.deniedNotAdmin('teacher@school.test')),
    );
    expect(valuesOf(env)).toEqual(before);
    expect(env.triggers.list()).toEqual([]);
  });
});

describe('checkData on the messy workbook', () => {
  const sheets = messyWorkbook(zone);
  // Text that Sheets would take for a formula, in places the check reports with their value.
  // (A leading apostrophe keeps it as text in the source sheet, as a person typing it would.)
  const pupils = sheets['Ученики']!;
  const header = pupils[0]!;
  const extra: Grid[number] = header.map(() => '');
  extra[header.indexOf('ID')] = 'P100';
  extra[header.indexOf('ФИО')] = 'Новиков Илья';
  extra[header.indexOf('Класс')] = '5А';
  extra[header.indexOf('Email ученика')] = '\'=HYPERLINK("http://x")';
  extra[header.indexOf('Email родителя 1')] = "'+7 912";
  const extraRow = pupils.length + 1;
  const env = loadBundle({ now: NOW, userEmail: 'sidorova.av@school.example' });
  let problems: Array<Record<string, CellValue>> = [];

  beforeAll(() => {
    writeSheets(env, { ...sheets, Ученики: [...pupils, extra] });
    expect(() => env.call('checkData')).not.toThrow();
    problems = problemRows(env);
  });

  it('lists every expected problem with its sheet, row and column', () => {
    for (const expected of MESSY_EXPECTED) {
      const found = problems.some(
        (p) =>
          p['Лист'] === expected.sheet &&
          p['Строка'] === expected.row &&
          p['Столбец'] === expected.column &&
          String(p['Проблема']) !== '',
      );
      expect([expected, found]).toEqual([expected, true]);
    }
    expect(env.ui.alerts.at(-1)?.prompt).toBe(ru.check.found(problems.length, 'Проблемы данных'));
  });

  it('stamps each problem with when it was found', () => {
    for (const p of problems) expect(p['Найдено']).toEqual(new Date(NOW));
  });

  it('writes formula-like text back as text, never as a formula', () => {
    const values = problems.filter((p) => p['Строка'] === extraRow).map((p) => p['Значение']);
    expect(values).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '+7 912']));
    for (const name of env.spreadsheet.sheetNames())
      expect([name, env.spreadsheet.formulasIn(name)]).toEqual([name, []]);
  });
});

describe('service-call budget of checkData on the demo school', () => {
  const sheets = demoSchool({ weekOf: '2026-11-25', zone });
  // One known problem, so that there is a list to write whatever else the demo holds.
  const staff = sheets['Педагоги']!.map((row) => [...row]);
  staff[1]![staff[0]!.indexOf('Email')] = 'not-an-address';
  const env = loadBundle({ now: NOW, userEmail: demoAdmin(sheets) });
  let calls: Record<string, number> = {};

  beforeAll(() => {
    writeSheets(env, { ...sheets, Педагоги: staff });
    env.counters.reset();
    env.call('checkData');
    calls = env.counters.byMethod;
  });

  it('reads each sheet with one getValues', () => {
    const sheetCount = Object.keys(sheets).length;
    expect(calls['Range.getValues']).toBeLessThanOrEqual(sheetCount + 2);
    expect(calls['Range.getValue'] ?? 0).toBe(0);
    expect(calls['Range.getDisplayValues'] ?? 0).toBe(0);
  });

  it('writes «Проблемы данных» with one setValues', () => {
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
    expect(calls['Sheet.appendRow'] ?? 0).toBe(0);
    expect(problemRows(env).length).toBeGreaterThan(0);
  });

  it('stays within a small total', () => {
    // Measured: see the report; a cell-by-cell regression would cost thousands of calls.
    expect(env.counters.calls).toBeLessThanOrEqual(100);
  });
});
