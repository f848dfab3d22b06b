/**
 * Reading a school's sheets whatever they look like (issue 10): header and sheet-name variants
 * read as the usual spellings, a close spelling is named, a title above the header makes the
 * sheet unreadable with a problem that says what to fix.
 */
import { intlZone } from '../../../src/adapters/memory/zone';
import type { Grid } from '../../../src/domain/cells';
import { sortProblems } from '../../../src/domain/problems';
import { rowSchemas } from '../../../src/domain/schemas';
import { SHEET_KEYS, SHEETS } from '../../../src/domain/sheets';
import {
  closeHeaders,
  headerNames,
  matchHeaders,
  nameKey,
  readTable,
  sheetKeyOf,
} from '../../../src/domain/table';
import { stringsFor, ALL_NAMES } from '../../../src/i18n';
import { findSheet } from '../../../src/jobs/shared/school';

const ru = stringsFor('ru');
const en = stringsFor('en');
const schemas = rowSchemas({ zone: intlZone('Europe/Moscow'), strings: ru, languages: ALL_NAMES });

const PUPILS: Grid = [
  ['ID', 'ФИО', 'Класс', 'Email родителя 1'],
  ['P1', 'Иванов Иван', '5А', 'ivanova@mail.ru'],
];

describe('nameKey: the variants people type are one name', () => {
  it.each([
    ['E-mail родителя 1', 'Email родителя 1'],
    ['Ф.И.О.', 'ФИО'],
    ['Ученики ', 'Ученики'],
    ['  EMAIL   РОДИТЕЛЯ 1', 'Email родителя 1'],
    ['Учёник', 'Ученик'],
    ['ID_урока', 'ID урока'],
    ['Классный руководитель(email)', 'Классный руководитель (email)'],
    ['Срок–сдачи', 'Срок сдачи'],
  ])('%j = %j', (variant, usual) => {
    expect(nameKey(variant)).toBe(nameKey(usual));
  });

  it('keeps digits: «Родитель 1» is not «Родитель 2»', () => {
    expect(nameKey('Родитель 1')).not.toBe(nameKey('Родитель 2'));
  });

  it('never folds two columns of a sheet, or two sheets, into one name', () => {
    for (const sheet of SHEET_KEYS) {
      const owner = new Map<string, string>();
      for (const column of SHEETS[sheet].columns) {
        for (const name of headerNames(sheet, column.key, ALL_NAMES)) {
          expect([sheet, name, owner.get(name) ?? column.key]).toEqual([sheet, name, column.key]);
          owner.set(name, column.key);
        }
      }
    }
    const names = SHEET_KEYS.flatMap((k) => [ru.sheets[k].name, en.sheets[k].name].map(nameKey));
    expect(new Set(names).size).toBe(SHEET_KEYS.length * 2);
  });
});

describe('headers spelt the common ways', () => {
  it('reads «E-mail родителя 1» and «Ф.И.О.» as their usual columns', () => {
    const map = matchHeaders('pupils', ['ID', 'Ф.И.О.', 'Класс', 'E-mail родителя 1'], ALL_NAMES);
    expect(Object.fromEntries(map)).toEqual({ id: 0, name: 1, class: 2, parent1Email: 3 });
    const table = readTable(
      'pupils',
      'Ученики',
      [['ID', 'Ф.И.О.', 'Класс', 'E-mail родителя 1'], PUPILS[1]!],
      schemas.pupils,
      ru,
      ALL_NAMES,
    );
    expect(table.problems).toEqual([]);
    expect(table.rows[0]!.value.guardians[0]!.email).toBe('ivanova@mail.ru');
  });
});

