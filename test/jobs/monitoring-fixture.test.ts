/**
 * Every figure of the monitoring report against a small school written by hand: three classes,
 * three teachers, six active pupils, one week (2026-W48, Monday 23.11 – Sunday 29.11). The
 * expected figures are worked out in the comments from the rows below — never with the report
 * code. The final report is built on Monday 30.11 at 07:30, so the week is over and the family
 * letters (Friday 15:00) were due. journal_deadline_hours is 72: a Friday lesson is still in time
 * on Monday morning, a Tuesday or Wednesday one is overdue.
 */
import { instantOf } from '../../src/domain/calendar';
import type { Cell, Grid } from '../../src/domain/cells';
import { intlZone } from '../../src/adapters/memory/zone';
import { ru } from '../../src/i18n/ru';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { deliver } from '../../src/jobs/shared/delivery';
import { loadSchool } from '../../src/jobs/shared/school';
import { renderReportHtml } from '../../src/mail/report-html';
import type { SheetKey } from '../../src/domain/sheets';
import { memorySchool, settingsSheet } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const SHEET = 'Отчёт 2026-W48';
const ADMIN = 'zavuch@school.test';
const IVANOVA = 'ivanova@school.test';
const PETROV = 'petrov@school.test';
const SMIRNOVA = 'smirnova@school.test';

/** A sheet from records keyed by column: the header row in Russian, then one row per record. */
function sheet(key: SheetKey, records: readonly Record<string, Cell>[]): Grid {
  const columns = ru.sheets[key].columns;
  const keys = Object.keys(columns);
  return [keys.map((k) => columns[k]!), ...records.map((r) => keys.map((k) => r[k] ?? ''))];
}

const lesson = (
  id: string,
  date: string,
  cls: string,
  subject: string,
  teacher: string,
  status: string,
  start = '09:00',
  end = '09:40',
): Record<string, Cell> => ({
  id,
  date,
  class: cls,
  period: 1,
  start,
  end,
  subject,
  teacher,
  form: 'онлайн',
  resource: 'https://meet.example.org/x',
  status,
});

const row = (
  date: string,
  cls: string,
  subject: string,
  pupilId: string,
  extra: Record<string, Cell>,
): Record<string, Cell> => ({ date, class: cls, subject, pupilId, ...extra });

/**
 * Lessons of W48 (L0 is the week before, L11 the week after: neither counts).
 *   Ivanova:  L1 Mon 5А journaled, L2 Tue 5А NOT journaled (Tue 09:40 + 72 h < Mon → overdue),
 *             L5 Thu 6Б cancelled, L6 Fri 5А journaled, L10 Wed 6Б journaled.
 *   Petrov:   L3 Wed 5А journaled, L4 Wed 6Б NOT journaled (Wed 10:40 + 72 h < Mon → overdue),
 *             L7 Fri 5А draft (not agreed), L12 Fri 6Б NOT journaled (Fri 11:40 + 72 h = Mon
 *             11:40 > 07:30 → still in time).
 *   Smirnova: L8 Mon 1А, L9 Tue 1А, both journaled (grade 1: attendance, no marks).
 * Planned 11; cancelled 1 (L5); not agreed 1 (L7); held 9 (the agreed ones: L1 L2 L3 L4 L6 L8
 * L9 L10 L12); journaled 6 (L1 L3 L6 L8 L9 L10); overdue 2 (L2 L4); still in time 1 (L12).
 */
