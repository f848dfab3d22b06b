import { intlZone } from '../../../src/adapters/memory/zone';
import type { Grid } from '../../../src/domain/cells';
import { rowSchemas } from '../../../src/domain/schemas';
import { SHEETS } from '../../../src/domain/sheets';
import {
  headerNames,
  matchHeaders,
  missingColumns,
  readTable,
  sheetNames,
} from '../../../src/domain/table';
import { stringsFor, ALL_NAMES } from '../../../src/i18n';

const ru = stringsFor('ru');
const en = stringsFor('en');
const ctx = { zone: intlZone('Europe/Moscow'), strings: ru, languages: ALL_NAMES };
const schemas = rowSchemas(ctx);

const PUPIL_HEADER = [
  'ID',
  'ФИО',
  'Класс',
  'Email ученика',
  'Родитель 1',
  'Email родителя 1',
  'Телефон родителя 1',
  'Родитель 2',
  'Email родителя 2',
  'Телефон родителя 2',
  'Обучается',
];

describe('headerNames and sheetNames', () => {
  it('lists the names of a column in both languages, folded', () => {
    expect(headerNames('journal', 'mark', ALL_NAMES)).toEqual(
      expect.arrayContaining(['отметка', 'оценка', 'mark', 'grade']),
    );
  });

  it('lists the names of a sheet, the current language first', () => {
    expect(sheetNames('problems', ru, ALL_NAMES)).toEqual(['Проблемы данных', 'Data problems']);
    expect(sheetNames('problems', en, ALL_NAMES)).toEqual(['Data problems', 'Проблемы данных']);
  });
});

describe('matchHeaders', () => {
  it('finds every column of the Russian header in order', () => {
    const map = matchHeaders('pupils', PUPIL_HEADER, ALL_NAMES);
    expect(map.size).toBe(SHEETS.pupils.columns.length);
    SHEETS.pupils.columns.forEach((c, i) => expect([c.key, map.get(c.key)]).toEqual([c.key, i]));
  });

  it('finds columns in any order, in any case, with «ё» and extra columns', () => {
    const header = [
      'Примечание классного руководителя',
      'КЛАСС',
      '  фио ',
      'Обучается',
      'id',
      '',
      'Email Родителя 1',
    ];
    const map = matchHeaders('pupils', header, ALL_NAMES);
    expect(Object.fromEntries(map)).toEqual({
      class: 1,
      name: 2,
      active: 3,
      id: 4,
      parent1Email: 6,
    });
    // «Учёник» is «Ученик»: the journal's pupil name.
    expect(matchHeaders('journal', ['Учёник', 'ОТМЕТКА'], ALL_NAMES).get('pupilName')).toBe(0);
  });

  it('accepts English headers and aliases of either language', () => {
    const map = matchHeaders(
      'journal',
      ['Pupil ID', 'Date', 'Grade', 'Class', 'Subject', 'ФИО ученика', 'Attendance'],
      ALL_NAMES,
    );
    expect(Object.fromEntries(map)).toEqual({
      pupilId: 0,
      date: 1,
      mark: 2,
      class: 3,
      subject: 4,
      pupilName: 5,
      attendance: 6,
    });
    expect(matchHeaders('schedule', ['Учитель', '№ урока'], ALL_NAMES).get('teacher')).toBe(0);
    expect(matchHeaders('schedule', ['Учитель', '№ урока'], ALL_NAMES).get('period')).toBe(1);
  });

  it('takes the first matching header and never gives one column to two keys', () => {
    const map = matchHeaders('schedule', ['Комментарий', 'Комментарий администрации'], ALL_NAMES);
    expect(map.get('adminComment')).toBe(0);
    expect([...map.values()].filter((i) => i === 1)).toHaveLength(0);
    const twice = matchHeaders('pupils', ['ФИО', 'ФИО'], ALL_NAMES);
    expect(twice.get('name')).toBe(0);
  });

  it('lists missing required columns only', () => {
    const map = matchHeaders('pupils', ['ID', 'ФИО'], ALL_NAMES);
    expect(missingColumns('pupils', map)).toEqual(['class']);
  });
});