describe('a header close to a known one is named, not ignored', () => {
  it('«Emial родителя 1»: listed as a problem on row 1, the column it probably means named', () => {
    const header = ['ID', 'ФИО', 'Класс', 'Emial родителя 1', 'Примечание'];
    const table = readTable(
      'pupils',
      'Ученики',
      [header, PUPILS[1]!],
      schemas.pupils,
      ru,
      ALL_NAMES,
    );
    expect(table.usable).toBe(true);
    expect(table.problems).toEqual([
      {
        sheet: 'Ученики',
        row: 1,
        column: 'Emial родителя 1',
        value: 'Emial родителя 1',
        reason: ru.readers.closeHeader('Emial родителя 1', 'Email родителя 1'),
      },
    ]);
  });

  it('a school column unlike any known one («Примечание», «Тип») is kept without a word', () => {
    expect(
      closeHeaders('pupils', ['ID', 'ФИО', 'Класс', 'Примечание', 'Тип'], new Map(), ALL_NAMES),
    ).toEqual([]);
    // Short names are not guessed at: «Ид» might be anything.
    expect(closeHeaders('pupils', ['Ид'], new Map(), ALL_NAMES)).toEqual([]);
  });

  it('a misspelt required column: the problem names the header that looks like it', () => {
    const table = readTable(
      'pupils',
      'Ученики',
      [
        ['ID', 'ФИО', 'Клас'],
        ['P1', 'Иванов', '5А'],
      ],
      schemas.pupils,
      ru,
      ALL_NAMES,
    );
    expect(table.usable).toBe(false);
    expect(table.problems).toEqual([
      {
        sheet: 'Ученики',
        row: 1,
        column: 'Клас',
        value: 'Клас',
        reason: ru.readers.missingColumnLike('Класс', 'Клас'),
      },
    ]);
  });

  it('«Email родителя 11» is offered the column still missing, not the one found', () => {
    const header = ['ID', 'ФИО', 'Класс', 'Email родителя 1', 'Email родителя 11'];
    expect(
      closeHeaders('pupils', header, matchHeaders('pupils', header, ALL_NAMES), ALL_NAMES),
    ).toEqual([{ index: 4, column: 'parent2Email' }]);
  });
});

describe('a header that is not on row 1', () => {
  it('a merged title above the header: unusable, one problem on row 1 naming row 2', () => {
    const grid: Grid = [['Список учащихся 2026/27', '', '', ''], ...PUPILS];
    const table = readTable('pupils', 'Ученики', grid, schemas.pupils, ru, ALL_NAMES);
    expect(table.usable).toBe(false);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      {
        sheet: 'Ученики',
        row: 1,
        column: '',
        value: 'Список учащихся 2026/27',
        reason: ru.readers.headerBelow(2),
      },
    ]);
    expect(ru.readers.headerBelow(2)).toMatch(/строке 1.*строке 2/);
    expect(en.readers.headerBelow(2)).toMatch(/must be on row 1.*row 2 looks like the header/);
  });

  it('blank rows above the header: the same, with the row it is on', () => {
    const grid: Grid = [['', '', '', ''], ['', '', '', ''], ...PUPILS];
    expect(
      readTable('pupils', 'Ученики', grid, schemas.pupils, ru, ALL_NAMES).problems[0]!.reason,
    ).toBe(ru.readers.headerBelow(3));
  });

  it('an empty sheet says so and lists the headers row 1 needs', () => {
    const table = readTable('pupils', 'Ученики', [['', '']], schemas.pupils, ru, ALL_NAMES);
    expect(table.usable).toBe(false);
    expect(table.problems.map((p) => p.reason)).toEqual([ru.readers.emptySheet('ID, ФИО, Класс')]);
  });
});

describe('sheet names', () => {
  it.each([
    ['Ученики', 'pupils'],
    ['Ученики ', 'pupils'],
    ['ученики', 'pupils'],
    ['УЧЕНИКИ', 'pupils'],
    ['Pupils', 'pupils'],
    ['data-problems', 'problems'],
    ['Очередь  писем', 'outbox'],
  ])('sheetKeyOf(%j) = %s', (name, key) => {
    expect(sheetKeyOf(name, ALL_NAMES)).toBe(key);
  });

  it('knows nothing of the school’s own sheets', () => {
    expect(sheetKeyOf('Отчёт 2026-W48', ALL_NAMES)).toBeUndefined();
    expect(sheetKeyOf('Заявки (ответы)', ALL_NAMES)).toBeUndefined();
    expect(sheetKeyOf('Ученики 2025', ALL_NAMES)).toBeUndefined();
  });

  it('findSheet takes a variant, but the add-on’s own spelling first', () => {
    expect(findSheet(['Настройки', 'ученики '], 'pupils', ru)).toBe('ученики ');
    expect(findSheet(['ученики', 'Ученики'], 'pupils', ru)).toBe('Ученики');
    expect(findSheet(['Настройки'], 'pupils', ru)).toBeUndefined();
  });
});

describe('sortProblems', () => {
  it('lists sheets in tab order, so «see above» points to a line above', () => {
    const p = (sheet: string, row: number) => ({ sheet, row, column: '', value: '', reason: '' });
    const sorted = sortProblems(
      [p('Журнал', 2), p('Моя таблица', 1), p('Ученики', 5), p('Ученики', 3)],
      ALL_NAMES,
    );
    expect(sorted.map((x) => `${x.sheet}:${x.row}`)).toEqual([
      'Ученики:3',
      'Ученики:5',
      'Журнал:2',
      'Моя таблица:1',
    ]);
  });
});
