import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import type { Cell, Grid } from '../../src/domain/cells';
import { SETTING_DEFAULTS } from '../../src/domain/settings';
import { SHEET_SPECS, SHEETS } from '../../src/domain/sheets';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { stringsFor } from '../../src/i18n';
import { silentLog } from '../../src/ports/log';

const ru = stringsFor('ru');
const en = stringsFor('en');
const NOW = new Date('2026-11-27T13:00:00Z');

function run(workbook: MemoryWorkbook, callerEmail = ' Zavuch@School.RU ') {
  return setupWorkbook({ workbook, clock: new FixedClock(NOW), log: silentLog }, { callerEmail });
}

/** Every grid of the workbook by sheet name, deep-copied. */
function snapshot(workbook: MemoryWorkbook): Record<string, Grid> {
  return Object.fromEntries(
    workbook.sheetNames().map((name) => [name, workbook.peek(name).map((r) => [...r])]),
  );
}

const headersOf = (locale: 'ru' | 'en', key: (typeof SHEET_SPECS)[number]['key']): string[] => {
  const strings = stringsFor(locale);
  return SHEETS[key].columns.map((c) => strings.sheets[key].columns[c.key]!);
};

describe('setupWorkbook on an empty workbook', () => {
  const workbook = new MemoryWorkbook({}, 'Etc/UTC');
  const outcome = run(workbook);

  it('creates every sheet with its Russian headers', () => {
    expect(workbook.sheetNames()).toEqual(SHEET_SPECS.map((s) => ru.sheets[s.key].name));
    for (const spec of SHEET_SPECS) {
      expect(workbook.peek(ru.sheets[spec.key].name)[0]).toEqual(headersOf('ru', spec.key));
    }
    for (const spec of SHEET_SPECS) {
      expect(outcome.details).toContain(ru.setup.created(ru.sheets[spec.key].name));
    }
  });

  it('writes the default settings with the caller as the administrator', () => {
    const grid = workbook.peek('Настройки');
    expect(grid.slice(1).map((r) => r[0])).toEqual(SETTING_DEFAULTS.map(([key]) => key));
    const value = (key: string): Cell => grid.find((r) => r[0] === key)?.[1] ?? null;
    expect(value('admin_emails')).toBe('zavuch@school.ru');
    expect(value('timezone')).toBe('Europe/Moscow');
    expect(value('locale')).toBe('ru');
    // Vocabulary settings in the workbook's language.
    expect(value('mail_mode')).toBe('проверка');
    expect(value('survey_invitations')).toBe('ежемесячно');
    expect(value('privacy_mode')).toBe('обычный');
    expect(value('school_days')).toBe('пн–пт');
    for (const row of grid.slice(1)) {
      expect(row[2]).toBe(ru.settingDescriptions[String(row[0])]);
    }
  });

  it('leaves the other sheets with their header row only', () => {
    for (const spec of SHEET_SPECS.filter((s) => s.key !== 'settings')) {
      expect(workbook.peek(ru.sheets[spec.key].name)).toHaveLength(1);
    }
  });

  it('freezes the header, sets drop-downs and formats', () => {
    for (const spec of SHEET_SPECS) {
      expect(workbook.layouts.get(ru.sheets[spec.key].name)?.frozenRows).toBe(1);
    }
    const staff = workbook.layouts.get('Педагоги')!;
    expect(staff.columns).toEqual(
      expect.arrayContaining([
        { column: 3, dropdown: ['администратор', 'учитель'] },
        { column: 5, format: 'text' },
      ]),
    );
    const schedule = workbook.layouts.get('Расписание')!;
    const column = (n: number) => schedule.columns.find((c) => c.column === n);
    expect(column(2)).toEqual({ column: 2, format: 'date' });
    expect(column(3)).toEqual({ column: 3, dropdownFrom: { sheet: 'Классы', column: 1 } });
    expect(column(5)).toEqual({ column: 5, format: 'time' });
    expect(column(14)).toEqual({
      column: 14,
      dropdown: ['черновик', 'на согласовании', 'согласовано', 'отменено'],
    });
    const journal = workbook.layouts.get('Журнал')!;
    expect(journal.columns.find((c) => c.column === 7)).toEqual({
      column: 7,
      dropdown: ['5', '4', '3', '2', '1', 'зачёт', 'незачёт'],
    });
    const pupils = workbook.layouts.get('Ученики')!;
    expect(pupils.columns.find((c) => c.column === 11)).toEqual({
      column: 11,
      dropdown: ['да', 'нет'],
    });
  });

  it('protects the system sheets only, for the administrators', () => {
    for (const spec of SHEET_SPECS) {
      const layout = workbook.layouts.get(ru.sheets[spec.key].name)!;
      expect([spec.key, layout.protection]).toEqual([
        spec.key,
        spec.system ? { note: ru.setup.protectedNote, editors: ['zavuch@school.ru'] } : undefined,
      ]);
    }
    expect(SHEET_SPECS.filter((s) => s.system).map((s) => s.key)).toEqual([
      'outbox',
      'problems',
      'publications',
      'informed',
      'agreements',
      'routed',
      'erasures',
      'termMarks',
    ]);
  });

  it('sets the spreadsheet time zone to the school’s', () => {
    expect(workbook.timeZone()).toBe('Europe/Moscow');
    expect(outcome.details).toContain(ru.setup.timezoneSet('Europe/Moscow'));
    expect(outcome).toMatchObject({ job: 'setup', problems: 0, messages: 0 });
  });

  it('does nothing on a second run and leaves every grid identical', () => {
    const before = snapshot(workbook);
    const layouts = new Map(workbook.layouts);
    const again = run(workbook, 'someone.else@school.ru');
    expect(again.details).toEqual([]);
    expect(again.summary).toBe(ru.setup.nothingToDo);
    expect(snapshot(workbook)).toEqual(before);
    expect(new Map(workbook.layouts)).toEqual(layouts);
    expect(workbook.timeZone()).toBe('Europe/Moscow');
  });
});

