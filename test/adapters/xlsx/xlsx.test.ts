import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ValueType, Workbook as ExcelWorkbook } from 'exceljs';

import type { Cell, Grid } from '../../../src/domain/cells';
import { MemoryWorkbook } from '../../../src/adapters/memory/workbook';
import { intlZone } from '../../../src/adapters/memory/zone';
import { XlsxFileError, loadXlsx, saveXlsx } from '../../../src/adapters/xlsx';

const moscow = intlZone('Europe/Moscow');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'distant-xlsx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Dates compared as instants, everything else as it is. */
function comparable(grid: Grid): unknown[][] {
  return grid.map((row) =>
    row.map((v: Cell) => (v instanceof Date ? { instant: v.toISOString() } : v)),
  );
}

const lessons: Grid = [
  ['Дата', 'Начало', 'Класс', 'Урок', 'Проведён', 'Баллы', 'Телефон', 'Отмечено'],
  // 00:00 in Moscow is 21:00 UTC the day before: a date-only value must survive that.
  [
    new Date('2026-08-31T21:00:00Z'),
    0.375,
    '5А',
    'Математика',
    true,
    5,
    '+7 912 000-00-00',
    new Date('2026-09-01T06:35:00Z'),
  ],
  [
    new Date('2026-12-31T21:00:00Z'),
    0.6041666666666666,
    '11Б',
    '=1+1',
    false,
    4.5,
    '-',
    new Date('2027-01-01T20:59:30Z'),
  ],
  ['', '', '', '@все', '', -3, '', ''],
];
const classes: Grid = [
  ['Класс', 'Классный руководитель'],
  ['5А', 'Иванова Мария Петровна'],
  ['11Б', 'Петров И. И.'],
];