const SCHEDULE = sheet('schedule', [
  lesson('L0', '20.11.2026', '5А', 'Математика', IVANOVA, 'согласовано'),
  lesson('L1', '23.11.2026', '5А', 'Математика', IVANOVA, 'согласовано'),
  lesson('L2', '24.11.2026', '5А', 'Математика', IVANOVA, 'согласовано'),
  lesson('L3', '25.11.2026', '5А', 'История', PETROV, 'согласовано'),
  lesson('L4', '25.11.2026', '6Б', 'История', PETROV, 'согласовано', '10:00', '10:40'),
  lesson('L5', '26.11.2026', '6Б', 'Математика', IVANOVA, 'отменено'),
  lesson('L6', '27.11.2026', '5А', 'Математика', IVANOVA, 'согласовано'),
  lesson('L7', '27.11.2026', '5А', 'История', PETROV, 'черновик', '10:00', '10:40'),
  lesson('L8', '23.11.2026', '1А', 'Математика', SMIRNOVA, 'согласовано'),
  lesson('L9', '24.11.2026', '1А', 'Русский язык', SMIRNOVA, 'согласовано'),
  lesson('L10', '25.11.2026', '6Б', 'Математика', IVANOVA, 'согласовано', '11:00', '11:40'),
  lesson('L11', '30.11.2026', '5А', 'Математика', IVANOVA, 'согласовано'),
  lesson('L12', '27.11.2026', '6Б', 'История', PETROV, 'согласовано', '11:00', '11:40'),
]);

/**
 * The journal. Marks of W48: L1 a 5 and a 4, L3 a 2, L6 «зачёт», L10 a 3, and a 4 in
 * Обществознание (no lesson: credited to Petrov by the teacher column) = 6; the week before's 2
 * does not count. Ivanova 4 (L1 ×2, L6, L10), Petrov 2 (L3, Обществознание), Smirnova 0.
 * Per class: 5А 5 (L1 ×2, L3, L6, Обществознание), 6Б 1 (L10), 1А 0.
 *
 * Attendance (one per pupil per lesson): P1 3 of 3 (L1 L3 L6), P2 2 of 3 (L3 «у»: excused, still
 * not present), P3 0 of 3 (absent L1 L3 L6, no excuse), P4 1 of 1 (L10), P11 2 of 2, P12 1 of 2
 * (absent L9). 5А 5 of 9 = 56 %, 6Б 1 of 1 = 100 %, 1А 3 of 4 = 75 %; school 9 of 14 = 64 %.
 *
 * Needing attention: P1 (a 2 in История) and P3 (3 unexcused absences, 2 works not handed in);
 * not P12 (one absence is the family's business) nor P2 (excused). 5А 2, others 0.
 */
const JOURNAL = sheet('journal', [
  row('20.11.2026', '5А', 'Математика', 'P1', { mark: 2, lessonId: 'L0' }),
  row('23.11.2026', '5А', 'Математика', 'P1', { attendance: 'был', mark: 5, lessonId: 'L1' }),
  row('23.11.2026', '5А', 'Математика', 'P2', { attendance: 'был', mark: 4, lessonId: 'L1' }),
  row('23.11.2026', '5А', 'Математика', 'P3', { attendance: 'н', lessonId: 'L1' }),
  row('25.11.2026', '5А', 'История', 'P1', { attendance: 'был', mark: 2, lessonId: 'L3' }),
  row('25.11.2026', '5А', 'История', 'P2', { attendance: 'у', lessonId: 'L3' }),
  row('25.11.2026', '5А', 'История', 'P3', {
    attendance: 'н',
    work: 'не сдана',
    lessonId: 'L3',
  }),
  row('26.11.2026', '5А', 'Обществознание', 'P2', { mark: 4, teacher: 'Петров Олег Ильич' }),
  row('27.11.2026', '5А', 'Математика', 'P1', {
    attendance: 'был',
    mark: 'зачёт',
    lessonId: 'L6',
  }),
  row('27.11.2026', '5А', 'Математика', 'P2', { attendance: 'был', lessonId: 'L6' }),
  row('27.11.2026', '5А', 'Математика', 'P3', {
    attendance: 'н',
    work: 'не сдана',
    lessonId: 'L6',
  }),
  row('25.11.2026', '6Б', 'Математика', 'P4', { attendance: 'был', mark: 3, lessonId: 'L10' }),
  row('23.11.2026', '1А', 'Математика', 'P11', { attendance: 'был', lessonId: 'L8' }),
  row('23.11.2026', '1А', 'Математика', 'P12', { attendance: 'был', lessonId: 'L8' }),
  row('24.11.2026', '1А', 'Русский язык', 'P11', { attendance: 'был', lessonId: 'L9' }),
  row('24.11.2026', '1А', 'Русский язык', 'P12', { attendance: 'н', lessonId: 'L9' }),
]);

