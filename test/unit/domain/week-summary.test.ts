import { intlZone } from '../../../src/adapters/memory/zone';
import type { Grid } from '../../../src/domain/cells';
import type { JournalEntry, Lesson, Pupil } from '../../../src/domain/rows';
import { rowSchemas } from '../../../src/domain/schemas';
import { SHEETS } from '../../../src/domain/sheets';
import { readTable } from '../../../src/domain/table';
import { schoolWeekOf, summarizeWeek } from '../../../src/domain/week-summary';
import { stringsFor, ALL_NAMES } from '../../../src/i18n';

const ru = stringsFor('ru');
const moscow = intlZone('Europe/Moscow');
// 2026-W48: Monday 23.11 … Sunday 29.11; the next week is 30.11 … 06.12.
const W48 = schoolWeekOf('2026-11-25');
const W49 = schoolWeekOf('2026-11-30');

const ivan: Pupil = {
  id: 'P1',
  name: 'Попов Иван Петрович',
  class: '5А',
  guardians: [{ email: 'popova@mail.ru' }],
  active: true,
};

const row = (date: string, subject: string, lessonId: string, extra: Partial<JournalEntry>) => ({
  date,
  class: '5А',
  subject,
  pupilId: 'P1',
  lessonId,
  ...extra,
});

/** A hand-made week of one pupil, with rows of other weeks and another pupil around it. */
const JOURNAL: JournalEntry[] = [
  row('2026-11-23', 'Математика', 'L1', {
    attendance: 'present',
    mark: 5,
    workKind: 'домашнее задание',
  }),
  // A second mark in the same lesson: one lesson attended, two marks.
  row('2026-11-23', 'Математика', 'L1', {
    attendance: 'present',
    mark: 4,
    workKind: 'устный ответ',
  }),
  row('2026-11-24', 'Математика', 'L2', { attendance: 'present', mark: 4, workKind: 'тест' }),
  row('2026-11-26', 'Математика', 'L3', {
    attendance: 'present',
    mark: 2,
    workKind: 'самостоятельная работа',
    comment: '  Нужно исправить работу  ',
  }),
  row('2026-11-24', 'Русский язык', 'L4', { attendance: 'absent' }),
  row('2026-11-25', 'Русский язык', 'L5', { attendance: 'excused' }),
  row('2026-11-25', 'Физкультура', 'L6', { attendance: 'present', mark: 'pass' }),
  row('2026-11-27', 'Физкультура', 'L7', { attendance: 'present', mark: 'fail' }),
  row('2026-11-26', 'История', 'L8', {
    attendance: 'present',
    work: 'overdue',
    workKind: 'домашнее задание',
  }),
  row('2026-11-27', 'Литература', 'L9', { attendance: 'present', work: 'missing' }),
  // Outside the week, or another pupil's: never counted.
  row('2026-11-22', 'Математика', 'L0', { attendance: 'absent', mark: 3 }),
  row('2026-11-30', 'Математика', 'L10', { attendance: 'absent', mark: 2 }),
  { ...row('2026-11-23', 'Математика', 'L1', { attendance: 'absent', mark: 1 }), pupilId: 'P2' },
];

const lesson = (
  id: string,
  date: string,
  cls: string,
  subject: string,
  extra: Partial<Lesson>,
): Lesson => ({
  id,
  date,
  class: cls,
  period: 1,
  subject,
  teacher: 't@school.ru',
  status: 'agreed',
  ...extra,
});

const LESSONS: Lesson[] = [
  lesson('L8', '2026-11-26', '5А', 'История', { task: 'Параграф 5', deadline: '2026-11-26' }),
  lesson('L9', '2026-11-27', '5А', 'Литература', {
    task: 'Читать главу 3',
    deadline: '2026-11-30',
  }),
  lesson('L10', '2026-11-30', '5А', 'Математика', { task: '№ 12–15', deadline: '2026-12-01' }),
  lesson('L11', '2026-11-30', '5А', 'Физика', {
    task: 'черновик',
    deadline: '2026-12-01',
    status: 'pending',
  }),
  lesson('L12', '2026-11-30', '5А', 'Русский язык', {
    task: 'отменено',
    deadline: '2026-12-02',
    status: 'cancelled',
  }),
  lesson('L13', '2026-11-27', '5Б', 'Математика', { task: 'другой класс', deadline: '2026-11-30' }),
  lesson('L14', '2026-12-04', '5А', 'Математика', { task: 'через неделю', deadline: '2026-12-07' }),
  lesson('L15', '2026-12-01', '5А', 'Алгебра', { task: 'в воскресенье', deadline: '2026-12-06' }),
];

