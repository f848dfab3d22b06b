/**
 * A small, deliberately messy school for tests of the data check: the mistakes people really make
 * in a shared spreadsheet, each at a known place. `MESSY_EXPECTED` lists every place the check
 * must report; rows that are merely odd (blank rows) must not be reported at all.
 */
import { instantOf, type LocalDate, type Zone } from '../domain/calendar';
import type { Cell, Grid } from '../domain/cells';
import { SHEET_KEYS, type SheetKey } from '../domain/sheets';
import { ru } from '../i18n/ru';
import { sheetGrid } from './grid';

type Rows = Record<string, Cell>[];
const DOMAIN = 'school.example';
const BLANK = {};

/**
 * Every problem the data check must find in `messyWorkbook`: sheet, 1-based row and the column
 * header as it stands in the sheet.
 */
export const MESSY_EXPECTED: Array<{ sheet: string; row: number; column: string }> = [
  { sheet: 'Настройки', row: 4, column: 'Значение' }, // publish_hour = 25
  { sheet: 'Настройки', row: 5, column: 'Ключ' }, // unknown key
  { sheet: 'Педагоги', row: 3, column: 'Email' }, // 'ivanov@'
  { sheet: 'Ученики', row: 3, column: 'Email родителя 1' }, // 'петров at mail.ru'
  { sheet: 'Ученики', row: 5, column: 'ФИО' }, // HTML in the pupil's name
  { sheet: 'Ученики', row: 6, column: 'Родитель 1' }, // HTML in the parent's name
  { sheet: 'Ученики', row: 7, column: 'ID' }, // duplicate ID
  { sheet: 'Ученики', row: 8, column: 'Класс' }, // 10В is not on «Классы»
  { sheet: 'Ученики', row: 9, column: 'Класс' }, // 'пятый'
  { sheet: 'Расписание', row: 3, column: 'Дата' }, // 31.02.2026
  { sheet: 'Расписание', row: 4, column: 'Конец' }, // ends before it starts
  { sheet: 'Журнал', row: 3, column: 'Дата' }, // 'вчера'
  { sheet: 'Журнал', row: 4, column: 'Отметка' }, // 6
  { sheet: 'Журнал', row: 6, column: 'Отметка' }, // 5+
  { sheet: 'Журнал', row: 7, column: 'Отметка' }, // 4.5
  { sheet: 'Журнал', row: 8, column: 'ID ученика' }, // no such pupil
];