describe('readTable', () => {
  const grid: Grid = [
    ['Класс', 'Заметка', 'ФИО', 'ID', 'Email родителя 1', 'Обучается'],
    ['5А', 'любая', 'Иванов Иван', 'P1', 'IVANOVA@mail.ru', 'да'],
    ['', '', '', '', '', ''],
    ['  ', null, null, '', '', ''],
    ['5а', '', 'Петров Пётр', 'P2', 'petrova@', 'может'],
    ['12Б', '', 'Сидоров', 'P3', '', ''],
    ['5A', '', '', 'P4', '', 'нет'],
    ['5-А', '', 'Смирнова Анна', 4, '', false],
  ];

  it('reads good rows with their 1-based sheet rows, skipping blank rows', () => {
    const table = readTable('pupils', 'Ученики', grid, schemas.pupils, ru, ALL_NAMES);
    expect(table.usable).toBe(true);
    expect(table.sheetName).toBe('Ученики');
    expect(table.rows.map((r) => r.row)).toEqual([2, 8]);
    expect(table.rows[0]!.value).toEqual({
      id: 'P1',
      name: 'Иванов Иван',
      class: '5А',
      email: undefined,
      guardians: [{ name: undefined, email: 'ivanova@mail.ru', phone: undefined }],
      active: true,
    });
    expect(table.rows[1]!.value).toMatchObject({ id: '4', class: '5А', active: false });
  });

  it('reports each rejected cell with row, header text as in the sheet, raw value and reason', () => {
    const table = readTable('pupils', 'Ученики', grid, schemas.pupils, ru, ALL_NAMES);
    expect(table.problems).toEqual([
      {
        sheet: 'Ученики',
        row: 5,
        column: 'Email родителя 1',
        value: 'petrova@',
        reason: ru.problems.badEmail,
      },
      {
        sheet: 'Ученики',
        row: 5,
        column: 'Обучается',
        value: 'может',
        reason: ru.problems.badYesNo,
      },
      { sheet: 'Ученики', row: 6, column: 'Класс', value: '12Б', reason: ru.problems.badClassName },
      { sheet: 'Ученики', row: 7, column: 'ФИО', value: '', reason: ru.problems.required },
    ]);
  });

  it('uses the header text as the school wrote it', () => {
    const table = readTable(
      'journal',
      'Журнал',
      [
        ['  ДАТА ', 'класс', 'Предмет', 'ID ученика', 'Оценка'],
        ['28.11.2026', '5А', 'Математика', 'P1', '5+'],
        [46354, '5А', 'Математика', 'P1', 4],
      ],
      schemas.journal,
      ru,
      ALL_NAMES,
    );
    expect(table.problems).toEqual([
      { sheet: 'Журнал', row: 2, column: 'Оценка', value: '5+', reason: ru.problems.badMark },
    ]);
    expect(table.rows).toEqual([
      {
        row: 3,
        value: expect.objectContaining({ date: '2026-11-28', class: '5А', mark: 4 }),
      },
    ]);
  });

  it('reads a Date value in a date column at Moscow midnight', () => {
    const table = readTable(
      'journal',
      'Журнал',
      [
        ['Дата', 'Класс', 'Предмет', 'ID ученика'],
        [new Date('2026-11-27T21:00:00Z'), '5А', 'Математика', 'P1'],
      ],
      schemas.journal,
      ru,
      ALL_NAMES,
    );
    expect(table.rows[0]!.value.date).toBe('2026-11-28');
  });

  it('makes a table without a required column unusable, with one problem', () => {
    const table = readTable(
      'pupils',
      'Ученики',
      [
        ['ID', 'ФИО', 'Email ученика'],
        ['P1', 'Иванов', 'a@b.ru'],
      ],
      schemas.pupils,
      ru,
      ALL_NAMES,
    );
    expect(table.usable).toBe(false);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      {
        sheet: 'Ученики',
        row: 1,
        column: 'Класс',
        value: '',
        reason: ru.problems.missingColumn('Класс'),
      },
    ]);
  });

  it('treats an empty grid as lacking its required columns', () => {
    const table = readTable('classes', 'Классы', [], schemas.classes, ru, ALL_NAMES);
    expect(table.usable).toBe(false);
    expect(table.problems).toHaveLength(1);
  });

  it('keeps reading short rows: missing trailing cells are blank', () => {
    const table = readTable(
      'classes',
      'Классы',
      [['Класс', 'Классный руководитель (email)', 'Email рассылки класса'], ['5А']],
      schemas.classes,
      ru,
      ALL_NAMES,
    );
    expect(table.rows).toEqual([
      { row: 2, value: { name: '5А', classTeacher: undefined, groupEmail: undefined } },
    ]);
  });
});