describe('setupWorkbook on a workbook with school data', () => {
  const date = new Date('2026-11-29T21:00:00Z');
  const sheets: Record<string, Grid> = {
    Настройки: [
      ['Ключ', 'Значение', 'Описание'],
      ['school_name', 'МБОУ СОШ № 5', 'наше описание'],
      ['admin_emails', 'director@school.ru', ''],
      ['timezone', 'Asia/Yekaterinburg', ''],
    ],
    Классы: [
      ['Класс', 'Классный руководитель (email)', 'Email рассылки класса'],
      ['5А', 'ivanova@school.ru', ''],
    ],
    // Columns in another order, an extra school column, English «Full name», no «Телефон родителя 2».
    Ученики: [
      [
        'Класс',
        'Full name',
        'ID',
        'Примечание',
        'Email ученика',
        'Родитель 1',
        'Email родителя 1',
        'Телефон родителя 1',
        'Родитель 2',
        'Email родителя 2',
        'Обучается',
      ],
      [
        '5А',
        'Иванов Иван',
        'P1',
        'аллергия',
        '',
        'Иванова Мария',
        'ivanova@mail.ru',
        '+7 900',
        '',
        '',
        'да',
      ],
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['5А', 'Петров Пётр', 'P2', '', '', '', '', '', '', '', true],
    ],
    Расписание: [
      [...headersOf('ru', 'schedule'), 'Кабинет'],
      [
        'L1',
        date,
        '5А',
        1,
        0.375,
        '09:40',
        'Математика',
        'ivanova@school.ru',
        'онлайн',
        '',
        '',
        '',
        '',
        'согласовано',
        '',
        '',
        '12',
      ],
    ],
  };
  const workbook = new MemoryWorkbook(sheets, 'Asia/Yekaterinburg');
  const original = snapshot(workbook);
  const outcome = run(workbook);

  it('keeps every existing cell where it was', () => {
    for (const [name, grid] of Object.entries(original)) {
      const now = workbook.peek(name);
      grid.forEach((row, r) =>
        row.forEach((value, c) => expect([name, r, c, now[r]![c]]).toEqual([name, r, c, value])),
      );
    }
  });

  it('adds the missing column after the last one', () => {
    const header = workbook.peek('Ученики')[0]!;
    expect(header).toEqual([...original['Ученики']![0]!, 'Телефон родителя 2']);
    expect(outcome.details).toContain(ru.setup.addedColumns('Ученики', 'Телефон родителя 2'));
    expect(workbook.peek('Ученики')).toHaveLength(4);
    expect(workbook.peek('Ученики')[3]![11]).toBe('');
  });

  it('leaves complete sheets and the extra column alone', () => {
    expect(workbook.peek('Расписание')).toEqual(original['Расписание']);
    expect(workbook.peek('Классы')).toEqual(original['Классы']);
  });

  it('adds only the missing settings and keeps the administrator the school chose', () => {
    const grid = workbook.peek('Настройки');
    expect(grid.slice(0, 4)).toEqual(original['Настройки']);
    const keys = grid.slice(1).map((r) => r[0]);
    expect(keys).toHaveLength(SETTING_DEFAULTS.length);
    expect(new Set(keys)).toEqual(new Set(SETTING_DEFAULTS.map(([k]) => k)));
    expect(keys.filter((k) => k === 'admin_emails')).toHaveLength(1);
    expect(grid.find((r) => r[0] === 'admin_emails')![1]).toBe('director@school.ru');
  });

  it('creates the sheets that were missing', () => {
    for (const key of ['staff', 'journal', 'access', 'requests', 'outbox', 'problems'] as const) {
      expect(workbook.peek(ru.sheets[key].name)[0]).toEqual(headersOf('ru', key));
    }
  });

  it('lays drop-downs out where the columns really are', () => {
    const pupils = workbook.layouts.get('Ученики')!;
    expect(pupils.columns).toEqual(
      expect.arrayContaining([
        { column: 1, dropdownFrom: { sheet: 'Классы', column: 1 } },
        { column: 3, format: 'text' },
        { column: 11, dropdown: ['да', 'нет'] },
        { column: 12, format: 'text' },
      ]),
    );
  });

  it('keeps the school’s time zone', () => {
    expect(workbook.timeZone()).toBe('Asia/Yekaterinburg');
  });

  it('has nothing to do on the next run', () => {
    const before = snapshot(workbook);
    const again = run(workbook);
    expect(again.details).toEqual([]);
    expect(snapshot(workbook)).toEqual(before);
  });
});

