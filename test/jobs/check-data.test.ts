import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import type { Cell, Grid } from '../../src/domain/cells';
import { SHEETS, type SheetKey } from '../../src/domain/sheets';
import { checkData } from '../../src/jobs/check-data';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { stringsFor } from '../../src/i18n';
import { silentLog } from '../../src/ports/log';

const ru = stringsFor('ru');
const NOW = new Date('2026-11-27T13:00:00Z');
const PROBLEMS = 'Проблемы данных';

const headersOf = (key: SheetKey): string[] =>
  SHEETS[key].columns.map((c) => ru.sheets[key].columns[c.key]!);

function context(workbook: MemoryWorkbook, now = NOW) {
  return { workbook, clock: new FixedClock(now), log: silentLog };
}

/** A set-up school workbook with the given data rows under the standard headers. */
function school(data: Partial<Record<SheetKey, Cell[][]>>): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  setupWorkbook(context(workbook), { callerEmail: 'zavuch@school.ru' });
  for (const [key, rows] of Object.entries(data) as [SheetKey, Cell[][]][]) {
    workbook.append(ru.sheets[key].name, rows);
  }
  return workbook;
}

describe('checkData', () => {
  it('reports no problems on a freshly set-up workbook and writes an empty list', () => {
    const workbook = school({});
    const outcome = checkData(context(workbook));
    expect(outcome).toMatchObject({ job: 'checkData', problems: 0, summary: ru.check.none });
    expect(workbook.peek(PROBLEMS)).toEqual([headersOf('problems')]);
  });

  it('writes one row per problem: sheet, row, column, value, reason, when found', () => {
    const workbook = school({
      classes: [['5А'], ['5Б']],
      pupils: [
        ['P1', 'Иванов Иван', '5А'],
        ['P2', 'Петров Пётр', '7В'],
        ['P1', 'Сидоров Сидор', '5Б'],
        ['P3', 'Смирнова Анна', '5Б', '', '', 'ivanov@'],
      ],
      journal: [
        ['28.11.2026', '5А', 'Математика', 'P1', '', '', '5+'],
        ['31.02.2026', '5А', 'Математика', 'P1'],
        ['27.11.2026', '5А', 'Математика', 'P9', '', '', 5],
      ],
    });
    const outcome = checkData(context(workbook));
    const grid = workbook.peek(PROBLEMS);
    expect(grid[0]).toEqual(headersOf('problems'));
    const rows = grid.slice(1);
    expect(outcome.problems).toBe(rows.length);
    expect(outcome.summary).toBe(ru.check.found(rows.length, PROBLEMS));
    // In tab order: «Ученики» before «Журнал», so a journal line's «see above» points up.
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['Ученики', 3, 'Класс', '7В', ru.problems.unknownClass('7В')],
      ['Ученики', 4, 'ID', 'P1', ru.problems.duplicateId(2)],
      ['Ученики', 5, 'Email родителя 1', 'ivanov@', ru.problems.badEmail],
      ['Журнал', 2, 'Отметка', '5+', ru.problems.badMark],
      ['Журнал', 3, 'Дата', '31.02.2026', ru.problems.badDate],
      ['Журнал', 4, 'ID ученика', 'P9', ru.problems.unknownPupil('P9')],
    ]);
    for (const row of rows) {
      expect(row).toHaveLength(6);
      expect(row[5]).toEqual(NOW);
    }
  });

  it('replaces the previous list instead of adding to it', () => {
    const workbook = school({ pupils: [['P1', 'Иванов Иван', '5А', 'not-an-email']] });
    checkData(context(workbook));
    expect(workbook.peek(PROBLEMS)).toHaveLength(2);
    checkData(context(workbook, new Date('2026-11-28T13:00:00Z')));
    const grid = workbook.peek(PROBLEMS);
    expect(grid).toHaveLength(2);
    expect(grid[1]![5]).toEqual(new Date('2026-11-28T13:00:00Z'));

    // Once fixed, the list is emptied below its header.
    const fixed = school({ pupils: [['P1', 'Иванов Иван', '5А', 'ivanov@mail.ru']] });
    fixed.write(PROBLEMS, 2, [['Ученики', 2, 'Email ученика', 'old', 'старая проблема', NOW]]);
    checkData(context(fixed));
    expect(fixed.peek(PROBLEMS)).toEqual([headersOf('problems')]);
  });

  it('creates the problems sheet when it is missing and reports missing sheets', () => {
    const workbook = new MemoryWorkbook();
    const outcome = checkData(context(workbook));
    expect(workbook.sheetNames()).toEqual([PROBLEMS]);
    const rows = workbook.peek(PROBLEMS).slice(1);
    expect(outcome.problems).toBe(rows.length);
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        'Настройки',
        'Классы',
        'Педагоги',
        'Ученики',
        'Расписание',
        'Журнал',
      ]),
    );
    // A problem of a whole sheet has no row number.
    expect(rows.every((r) => r[1] === '')).toBe(true);
  });

  it('reports a bad setting and an unknown key located on the settings sheet', () => {
    const workbook = school({});
    workbook.append('Настройки', [
      ['publish_hour_typo', '17', ''],
      ['summary_hour', '99', ''],
    ]);
    checkData(context(workbook));
    const rows = workbook.peek(PROBLEMS).slice(1);
    const settingsRows = workbook.peek('Настройки').length;
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Настройки', settingsRows - 1, 'Ключ', 'publish_hour_typo'],
      ['Настройки', settingsRows, 'Значение', '99'],
    ]);
  });

  it('reports a time zone that does not exist and keeps reading in Moscow time', () => {
    const workbook = school({
      classes: [['5А']],
      journal: [[new Date('2026-11-27T21:00:00Z'), '5А', 'Математика', 'P1']],
      pupils: [['P1', 'Иванов Иван', '5А']],
    });
    const grid = workbook.peek('Настройки');
    const row = grid.findIndex((r) => r[0] === 'timezone') + 1;
    workbook.write('Настройки', row, [['Moscow']], 2);
    checkData(context(workbook));
    const rows = workbook.peek(PROBLEMS).slice(1);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([['Настройки', row, 'Значение', 'Moscow']]);
    // Setup does not give the spreadsheet a zone that does not exist.
    const outcome = setupWorkbook(context(workbook), { callerEmail: 'zavuch@school.ru' });
    expect(workbook.timeZone()).toBe('Europe/Moscow');
    expect(outcome.details).toEqual([]);
  });

  it('throws nothing on garbage and lists every problem it finds', () => {
    const random = mulberry32(20261127);
    const garbage = (): Cell => {
      const pick = Math.floor(random() * 12);
      switch (pick) {
        case 0:
          return '';
        case 1:
          return Math.floor(random() * 1e6) - 5e5;
        case 2:
          return random();
        case 3:
          return random() < 0.5;
        case 4:
          return new Date(Math.floor(random() * 4e12) - 1e12);
        case 5:
          return new Date(Number.NaN);
        case 6:
          return 'я'.repeat(1 + Math.floor(random() * 50_000));
        case 7:
          return '=IMPORTXML("http://evil", "//a")';
        case 8:
          return '<script>alert(1)</script>';
        case 9:
          return null;
        case 10:
          return ['5А', 'P1', 'да', '31.02.2026', '25:99', 'зачёт', 'x@', '-', 'ё'][
            Math.floor(random() * 9)
          ]!;
        default:
          return String.fromCharCode(
            ...Array.from({ length: 8 }, () => Math.floor(random() * 0xd7ff)),
          );
      }
    };
    const rows = (width: number, height: number): Cell[][] =>
      Array.from({ length: height }, () => Array.from({ length: width }, garbage));

    for (let round = 0; round < 25; round++) {
      const data: Partial<Record<SheetKey, Cell[][]>> = {};
      for (const key of Object.keys(SHEETS) as SheetKey[]) {
        if (key === 'problems') continue;
        data[key] = rows(SHEETS[key].columns.length + 2, 1 + Math.floor(random() * 15));
      }
      const workbook = school(data);
      let outcome: ReturnType<typeof checkData> | undefined;
      expect(() => (outcome = checkData(context(workbook)))).not.toThrow();
      const listed = workbook.peek(PROBLEMS).slice(1);
      expect(outcome!.problems).toBe(listed.length);
      expect(listed.length).toBeGreaterThan(0);
      for (const row of listed) {
        expect(typeof row[0]).toBe('string');
        expect(typeof row[4]).toBe('string');
        expect(row[4]).not.toBe('');
      }
    }
  });

  it('throws nothing when even the headers are garbage', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 10; round++) {
      const sheets: Record<string, Grid> = {};
      for (const key of Object.keys(SHEETS) as SheetKey[]) {
        sheets[ru.sheets[key].name] = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
          Array.from({ length: 1 + Math.floor(random() * 8) }, (): Cell => {
            const r = random();
            if (r < 0.2) return new Date(r * 1e13);
            if (r < 0.4) return r * 1000;
            if (r < 0.5) return r < 0.45;
            if (r < 0.6) return 'Класс';
            if (r < 0.7) return 'ID';
            return `~${Math.floor(r * 1e9).toString(36)}`;
          }),
        );
      }
      const workbook = new MemoryWorkbook(sheets);
      expect(() => checkData(context(workbook))).not.toThrow();
      expect(workbook.peek(PROBLEMS)[0]).toBeDefined();
    }
  });
});

/** A small seeded generator, so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