describe('xlsx adapter', () => {
  it('round-trips sheets, order and values', async () => {
    // «11» sorts first among an object's keys: the loaded order must still be the tab order.
    const memory = new MemoryWorkbook({}, 'Europe/Moscow');
    for (const [name, grid] of [
      ['Расписание', lessons],
      ['Классы', classes],
      ['11', [['x']]],
    ] as const) {
      memory.createSheet(name);
      memory.write(name, 1, grid);
    }
    memory.createSheet('Пустой');
    memory.applyLayout('Расписание', {
      frozenRows: 1,
      columns: [
        { column: 2, format: 'time' },
        { column: 3, dropdownFrom: { sheet: 'Классы', column: 1 } },
        { column: 5, dropdown: ['да', 'нет'] },
        // Numbers in a date-formatted column must not come back as dates.
        { column: 6, format: 'date' },
        { column: 7, format: 'text' },
      ],
      headerNotes: new Map([[4, 'Тема урока']]),
    });
    const file = join(dir, 'out', 'школа.xlsx');

    await saveXlsx(memory, file, moscow);
    const loaded = await loadXlsx(file, moscow);

    expect(loaded.sheetNames()).toEqual(['Расписание', 'Классы', '11', 'Пустой']);
    expect(loaded.timeZone()).toBe('Europe/Moscow');
    expect(comparable(loaded.peek('Расписание'))).toEqual(comparable(lessons));
    expect(loaded.peek('Классы')).toEqual(classes);
    expect(loaded.peek('11')).toEqual([['x']]);
    expect(loaded.peek('Пустой')).toEqual([]);
    expect(loaded.counters).toEqual({ reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 });
  });

  it('writes formula-like text as text, dates as the Moscow wall clock, a bold frozen header and drop-downs', async () => {
    const memory = new MemoryWorkbook({ Расписание: lessons, Классы: classes });
    memory.applyLayout('Расписание', {
      frozenRows: 1,
      columns: [
        { column: 3, dropdownFrom: { sheet: 'Классы', column: 1 } },
        { column: 5, dropdown: ['да', 'нет'] },
      ],
    });
    const file = join(dir, 'school.xlsx');
    await saveXlsx(memory, file, moscow);

    const book = new ExcelWorkbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Расписание')!;
    const formulaLike = sheet.getCell('D3');
    expect(formulaLike.type).toBe(ValueType.String);
    expect(formulaLike.value).toBe('=1+1');
    expect(sheet.getCell('G2').type).toBe(ValueType.String);
    expect(sheet.getCell('A2').value).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(sheet.getCell('A2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('H2').value).toEqual(new Date('2026-09-01T09:35:00Z'));
    expect(sheet.getCell('H2').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Классы'!$A$2:$A$3"],
    });
    expect(sheet.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"да,нет"'],
    });
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(12);
  });

  it('reads a file written elsewhere: times, rich text, links, formulas, errors and merges', async () => {
    const book = new ExcelWorkbook();
    const sheet = book.addWorksheet('Журнал');
    sheet.addRow([
      'Когда',
      'Время',
      'Текст',
      'Ссылка',
      'Формула',
      'Без кэша',
      'Ошибка',
      'Слито',
      '',
    ]);
    sheet.addRow([
      new Date('2026-11-27T00:00:00Z'),
      new Date('1899-12-30T09:00:00Z'),
      { richText: [{ text: 'Ива' }, { text: 'нов', font: { bold: true } }] },
      { text: 'Урок', hyperlink: 'https://example.org' },
      { formula: 'A1&"!"', result: 'Когда!' },
      { formula: '1+1' },
      { error: '#N/A' },
      'общий',
      'конец',
    ]);
    sheet.mergeCells('H2:H3');
    sheet.getCell('B2').numFmt = 'hh:mm';
    sheet.getCell('A2').numFmt = 'dd.mm.yyyy';
    const file = join(dir, 'external.xlsx');
    await book.xlsx.writeFile(file);

    const loaded = await loadXlsx(file, moscow);
    // Row 3 holds only the lower half of the merge, which reads '' as in Sheets, so it is trimmed.
    expect(comparable(loaded.peek('Журнал'))).toEqual(
      comparable([
        ['Когда', 'Время', 'Текст', 'Ссылка', 'Формула', 'Без кэша', 'Ошибка', 'Слито', ''],
        [
          new Date('2026-11-26T21:00:00Z'),
          0.375,
          'Иванов',
          'Урок',
          'Когда!',
          '',
          '#N/A',
          'общий',
          'конец',
        ],
      ]),
    );
  });

  it('keeps times typed in the file as times when saving again', async () => {
    const book = new ExcelWorkbook();
    const sheet = book.addWorksheet('Расписание');
    sheet.addRow(['Начало']);
    sheet.addRow([new Date('1899-12-30T08:30:00Z')]);
    sheet.getCell('A2').numFmt = 'hh:mm';
    const first = join(dir, 'first.xlsx');
    await book.xlsx.writeFile(first);

    const second = join(dir, 'second.xlsx');
    await saveXlsx(await loadXlsx(first, moscow), second, moscow);
    const again = new ExcelWorkbook();
    await again.xlsx.readFile(second);
    expect(again.getWorksheet('Расписание')!.getCell('A2').numFmt).toBe('hh:mm');
    expect((await loadXlsx(second, moscow)).peek('Расписание')).toEqual([['Начало'], [8.5 / 24]]);
  });

  it('throws a clear error for a missing file', async () => {
    const missing = join(dir, 'нет такого.xlsx');
    await expect(loadXlsx(missing, moscow)).rejects.toThrow(XlsxFileError);
    await expect(loadXlsx(missing, moscow)).rejects.toThrow(/not found/);
  });

  it('throws a clear error for a file that is not xlsx', async () => {
    const csv = join(dir, 'school.xlsx');
    await writeFile(csv, 'Класс;Руководитель\n5А;Иванова\n');
    await expect(loadXlsx(csv, moscow)).rejects.toThrow(XlsxFileError);
    await expect(loadXlsx(csv, moscow)).rejects.toThrow(/is not an xlsx file/);
    await expect(loadXlsx(dir, moscow)).rejects.toThrow(/is not a file/);
  });

  it('refuses sheet names Excel cannot hold instead of cutting them', async () => {
    const memory = new MemoryWorkbook({ ['Отчёт за неделю 2026-W48 по всем классам']: [['x']] });
    await expect(saveXlsx(memory, join(dir, 'long.xlsx'), moscow)).rejects.toThrow(
      /longer than 31/,
    );
  });
});