const pupil = (id: string, name: string, cls: string, active = 'да'): Record<string, Cell> => ({
  id,
  name,
  class: cls,
  parent1Email: `${id.toLowerCase()}@family.test`,
  active,
});

/**
 * «Информирование» of W48: P1, P4, P11 by letter, P2 by call; P3 and P12 not at all (P5 is not
 * a pupil any more; P3's row is of the week before). Active 6: informed 4 = 67 %; by class 1А 1 of
 * 2 (50 %), 5А 2 of 3 (67 %), 6Б 1 of 1 (100 %).
 */
const INFORMED = sheet('informed', [
  { week: '2026-W48', pupilId: 'P1', class: '5А', method: 'письмо' },
  { week: '2026-W48', pupilId: 'P2', class: '5А', method: 'звонок' },
  { week: '2026-W48', pupilId: 'P4', class: '6Б', method: 'письмо' },
  { week: '2026-W48', pupilId: 'P11', class: '1А', method: 'письмо' },
  { week: '2026-W48', pupilId: 'P5', class: '6Б', method: 'письмо' },
  { week: '2026-W47', pupilId: 'P3', class: '5А', method: 'письмо' },
]);

/**
 * The census: P1's later row replaces the earlier (all fine now); P2 no computer, unstable
 * internet, needs paper; P4 no internet; P11 fine; P3 and P12 have no row (P5 is inactive).
 * Active 6, with a row 4 (67 %); by class 1А 1 of 2, 5А 2 of 3, 6Б 1 of 1.
 */
const ACCESS = sheet('access', [
  { pupilId: 'P1', date: '10.11.2026', computer: 'нет', internet: 'нет', paper: 'да' },
  { pupilId: 'P1', date: '20.11.2026', computer: 'да', internet: 'да', paper: 'нет' },
  { pupilId: 'P2', date: '12.11.2026', computer: 'нет', internet: 'нестабильный', paper: 'да' },
  { pupilId: 'P4', date: '12.11.2026', computer: 'да', internet: 'нет' },
  { pupilId: 'P11', date: '12.11.2026', computer: 'да', internet: 'да' },
  { pupilId: 'P5', date: '12.11.2026', computer: 'нет', internet: 'нет', paper: 'да' },
]);

/**
 * Requests on Monday 30.11: R1 (due 25.11, Petrov) and R2 (due 27.11, nobody) are open and
 * overdue; R6 is open and due later; R3 was done on 24.11; R4 done the week before; R5 rejected.
 * Open 3, overdue 2, done this week 1 (R3), received this week 3 (R1 24.11, R3 23.11, R6 26.11).
 * Paper: open 1, overdue 1, done 1, received 2. Consultation: open 2, overdue 1, done 0, received 1.
 */
const REQUESTS = sheet('requests', [
  {
    id: 'R1',
    date: '24.11.2026',
    type: 'печатные материалы',
    pupilId: 'P1',
    class: '5А',
    status: 'новая',
    assignee: PETROV,
    due: '25.11.2026',
  },
  {
    id: 'R2',
    date: '20.11.2026',
    type: 'консультация',
    pupilId: 'P4',
    class: '6Б',
    status: 'в работе',
    due: '27.11.2026',
  },
  {
    id: 'R3',
    date: '23.11.2026',
    type: 'печатные материалы',
    pupilId: 'P2',
    class: '5А',
    status: 'выполнена',
    due: '25.11.2026',
    doneAt: '24.11.2026',
  },
  {
    id: 'R4',
    date: '19.11.2026',
    type: 'консультация',
    pupilId: 'P2',
    class: '5А',
    status: 'выполнена',
    doneAt: '20.11.2026',
  },
  {
    id: 'R5',
    date: '16.11.2026',
    type: 'печатные материалы',
    pupilId: 'P3',
    class: '5А',
    status: 'отклонена',
    due: '20.11.2026',
  },
  {
    id: 'R6',
    date: '26.11.2026',
    type: 'консультация',
    pupilId: 'P11',
    class: '1А',
    status: 'новая',
    due: '02.12.2026',
  },
]);