describe('setupWorkbook on an English workbook', () => {
  const workbook = new MemoryWorkbook(
    {
      Settings: [
        ['Key', 'Value'],
        ['locale', 'en'],
        ['timezone', 'Europe/London'],
      ],
      Pupils: [
        ['ID', 'Name', 'Class', 'Parent 1 email'],
        ['P1', 'John Smith', '5A', 'smith@mail.uk'],
      ],
    },
    'Europe/Moscow',
  );
  const outcome = run(workbook, 'head@school.uk');

  it('creates the missing sheets with English names and headers', () => {
    expect(workbook.sheetNames()).toEqual([
      'Settings',
      'Pupils',
      ...SHEET_SPECS.filter((s) => s.key !== 'settings' && s.key !== 'pupils').map(
        (s) => en.sheets[s.key].name,
      ),
    ]);
    expect(workbook.peek('Data problems')[0]).toEqual(headersOf('en', 'problems'));
    expect(workbook.peek('Schedule')[0]).toEqual(headersOf('en', 'schedule'));
    expect(workbook.sheetNames()).not.toContain('Настройки');
    expect(outcome.details).toContain(en.setup.created('Classes'));
  });

  it('adds the missing columns in English after the last one', () => {
    const grid = workbook.peek('Pupils');
    expect(grid[0]).toEqual([
      'ID',
      'Name',
      'Class',
      'Parent 1 email',
      'Pupil email',
      'Parent 1',
      'Parent 1 phone',
      'Parent 2',
      'Parent 2 email',
      'Parent 2 phone',
      'Studying',
    ]);
    expect(grid[1]!.slice(0, 4)).toEqual(['P1', 'John Smith', '5A', 'smith@mail.uk']);
    expect(workbook.peek('Settings')[0]).toEqual(['Key', 'Value', 'Description']);
  });

  it('adds the missing settings with English descriptions', () => {
    const grid = workbook.peek('Settings');
    expect(grid[1]).toEqual(['locale', 'en', '']);
    const admin = grid.find((r) => r[0] === 'admin_emails')!;
    expect(admin).toEqual(['admin_emails', 'head@school.uk', en.settingDescriptions.admin_emails]);
  });

  it('uses English drop-downs and notes', () => {
    expect(workbook.layouts.get('Staff')!.columns).toContainEqual({
      column: 3,
      dropdown: ['administrator', 'teacher'],
    });
    expect(workbook.layouts.get('Pupils')!.columns).toContainEqual({
      column: 11,
      dropdown: ['yes', 'no'],
    });
    expect(workbook.layouts.get('Outbox')!.protection?.note).toBe(en.setup.protectedNote);
  });

  it('sets the school’s time zone and reports in English', () => {
    expect(workbook.timeZone()).toBe('Europe/London');
    expect(outcome.details).toContain(en.setup.timezoneSet('Europe/London'));
    expect(run(workbook).summary).toBe(en.setup.nothingToDo);
  });
});
