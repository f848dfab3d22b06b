import { intlZone } from '../../../src/adapters/memory/zone';
import type { Grid } from '../../../src/domain/cells';
import { crossCheck } from '../../../src/domain/checks';
import { rowSchemas } from '../../../src/domain/schemas';
import { readTable } from '../../../src/domain/table';
import { stringsFor, ALL_NAMES } from '../../../src/i18n';

const ru = stringsFor('ru');
const schemas = rowSchemas({ zone: intlZone('Europe/Moscow'), strings: ru, languages: ALL_NAMES });

const CLASSES: Grid = [['Класс'], ['5А'], ['5Б']];
const PUPILS_HEADER = ['ID', 'ФИО', 'Класс', 'Родитель 1', 'Email родителя 1'];
const SCHEDULE_HEADER = [
  'ID',
  'Дата',
  'Класс',
  'Урок',
  'Начало',
  'Конец',
  'Предмет',
  'Учитель (email)',
  'Статус',
  'Тема',
  'Форма',
  'Задание',
];
const JOURNAL_HEADER = ['Дата', 'Класс', 'Предмет', 'ID ученика', 'Отметка', 'Комментарий'];

function tables(
  pupils: Grid,
  schedule: Grid = [SCHEDULE_HEADER],
  journal: Grid = [JOURNAL_HEADER],
  classes: Grid = CLASSES,
) {
  return {
    classes: readTable('classes', 'Классы', classes, schemas.classes, ru, ALL_NAMES),
    pupils: readTable('pupils', 'Ученики', pupils, schemas.pupils, ru, ALL_NAMES),
    lessons: readTable('schedule', 'Расписание', schedule, schemas.schedule, ru, ALL_NAMES),
    journal: readTable('journal', 'Журнал', journal, schemas.journal, ru, ALL_NAMES),
  };
}

const lesson = (id: string, cls: string, start: string, end: string, topic = 'Дроби') => [
  id,
  '30.11.2026',
  cls,
  1,
  start,
  end,
  'Математика',
  'ivanova@school.ru',
  'согласовано',
  topic,
  // A complete self-study lesson: the form's required fields are not what these tests are about.
  'самостоятельно',
  'Упр. 1',
];