/**
 * The parents' survey: three e-mails, two of them answering in W48; 6 active pupils → response
 * 50 %. Question 1: 5, 3, 4 → mean 4, satisfied (4–5) 2 of 3 = 67 %. Question 2: 4, 2, 5 → mean
 * 3.67 → 3,7, satisfied 67 %. All six answers: mean 23 / 6 = 3.83 → 3,8, satisfied 4 of 6 = 67 %.
 */
const PARENTS: Grid = [
  [
    'Отметка времени',
    'Адрес электронной почты',
    'ID ученика',
    'Насколько вы довольны уроками?',
    'Понятны ли задания?',
    'Комментарий',
  ],
  [instantOf(zone, '2026-11-24', 10 * 60), 'a@x.ru', 'P1', 5, 4, 'хорошо'],
  [instantOf(zone, '2026-11-25', 18 * 60), 'b@x.ru', 'P2', 3, 2, ''],
  [instantOf(zone, '2026-11-18', 9 * 60), 'c@x.ru', 'P4', 4, 5, ''],
];

/**
 * The report of the week before, as the school's sheet holds it (written by hand here): its
 * trend's last row is its own week. W46's sheet is of an older version, without a trend.
 */
const r = ru.report;
const c = r.columns;
const W47: Grid = [
  ['Мониторинг дистанционного обучения за 16–22 ноября 2026'],
  ['Данные на 23.11.2026 07:00'],
  [],
  [r.sections.trend],
  [c.week, c.journalShare, c.attendanceShare, c.informedShare, c.satisfiedShare],
  ['9–15 ноября', 70, 88, 90, ''],
  ['16–22 ноября', 80, 90, 95, ''],
];
const W46: Grid = [['Мониторинг дистанционного обучения: неделя 2026-W46'], [], ['Сводка']];

function school() {
  const s = memorySchool({ now: instantOf(zone, '2026-11-30', 7 * 60 + 30) });
  const sheets: Record<string, Grid> = {
    Настройки: settingsSheet({
      admin_emails: ADMIN,
      journal_deadline_hours: 72,
      summary_day: 'пт',
      summary_hour: 15,
    }),
    Классы: sheet('classes', [
      { class: '1А', classTeacher: SMIRNOVA },
      { class: '5А', classTeacher: IVANOVA },
      { class: '6Б' },
    ]),
    Педагоги: sheet('staff', [
      { name: 'Завучева Мария Ивановна', email: ADMIN, role: 'администратор' },
      { name: 'Иванова Анна Петровна', email: IVANOVA, role: 'учитель', subjects: 'Математика' },
      { name: 'Петров Олег Ильич', email: PETROV, role: 'учитель', subjects: 'История' },
      { name: 'Смирнова Елена Юрьевна', email: SMIRNOVA, role: 'учитель' },
    ]),
    Ученики: sheet('pupils', [
      pupil('P11', 'Андреев Артём Олегович', '1А'),
      pupil('P12', 'Борисова Вера Ивановна', '1А'),
      pupil('P1', 'Алексеев Борис Ильич', '5А'),
      pupil('P2', 'Белова Дарья Олеговна', '5А'),
      pupil('P3', 'Волков Ефим Петрович', '5А'),
      pupil('P4', 'Гусева Зоя Ивановна', '6Б'),
      pupil('P5', 'Дмитриев Иван Сергеевич', '6Б', 'нет'),
    ]),
    Расписание: SCHEDULE,
    Журнал: JOURNAL,
    Доступ: ACCESS,
    Заявки: REQUESTS,
    Информирование: INFORMED,
    'Опрос родителей': PARENTS,
    'Отчёт 2026-W47': W47,
    'Отчёт 2026-W46': W46,
  };
  for (const [name, grid] of Object.entries(sheets)) {
    if (!s.workbook.sheetNames().includes(name)) s.workbook.createSheet(name);
    s.workbook.write(name, 1, grid);
  }
  return s;
}