/** The messy school's workbook, Russian headers, dates in `zone`. */
export function messyWorkbook(zone: Zone): Record<string, Grid> {
  const day = (date: LocalDate): Date => instantOf(zone, date);
  const teacher = `ivanova.mp@${DOMAIN}`;
  const lesson = (
    id: string,
    date: Cell,
    cls: string,
    period: number,
    start: string,
    end: string,
    subject: string,
  ) => ({
    id,
    date,
    class: cls,
    period,
    start,
    end,
    subject,
    teacher,
    form: 'онлайн',
    resource: 'https://sferum.ru/?call_link=demo',
    topic: 'Повторение',
    task: 'Упр. 12',
    deadline: day('2026-11-24'),
    status: 'согласовано',
  });
  const mark = (date: Cell, cls: string, pupilId: string, pupilName: string, mark: Cell) => ({
    date,
    class: cls,
    subject: 'Математика',
    pupilId,
    pupilName,
    attendance: 'был',
    mark,
    work: 'сдана',
    workKind: 'работа на уроке',
    teacher,
    lessonId: 'L1',
  });
  const pupil = (id: string, name: string, cls: string, parent: string, email: string) => ({
    id,
    name,
    class: cls,
    parent1Name: parent,
    parent1Email: email,
    parent1Phone: '8 912 000-11-22',
    active: 'да',
  });

  const records: Record<SheetKey, Rows> = {
    settings: [
      { key: 'school_name', value: 'Тестовая школа' },
      { key: 'timezone', value: 'Europe/Moscow' },
      { key: 'publish_hour', value: '25' },
      { key: 'colour_scheme', value: 'зелёная' },
      { key: 'mail_mode', value: 'off' },
    ],
    classes: [
      { class: '5А', classTeacher: teacher },
      { class: '5Б', classTeacher: `sidorova.av@${DOMAIN}` },
      { class: '6А' },
    ],
    staff: [
      { name: 'Иванова Мария Петровна', email: teacher, role: 'учитель', subjects: 'Математика' },
      {
        name: 'Иванов Пётр Сергеевич',
        email: 'ivanov@',
        role: 'учитель',
        subjects: 'Русский язык',
      },
      { name: 'Сидорова Анна Викторовна', email: `sidorova.av@${DOMAIN}`, role: 'администратор' },
    ],
    pupils: [
      pupil(
        'P001',
        'Смирнов Артём Алексеевич',
        '5А',
        'Смирнова Елена Ивановна',
        'smirnova@mail.example',
      ),
      pupil(
        'P002',
        'Кузнецова Дарья Олеговна',
        '5А',
        'Кузнецов Олег Павлович',
        'петров at mail.ru',
      ),
      BLANK,
      pupil(
        'P003',
        '<b>Иванов</b> Иван',
        '5Б',
        'Иванова Ольга Сергеевна',
        'ivanova.o@mail.example',
      ),
      pupil(
        'P004',
        'Орлова Мария Андреевна',
        '5Б',
        '<i>Орлова</i> Анна Петровна',
        'orlova@mail.example',
      ),
      pupil('P003', 'Попов Егор Дмитриевич', '6А', 'Попова Ирина Юрьевна', 'popova@mail.example'),
      pupil(
        'P005',
        'Волков Лев Игоревич',
        '10В',
        'Волкова Ксения Андреевна',
        'volkova@mail.example',
      ),
      pupil(
        'P006',
        'Зайцева Ева Павловна',
        'пятый',
        'Зайцева Юлия Олеговна',
        'zaytseva@mail.example',
      ),
      pupil('P007', 'Белов Марк Романович', '6А', 'Белова Наталья Игоревна', 'belova@mail.example'),
    ],
    schedule: [
      lesson('L1', day('2026-11-23'), '5А', 1, '09:00', '09:30', 'Математика'),
      lesson('L2', '31.02.2026', '5А', 2, '09:45', '10:15', 'Математика'),
      lesson('L3', day('2026-11-23'), '5Б', 1, '10:00', '09:30', 'Математика'),
      BLANK,
      lesson('L4', day('2026-11-23'), '6А', 1, '09:00', '09:30', 'Математика'),
    ],
    journal: [
      mark(day('2026-11-23'), '5А', 'P001', 'Смирнов Артём Алексеевич', 5),
      mark('вчера', '5А', 'P001', 'Смирнов Артём Алексеевич', 4),
      mark(day('2026-11-23'), '5А', 'P001', 'Смирнов Артём Алексеевич', '6'),
      BLANK,
      mark(day('2026-11-23'), '5Б', 'P003', 'Иванов Иван', '5+'),
      mark(day('2026-11-23'), '5Б', 'P004', 'Орлова Мария Андреевна', '4.5'),
      mark(day('2026-11-23'), '6А', 'P999', 'Неизвестный ученик', 3),
      {
        ...mark(day('2026-11-23'), '6А', 'P007', 'Белов Марк Романович', ''),
        attendance: 'н',
        work: 'не сдана',
      },
    ],
    access: [
      {
        pupilId: 'P001',
        date: day('2026-11-16'),
        computer: 'да',
        internet: 'да',
        device: 'ноутбук',
        paper: 'нет',
        contact: 'электронная почта',
        filledBy: 'родитель',
      },
    ],
    requests: [
      {
        id: 'R001',
        date: day('2026-11-23'),
        type: 'консультация',
        pupilId: 'P001',
        class: '5А',
        applicant: 'Смирнова Елена Ивановна',
        subject: 'Математика',
        status: 'новая',
        assignee: teacher,
        due: day('2026-11-25'),
      },
    ],
    outbox: [],
    problems: [],
    publications: [],
    informed: [],
    agreements: [],
    routed: [],
    erasures: [],
    termMarks: [],
  };
  const out: Record<string, Grid> = {};
  for (const key of SHEET_KEYS) out[ru.sheets[key].name] = sheetGrid(key, ru, records[key]);
  return out;
}