describe('crossCheck', () => {
  it('says once why the journal rows of a pupil whose own row was rejected are left out', () => {
    const pupils = tables(
      [PUPILS_HEADER, ['P1', 'Иванов Иван', '5А', 'Иванова Мария', 'ivanova@']],
      undefined,
      [
        JOURNAL_HEADER,
        ['30.11.2026', '5А', 'Математика', 'P1', 5, ''],
        ['01.12.2026', '5А', 'Математика', 'P1', 4, ''],
      ],
    );
    const { tables: out, problems } = crossCheck(pupils, ru);
    expect(out.journal).toHaveLength(0);
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'Журнал',
        row: 2,
        reason: ru.problems.pupilRowRejected('P1'),
      }),
    ]);
  });

  it('passes clean data through without problems', () => {
    const { tables: out, problems } = crossCheck(
      tables(
        [PUPILS_HEADER, ['P1', 'Иванов Иван', '5А', 'Иванова Мария', 'ivanova@mail.ru']],
        [SCHEDULE_HEADER, lesson('L1', '5А', '09:00', '09:40')],
        [JOURNAL_HEADER, ['30.11.2026', '5А', 'Математика', 'P1', 5, 'Молодец']],
      ),
      ru,
    );
    expect(problems).toEqual([]);
    expect(out.pupils).toHaveLength(1);
    expect(out.lessons).toHaveLength(1);
    expect(out.journal).toHaveLength(1);
    expect(out.classes.map((c) => c.value.name)).toEqual(['5А', '5Б']);
  });

  it('drops a duplicate ID and names the first row in the reason', () => {
    const { tables: out, problems } = crossCheck(
      tables([
        PUPILS_HEADER,
        ['P1', 'Иванов Иван', '5А'],
        ['P2', 'Петров Пётр', '5А'],
        ['P1', 'Сидоров Сидор', '5Б'],
      ]),
      ru,
    );
    expect(out.pupils.map((p) => p.value.name)).toEqual(['Иванов Иван', 'Петров Пётр']);
    expect(problems).toEqual([
      { sheet: 'Ученики', row: 4, column: 'ID', value: 'P1', reason: ru.problems.duplicateId(2) },
    ]);
    expect(problems[0]!.reason).toContain('2');
  });

  it('drops duplicate lesson IDs too', () => {
    const { tables: out, problems } = crossCheck(
      tables(
        [PUPILS_HEADER],
        [
          SCHEDULE_HEADER,
          lesson('L1', '5А', '09:00', '09:40'),
          lesson('L1', '5Б', '10:00', '10:40'),
        ],
      ),
      ru,
    );
    expect(out.lessons.map((l) => l.row)).toEqual([2]);
    expect(problems).toEqual([
      expect.objectContaining({ sheet: 'Расписание', row: 3, reason: ru.problems.duplicateId(2) }),
    ]);
  });

  it('drops a pupil of an unknown class', () => {
    const { tables: out, problems } = crossCheck(
      tables([PUPILS_HEADER, ['P1', 'Иванов Иван', '5А'], ['P2', 'Петров Пётр', '7В']]),
      ru,
    );
    expect(out.pupils.map((p) => p.value.id)).toEqual(['P1']);
    expect(problems).toEqual([
      {
        sheet: 'Ученики',
        row: 3,
        column: 'Класс',
        value: '7В',
        reason: ru.problems.unknownClass('7В'),
      },
    ]);
  });

  it('accepts any class while the classes sheet is empty', () => {
    const { tables: out, problems } = crossCheck(
      tables([PUPILS_HEADER, ['P1', 'Иванов Иван', '7В']], undefined, undefined, [['Класс']]),
      ru,
    );
    expect(problems).toEqual([]);
    expect(out.pupils).toHaveLength(1);
  });

  it('drops journal rows of an unknown pupil', () => {
    const { tables: out, problems } = crossCheck(
      tables([PUPILS_HEADER, ['P1', 'Иванов Иван', '5А']], undefined, [
        JOURNAL_HEADER,
        ['30.11.2026', '5А', 'Математика', 'P1', 5, ''],
        ['30.11.2026', '5А', 'Математика', 'P9', 4, ''],
      ]),
      ru,
    );
    expect(out.journal.map((j) => j.value.pupilId)).toEqual(['P1']);
    expect(problems).toEqual([
      {
        sheet: 'Журнал',
        row: 3,
        column: 'ID ученика',
        value: 'P9',
        reason: ru.problems.unknownPupil('P9'),
      },
    ]);
  });

  it('keeps a journal row whose class differs from the pupil’s, with a problem', () => {
    const { tables: out, problems } = crossCheck(
      tables([PUPILS_HEADER, ['P1', 'Иванов Иван', '5А']], undefined, [
        JOURNAL_HEADER,
        ['30.11.2026', '5Б', 'Математика', 'P1', 5, ''],
      ]),
      ru,
    );
    expect(out.journal).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        value: '5Б',
        reason: ru.problems.pupilClassMismatch('5А'),
      }),
    ]);
  });

  it('flags HTML in names but keeps the row', () => {
    const { tables: out, problems } = crossCheck(
      tables([
        PUPILS_HEADER,
        ['P1', '<b>Иванов</b>', '5А', 'Мать <script>alert(1)</script>', 'ivanova@mail.ru'],
        ['P2', 'Петров &amp; Ко', '5А'],
        ['P3', 'Сидоров < 5 лет', '5А'],
      ]),
      ru,
    );
    expect(out.pupils.map((p) => p.value.id)).toEqual(['P1', 'P2', 'P3']);
    expect(out.pupils[0]!.value.name).toBe('<b>Иванов</b>');
    expect(problems).toEqual([
      {
        sheet: 'Ученики',
        row: 2,
        column: 'ФИО',
        value: '<b>Иванов</b>',
        reason: ru.problems.suspiciousText,
      },
      {
        sheet: 'Ученики',
        row: 3,
        column: 'ФИО',
        value: 'Петров &amp; Ко',
        reason: ru.problems.suspiciousText,
      },
      {
        sheet: 'Ученики',
        row: 2,
        column: 'Родитель 1',
        value: 'Мать <script>alert(1)</script>',
        reason: ru.problems.suspiciousText,
      },
    ]);
  });

  it('flags markup in lesson topics but keeps the lesson', () => {
    const { tables: out, problems } = crossCheck(
      tables(
        [PUPILS_HEADER],
        [SCHEDULE_HEADER, lesson('L1', '5А', '09:00', '09:40', '<a href="javascript:x">тема</a>')],
      ),
      ru,
    );
    expect(out.lessons).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Тема', reason: ru.problems.suspiciousText }),
    ]);
  });

  it('drops a lesson that ends before it starts, or when it starts', () => {
    const { tables: out, problems } = crossCheck(
      tables(
        [PUPILS_HEADER],
        [
          SCHEDULE_HEADER,
          lesson('L1', '5А', '09:00', '09:40'),
          lesson('L2', '5А', '10:00', '09:20'),
          lesson('L3', '5А', '11:00', '11:00'),
          lesson('L4', '5А', '', ''),
        ],
      ),
      ru,
    );
    expect(out.lessons.map((l) => l.value.id)).toEqual(['L1', 'L4']);
    expect(problems).toEqual([
      {
        sheet: 'Расписание',
        row: 3,
        column: 'Конец',
        value: '09:20',
        reason: ru.problems.endBeforeStart,
      },
      {
        sheet: 'Расписание',
        row: 4,
        column: 'Конец',
        value: '11:00',
        reason: ru.problems.endBeforeStart,
      },
    ]);
  });

  it('works with absent tables', () => {
    expect(crossCheck({}, ru)).toEqual({
      tables: { classes: [], staff: [], pupils: [], lessons: [], journal: [], requests: [] },
      problems: [],
    });
  });
});