/** The rows of a section (header first), found by its heading. */
function section(grid: Grid, heading: string): Cell[][] {
  const start = grid.findIndex((row) => row[0] === heading);
  expect(start).toBeGreaterThan(0);
  const out: Cell[][] = [];
  for (const line of grid.slice(start + 1)) {
    const cells = [...line];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) break;
    out.push(cells);
  }
  return out;
}

describe('the report of a hand-made week', () => {
  const s = school();
  const outcome = buildWeeklyReport(s.ctx, '2026-W48');
  const grid = s.workbook.peek(SHEET);

  it('has no data problems in the fixture, and names the week in plain words', () => {
    expect(loadSchool(s.workbook, s.clock).problems).toEqual([]);
    expect(outcome.summary).toBe(
      `Отчёт мониторинга за 23–29 ноября 2026 записан на лист «${SHEET}».`,
    );
    expect(grid[0]![0]).toBe('Мониторинг дистанционного обучения за 23–29 ноября 2026');
    expect(grid[1]![0]).toBe('Данные на 30.11.2026 07:30');
    expect(grid.flat().some((cell) => String(cell).includes('W48'))).toBe(false);
  });

  it('«Требует действий»: journals by teacher, overdue requests with their assignee, families and census by class', () => {
    expect(section(grid, 'Требует действий')).toEqual([
      ['Что сделать', 'Сколько', 'Кто', 'Подробности'],
      // Overdue: Petrov L4, Ivanova L2; Petrov first (2 of his 3 held lessons lack the journal).
      ['Заполнить журнал', '1 урок', 'Петров О. И.', '6Б История: ср 25.11'],
      ['Заполнить журнал', '1 урок', 'Иванова А. П.', '5А Математика: вт 24.11'],
      [
        'Выполнить просроченные заявки',
        'R1, срок был 25.11',
        'Петров О. И.',
        'печатные материалы, 5А',
      ],
      [
        'Выполнить просроченные заявки',
        'R2, срок был 27.11',
        'ответственный не назначен',
        'консультация, 6Б',
      ],
      // Not informed: P12 (1А), P3 (5А).
      ['Сообщить семьям итоги недели', '1 семья', '1А, кл. рук. Смирнова Е. Ю.'],
      ['Сообщить семьям итоги недели', '1 семья', '5А, кл. рук. Иванова А. П.'],
      // No census row: P12 (1А), P3 (5А).
      [
        'Провести перепись доступа (нет записи на листе «Доступ»)',
        '1 ученик',
        '1А, кл. рук. Смирнова Е. Ю.',
      ],
      [
        'Провести перепись доступа (нет записи на листе «Доступ»)',
        '1 ученик',
        '5А, кл. рук. Иванова А. П.',
      ],
    ]);
  });

  it('the key figures', () => {
    expect(section(grid, 'Главное за неделю')).toEqual([
      ['Показатель', 'Значение', 'Что это'],
      ['Уроков по расписанию', 11],
      ['Прошло уроков', 9, 'по расписанию, без отменённых и несогласованных'],
      ['Отменено', 1],
      ['Не согласовано', 1],
      ['Записаны в журнал', '6 из 9 (67 %)'],
      ['Просрочено в журнале', 2, 'нет записи больше 3 суток после урока'],
      ['Отметок выставлено', 6],
      ['Посещаемость', '9 из 14 (64 %)', 'доля отметок «был» среди всех отметок о посещении'],
      ['Ученикам нужно внимание', 2, 'пропуски без причины, двойки, несданные работы'],
      ['Семьи знают итоги недели', '4 из 6 (67 %)', 'письмом или звонком классного руководителя'],
      ['из них письмом', 3],
      ['из них звонком классного руководителя', 1],
      ['Семьи не знают итогов недели', 2],
      ['Опрос родителей', 'ответили 3 (50 %), довольны 67 %, средняя оценка 3,8'],
      ['Опрос учащихся', 'нет данных'],
      ['Перепись доступа', '4 из 6 (67 %)', 'у скольких учеников есть запись на листе «Доступ»'],
      ['Нет компьютера', 1],
      ['Нет интернета', 1],
      ['Интернет с перебоями', 1],
      ['Нужны печатные материалы', 1],
      ['Нет записи о доступе', 2],
      ['Заявок открыто', 3],
      ['Заявок просрочено', 2],
      ['Заявок выполнено за неделю', 1],
      ['Заявок поступило за неделю', 3],
    ]);
  });

  it('teachers sorted by what is missing; grade 1 without marks', () => {
    expect(section(grid, r.sections.teachers)).toEqual([
      ['Педагог', 'Прошло уроков', 'В журнале', 'Ещё в срок', 'Просрочено', 'Журнал, %', 'Отметок'],
      // Petrov: held L3 L4 L12, journaled L3, L12 in time, L4 overdue; 1 of 3 = 33 %.
      ['Петров Олег Ильич', 3, 1, 1, 1, 33, 2],
      // Ivanova: held L1 L2 L6 L10, journaled 3, L2 overdue; 75 %.
      ['Иванова Анна Петровна', 4, 3, 0, 1, 75, 4],
      ['Смирнова Елена Юрьевна', 2, 2, 0, 0, 100, 'без отметок'],
      // 6 of 9 = 67 %.
      ['Итого', 9, 6, 1, 2, 67, 6],
    ]);
  });

  it('classes: journal, attendance, families, census, marks and pupils needing attention', () => {
    expect(section(grid, r.sections.classes)).toEqual([
      [
        'Класс',
        'Журнал, %',
        'Посещаемость, %',
        'Семьи знают итоги, %',
        'Перепись, %',
        'Отметок',
        'Нужно внимание',
      ],
      // 1А: 2 of 2 journaled, attendance 3 of 4, informed 1 of 2, census 1 of 2.
      ['1А', 100, 75, 50, 50, 'без отметок', 0],
      // 5А: journaled L1 L3 L6 of L1 L2 L3 L6 = 75 %, 5 of 9 = 56 %, 2 of 3 = 67 %, 2 of 3.
      ['5А', 75, 56, 67, 67, 5, 2],
      // 6Б: journaled L10 of L4 L10 L12 = 33 %, 1 of 1, 1 of 1, 1 of 1.
      ['6Б', 33, 100, 100, 100, 1, 0],
      ['Вся школа', 67, 64, 67, 67, 6, 2],
    ]);
  });

  it('four weeks: the earlier ones from their own report sheets, this one from its figures', () => {
    expect(section(grid, r.sections.trend)).toEqual([
      ['Неделя', 'Журнал, %', 'Посещаемость, %', 'Семьи знают итоги, %', 'Родители довольны, %'],
      // W45 has no sheet; W46's sheet has no trend section (an older version).
      ['2–8 ноября'],
      ['9–15 ноября'],
      // W47's own row of its trend (its earlier rows are not this report's business).
      ['16–22 ноября', 80, 90, 95],
      ['23–29 ноября', 67, 64, 67, 67],
    ]);
  });

  it('pupils needing attention, with the family letter’s reasons', () => {
    expect(section(grid, r.sections.attention)).toEqual([
      ['Класс', 'Ученик', 'Почему'],
      ['5А', 'Алексеев Борис Ильич (P1)', 'двойка: История'],
      [
        '5А',
        'Волков Ефим Петрович (P3)',
        '2 работы просрочены: История, Математика; 3 пропуска без уважительной причины (пн 23.11 Математика, ср 25.11 История, пт 27.11 Математика)',
      ],
    ]);
  });

  it('families, surveys, census and requests in detail; lessons by class', () => {
    expect(section(grid, r.sections.informed)).toEqual([
      ['Класс', 'Учеников', 'Письмом', 'Звонком', 'Не знают', 'Классный руководитель'],
      ['1А', 2, 1, 0, 1, 'Смирнова Елена Юрьевна'],
      ['5А', 3, 1, 1, 1, 'Иванова Анна Петровна'],
      ['6Б', 1, 1, 0, 0],
      ['Итого', 6, 3, 1, 2],
    ]);
    expect(section(grid, r.sections.surveys)).toEqual([
      ['Опрос', 'Ответили', 'Из них за неделю', 'Отклик, %', 'Средняя оценка', 'Довольны (4–5), %'],
      ['Родители', 3, 2, 50, 3.8, 67],
      ['Учащиеся', 'нет данных'],
    ]);
    expect(section(grid, r.sections.questions)).toEqual([
      ['Опрос', 'Вопрос', 'Ответов', 'Средняя оценка', 'Довольны (4–5), %'],
      ['Родители', 'Насколько вы довольны уроками?', 3, 4, 67],
      ['Родители', 'Понятны ли задания?', 3, 3.7, 67],
    ]);
    expect(section(grid, r.sections.access)).toEqual([
      [
        'Класс',
        'Учеников',
        'Есть запись',
        'Нет компьютера',
        'Нет интернета',
        'Интернет с перебоями',
        'Нужны печатные материалы',
        'Нет записи',
      ],
      ['1А', 2, 1, 0, 0, 0, 0, 1],
      ['5А', 3, 2, 1, 0, 1, 1, 1],
      ['6Б', 1, 1, 0, 1, 0, 0, 0],
      ['Итого', 6, 4, 1, 1, 1, 1, 2],
    ]);
    expect(section(grid, r.sections.noCensus)).toEqual([
      ['Класс', 'Ученик', 'ID'],
      ['1А', 'Борисова Вера Ивановна', 'P12'],
      ['5А', 'Волков Ефим Петрович', 'P3'],
    ]);
    expect(section(grid, r.sections.requests)).toEqual([
      ['Заявки', 'Открыто', 'Просрочено', 'Выполнено за неделю', 'Поступило за неделю'],
      ['печатные материалы', 1, 1, 1, 2],
      ['консультация', 2, 1, 0, 1],
      ['Итого', 3, 2, 1, 3],
    ]);
    expect(section(grid, r.sections.lessons)).toEqual([
      [
        'Класс',
        'По расписанию',
        'Прошло уроков',
        'Отменено',
        'Не согласовано',
        'В журнале',
        'Просрочено',
      ],
      ['1А', 2, 2, 0, 0, 2, 0],
      ['5А', 5, 4, 0, 1, 3, 1],
      ['6Б', 4, 3, 1, 0, 1, 1],
      ['Итого', 11, 9, 1, 1, 6, 2],
    ]);
  });

  it('the sheet’s chart and colours sit on the cells worked out by hand', () => {
    // Rows: 1 title, 2 as of, 4 «Требует действий» (5 header, 6–13), 15 summary (16 header,
    // 17–41), 43 teachers (44 header, 45–47, 48 total). Under them 11 rows are kept empty for
    // the chart (200 px at 21 px a row, and one more), then the blank row before 61 classes
    // (62 header, 63–65, 66 school). The chart starts on row 50, a row below the table.
    const layout = s.workbook.layouts.get(SHEET)!;
    expect(grid.slice(48, 60).every((line) => line.every((cell) => cell === ''))).toBe(true);
    expect(layout.columnWidths).toEqual([300, 130, 200, 130, 120, 120, 120, 120]);
    expect(layout.charts).toEqual([
      {
        title: r.charts.journal,
        ranges: [
          { row: 44, column: 1, rows: 4, columns: 1 },
          { row: 44, column: 3, rows: 4, columns: 3 },
        ],
        colors: ['#34a853', '#bdc1c6', '#ea4335'],
        anchor: { row: 50, column: 1 },
        width: 630,
        height: 200,
      },
    ]);
    const formats = layout.conditionalFormats!;
    const scale = formats.find((f) => f.kind === 'scale')!;
    for (const column of [2, 3, 4, 5])
      expect(scale.ranges).toContainEqual({ row: 63, column, rows: 4, columns: 1 });
    const bad = formats.find((f) => f.kind === 'greaterThan')!;
    // Summary: overdue (22), attention (25), not informed (29), no census (37), overdue requests (39).
    for (const summaryRow of [22, 25, 29, 37, 39])
      expect(bad.ranges).toContainEqual({ row: summaryRow, column: 2, rows: 1, columns: 1 });
    expect(bad.ranges).toContainEqual({ row: 45, column: 5, rows: 3, columns: 1 });
  });

  it('the letter: what needs action first, grouped, naming no pupil; then the figures', () => {
    deliver(s.ctx, {
      settings: loadSchool(s.workbook, s.clock).settings,
      strings: ru,
      budgetMs: 1e9,
    });
    const letter = s.mailer.sent.find((m) => m.key?.startsWith('report|'))!;
    expect(letter.subject).toBe('Мониторинг за 23–29 ноября 2026: требует действий — 8');
    const text = letter.text;
    const lines = text.split('\n');
    const start = lines.indexOf('Требует действий');
    expect(lines.slice(start + 2, start + 17)).toEqual([
      'Заполнить журнал',
      '',
      '• Петров О. И. — 1 урок: 6Б История: ср 25.11',
      '• Иванова А. П. — 1 урок: 5А Математика: вт 24.11',
      '',
      'Выполнить просроченные заявки',
      '',
      '• Петров О. И. — R1, срок был 25.11: печатные материалы, 5А',
      '• ответственный не назначен — R2, срок был 27.11: консультация, 6Б',
      '',
      'Сообщить семьям итоги недели',
      '',
      '• 1А, кл. рук. Смирнова Е. Ю. — 1 семья',
      '• 5А, кл. рук. Иванова А. П. — 1 семья',
      '',
    ]);
    expect(text).toContain('Посещаемость: 9 из 14 (64 %)');
    expect(text).toContain('Ученикам нужно внимание: 2');
    // Shortfalls stand out (bold), the other figures do not.
    expect(letter.html).toContain('Просрочено в журнале:</span> <strong>2</strong>');
    expect(letter.html).toContain('Отметок выставлено:</span> 6</div>');
    expect(text).toContain('Данные на 30.11.2026 07:30');
    for (const name of ['Алексеев', 'Волков', 'Борисова', 'Гусева'])
      expect([name, text.includes(name) || letter.html.includes(name)]).toEqual([name, false]);
  });

  it('the HTML page: the teachers’ bars, the classes’ heat map and the trend as inline SVG', () => {
    const html = renderReportHtml(grid);
    const svgs = html.match(/<svg[^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(3);
    const [bars, heat, trend] = svgs as [string, string, string];
    expect(bars).toContain(`aria-label="${r.charts.journal}"`);
    // One bar per teacher (short names), its segments the journaled, in time and overdue counts.
    for (const name of ['Петров О. И.', 'Иванова А. П.', 'Смирнова Е. Ю.'])
      expect(bars).toContain(name);
    expect(bars.match(/<rect [^>]*height="18"/g)).toHaveLength(
      // Petrov 1 + 1 + 1, Ivanova 3 + 1, Smirnova 2: a segment per non-zero value.
      6,
    );
    // The heat map: 4 rows (3 classes and the school) × 5 columns, 1А noted as without marks.
    expect(heat.match(/<rect [^>]*height="28"/g)).toHaveLength(20);
    expect(heat).toContain('без отметок');
    expect(heat).toContain('>56<');
    // The trend: four weeks along the bottom, a line where two weeks in a row have a figure.
    for (const week of ['2–8 ноября', '9–15 ноября', '16–22 ноября', '23–29 ноября'])
      expect(trend).toContain(week);
    expect(trend.match(/<polyline/g)).toHaveLength(3);
    // No script, no external resource: the page is one file.
    expect(html).not.toMatch(/<script|<img|https?:\/\/(?!www\.w3\.org)/);
  });
});