describe('schoolWeekOf', () => {
  it('gives the ISO week label, its seven days and the next week', () => {
    expect(W48.label).toBe('2026-W48');
    expect(W48.dates).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(W48.next[0]).toBe('2026-11-30');
    expect(W48.next[6]).toBe('2026-12-06');
    expect(schoolWeekOf('2026-11-29')).toEqual(W48);
    expect(schoolWeekOf('2027-01-01').label).toBe('2026-W53');
  });
});

describe('summarizeWeek on a hand-made week', () => {
  const summary = summarizeWeek({ pupil: ivan, week: W48, journal: JOURNAL, lessons: LESSONS });

  it('counts each lesson once: 9 lessons, 7 attended', () => {
    expect(summary).toMatchObject({ pupilId: 'P1', week: '2026-W48', hasRecords: true });
    expect([summary.lessons, summary.attended]).toEqual([9, 7]);
  });

  it('lists absences with their dates, excused or not', () => {
    expect(summary.absences).toEqual([
      { date: '2026-11-24', subject: 'Русский язык', excused: false },
      { date: '2026-11-25', subject: 'Русский язык', excused: true },
    ]);
  });

  it('lists marks by subject in the order of their first mark, with date and kind; no term start, no average', () => {
    expect(summary.marks).toEqual([
      {
        subject: 'Математика',
        marks: [
          { date: '2026-11-23', mark: 5, kind: 'домашнее задание' },
          { date: '2026-11-23', mark: 4, kind: 'устный ответ' },
          { date: '2026-11-24', mark: 4, kind: 'тест' },
          { date: '2026-11-26', mark: 2, kind: 'самостоятельная работа' },
        ],
        termAverage: undefined,
      },
      {
        subject: 'Физкультура',
        marks: [
          { date: '2026-11-25', mark: 'pass', kind: undefined },
          { date: '2026-11-27', mark: 'fail', kind: undefined },
        ],
        // Зачёт / незачёт are listed, never averaged.
        termAverage: undefined,
      },
    ]);
  });

  it("averages the term's numeric marks to the week's end, to hundredths, from two marks on", () => {
    const term = summarizeWeek({
      pupil: ivan,
      week: W48,
      lessons: [],
      termStart: '2026-11-05',
      journal: [
        // Before the term: not counted. In an earlier week of the term: counted.
        row('2026-10-20', 'Химия', 'Z', { mark: 2 }),
        row('2026-11-10', 'Химия', 'A', { mark: 5 }),
        row('2026-11-24', 'Химия', 'B', { mark: 4 }),
        row('2026-11-25', 'Химия', 'C', { mark: 4 }),
        // After the week: not counted.
        row('2026-12-01', 'Химия', 'D', { mark: 2 }),
        row('2026-11-24', 'Биология', 'E', { mark: 5 }),
      ],
    });
    // 13 / 3 = 4.333…; the week shows only its own two marks.
    expect(term.marks.map((m) => [m.subject, m.marks.length, m.termAverage])).toEqual([
      ['Биология', 1, undefined],
      ['Химия', 2, 4.33],
    ]);
  });

  it('gives no marks in grade 1 (безотметочное обучение), and no failing-mark alarm', () => {
    const first = summarizeWeek({
      pupil: { ...ivan, class: '1А' },
      week: W48,
      lessons: [],
      journal: [row('2026-11-24', 'Математика', 'A', { mark: 2 })].map((r) => ({
        ...r,
        class: '1А',
      })),
    });
    expect([first.ungraded, first.marks, first.attention]).toEqual([true, [], []]);
    expect(summary.ungraded).toBe(false);
  });

  it('lists work not handed in apart: overdue, and not yet due, with task and deadline', () => {
    expect(summary.overdue).toEqual([
      {
        date: '2026-11-26',
        subject: 'История',
        state: 'overdue',
        kind: 'домашнее задание',
        task: 'Параграф 5',
        deadline: '2026-11-26',
      },
    ]);
    expect(summary.pending).toEqual([
      {
        date: '2026-11-27',
        subject: 'Литература',
        state: 'missing',
        kind: undefined,
        task: 'Читать главу 3',
        deadline: '2026-11-30',
      },
    ]);
  });

  it("keeps teachers' comments in their words", () => {
    expect(summary.comments).toEqual([
      { date: '2026-11-26', subject: 'Математика', text: 'Нужно исправить работу' },
    ]);
  });

  it("takes next week's deadlines from the class's agreed lessons only", () => {
    expect(summary.deadlines).toEqual([
      {
        deadline: '2026-11-30',
        subject: 'Литература',
        task: 'Читать главу 3',
        lessonDate: '2026-11-27',
      },
      { deadline: '2026-12-01', subject: 'Математика', task: '№ 12–15', lessonDate: '2026-11-30' },
      {
        deadline: '2026-12-06',
        subject: 'Алгебра',
        task: 'в воскресенье',
        lessonDate: '2026-12-01',
      },
    ]);
  });

  it('says why the pupil needs attention; work due only next week is no reason yet', () => {
    // Most serious first: failing marks, overdue work, absences.
    expect(summary.attention).toEqual([
      { kind: 'lowMark', subjects: ['Математика'] },
      { kind: 'fail', subjects: ['Физкультура'] },
      // The overdue history homework; the literature task is due on Monday 30.11.
      { kind: 'work', count: 1, subjects: ['История'] },
      {
        kind: 'absent',
        absences: [{ date: '2026-11-24', subject: 'Русский язык', excused: false }],
      },
    ]);
  });

  it('needs no attention in a good week, and says when the journal is empty', () => {
    const good = summarizeWeek({
      pupil: ivan,
      week: W48,
      lessons: [],
      journal: [
        row('2026-11-23', 'Математика', 'L1', {
          attendance: 'present',
          mark: 5,
          work: 'submitted',
        }),
      ],
    });
    expect(good.attention).toEqual([]);
    const empty = summarizeWeek({ pupil: ivan, week: W48, journal: [], lessons: LESSONS });
    expect(empty).toMatchObject({
      hasRecords: false,
      lessons: 0,
      attended: 0,
      marks: [],
      attention: [],
    });
    expect(empty.deadlines).toHaveLength(3);
  });
});

describe('week boundaries in the school time zone', () => {
  const ctx = { zone: moscow, strings: ru, languages: ALL_NAMES };
  const header = SHEETS.journal.columns.map((c) => ru.sheets.journal.columns[c.key]!);
  const journalRow = (date: unknown, mark: unknown, attendance = 'был'): unknown[] => {
    const cells: Record<string, unknown> = {
      date,
      class: '5А',
      subject: 'Математика',
      pupilId: 'P1',
      attendance,
      mark,
    };
    return SHEETS.journal.columns.map((c) => cells[c.key] ?? '');
  };
  const read = (grid: unknown[][]) =>
    readTable('journal', 'Журнал', grid as Grid, rowSchemas(ctx).journal, ru, ALL_NAMES);

  it('puts Sunday 23:30 Moscow time in its week and Monday 00:10 in the next', () => {
    // Sheets holds a date as an instant; Monday 00:10 in Moscow is still Sunday in UTC.
    const sunday = new Date('2026-11-29T20:30:00Z');
    const monday = new Date('2026-11-29T21:10:00Z');
    expect(monday.getUTCDate()).toBe(29);
    const table = read([header, journalRow(sunday, 5), journalRow(monday, 3)]);
    expect(table.problems).toEqual([]);
    const journal = table.rows.map((r) => r.value);
    expect(journal.map((j) => j.date)).toEqual(['2026-11-29', '2026-11-30']);

    const week48 = summarizeWeek({ pupil: ivan, week: W48, journal, lessons: [] });
    const week49 = summarizeWeek({ pupil: ivan, week: W49, journal, lessons: [] });
    expect(week48.marks.flatMap((s) => s.marks.map((m) => [m.date, m.mark]))).toEqual([
      ['2026-11-29', 5],
    ]);
    expect(week49.marks.flatMap((s) => s.marks.map((m) => [m.date, m.mark]))).toEqual([
      ['2026-11-30', 3],
    ]);
  });

  it('skips malformed journal rows and reports them, never guessing a value', () => {
    const table = read([
      header,
      journalRow('24.11.2026', 5),
      journalRow('31.02.2026', 2),
      journalRow('25.11.2026', '5+'),
      journalRow('26.11.2026', 4.5),
      journalRow('26.11.2026', 2, 'болел?'),
      journalRow('', 2),
    ]);
    expect(table.problems.map((p) => [p.row, p.column, p.value, p.reason])).toEqual([
      [3, 'Дата', '31.02.2026', ru.problems.badDate],
      [4, 'Отметка', '5+', ru.problems.badMark],
      [5, 'Отметка', '4.5', ru.problems.badMark],
      [6, 'Посещение', 'болел?', ru.problems.badChoice(Object.values(ru.labels.attendance))],
      [7, 'Дата', '', ru.problems.required],
    ]);
    const summary = summarizeWeek({
      pupil: ivan,
      week: W48,
      journal: table.rows.map((r) => r.value),
      lessons: [],
    });
    // Only the good row is left: no 5 from «5+», no 4 or 5 from 4.5, no 2 from a row without a date.
    expect(summary.marks).toEqual([
      {
        subject: 'Математика',
        marks: [{ date: '2026-11-24', mark: 5, kind: undefined }],
        termAverage: undefined,
      },
    ]);
    expect(summary.attention).toEqual([]);
  });
});
