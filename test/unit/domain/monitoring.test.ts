import { intlZone } from '../../../src/adapters/memory/zone';
import { instantOf } from '../../../src/domain/calendar';
import type { Grid } from '../../../src/domain/cells';
import {
  actionCount,
  type InformedEntry,
  isUngradedClass,
  type MonitoringInput,
  type MonitoringReport,
  monitoringReport,
  needsAttention,
  parseIsoWeek,
  previousWeek,
  reportWeekOf,
  trendFigures,
  weeksBetween,
} from '../../../src/domain/monitoring';
import type {
  AccessRecord,
  JournalEntry,
  Lesson,
  Pupil,
  SchoolRequest,
  StaffMember,
} from '../../../src/domain/rows';
import { ALL_NAMES, stringsFor } from '../../../src/i18n';
import { journalIndex } from '../../../src/jobs/teacher-reminders';

const zone = intlZone('Europe/Moscow');
const ctx = { zone, strings: stringsFor('ru'), languages: ALL_NAMES };
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
// 2026-W48: Monday 23.11 … Sunday 29.11. The report is built on Thursday 26.11 at 12:00.
const W48 = parseIsoWeek('2026-W48')!;
const NOW = at('2026-11-26', '12:00');

const IVANOVA = 'ivanova@school.test';
const PETROV = 'petrov@school.test';
const STAFF: StaffMember[] = [
  { name: 'Петров Олег Ильич', email: PETROV, role: 'teacher', subjects: ['История'] },
  { name: 'Иванова Анна Петровна', email: IVANOVA, role: 'teacher', subjects: ['Математика'] },
];

const lesson = (
  id: string,
  date: string,
  cls: string,
  subject: string,
  teacher: string,
  status: Lesson['status'],
  start = 9 * 60,
): Lesson => ({
  id,
  date,
  class: cls,
  period: 1,
  start,
  end: start + 40,
  subject,
  teacher,
  status,
});

/**
 * Ivanova: L1 journaled, L2 overdue (24.11 09:40 + 24 h < 26.11 12:00), L5 cancelled, L6 ahead.
 * Petrov: L3 held but its deadline not yet passed (25.11 13:40 + 24 h), L4 journaled by its slot
 * (a journal row without a lesson ID), L7 a draft. L8 and L9 are in other weeks.
 */
const LESSONS: Lesson[] = [
  lesson('L1', '2026-11-23', '5А', 'Математика', IVANOVA, 'agreed'),
  lesson('L2', '2026-11-24', '5А', 'Математика', IVANOVA, 'agreed'),
  lesson('L3', '2026-11-25', '5А', 'История', PETROV, 'agreed', 13 * 60),
  lesson('L4', '2026-11-25', '6Б', 'История', PETROV, 'agreed', 10 * 60),
  lesson('L5', '2026-11-26', '6Б', 'Математика', IVANOVA, 'cancelled'),
  lesson('L6', '2026-11-27', '5А', 'Математика', IVANOVA, 'agreed'),
  lesson('L7', '2026-11-27', '6Б', 'История', PETROV, 'draft'),
  lesson('L8', '2026-11-30', '5А', 'Математика', IVANOVA, 'agreed'),
  lesson('L9', '2026-11-20', '5А', 'Математика', IVANOVA, 'agreed'),
];

const entry = (
  date: string,
  cls: string,
  subject: string,
  pupilId: string,
  extra: Partial<JournalEntry>,
): JournalEntry => ({ date, class: cls, subject, pupilId, ...extra });

/**
 * Marks: Ivanova 2 (5А: a 5 and a pass), Petrov 2 (6Б by the slot of L4; 5А by his name in the
 * teacher column), nobody 1 (6Б, no lesson, no teacher). A row without a mark and one of the
 * week before do not count.
 */
const JOURNAL: JournalEntry[] = [
  entry('2026-11-23', '5А', 'Математика', 'P1', { lessonId: 'L1', mark: 5 }),
  entry('2026-11-23', '5А', 'Математика', 'P2', { lessonId: 'L1', mark: 'pass' }),
  entry('2026-11-23', '5А', 'Математика', 'P3', { lessonId: 'L1', attendance: 'present' }),
  entry('2026-11-25', '6Б', 'История', 'P4', { mark: 3 }),
  entry('2026-11-24', '5А', 'Физкультура', 'P1', { mark: 4, teacher: 'Петров Олег Ильич' }),
  entry('2026-11-25', '6Б', 'Биология', 'P4', { mark: 4 }),
  entry('2026-11-20', '5А', 'Математика', 'P1', { lessonId: 'L9', mark: 2 }),
];

const pupil = (id: string, name: string, cls: string, active = true): Pupil => ({
  id,
  name,
  class: cls,
  guardians: [],
  active,
});
const PUPILS: Pupil[] = [
  pupil('P1', 'Алексеев Борис Ильич', '5А'),
  pupil('P2', 'Белова Дарья Олеговна', '5А'),
  pupil('P3', 'Волков Ефим Петрович', '5А'),
  pupil('P4', 'Гусева Зоя Ивановна', '6Б'),
  pupil('P5', 'Дмитриев Иван Сергеевич', '6Б', false),
];

/** W48: P1 by letter, P2 by call and by letter (a letter), P4 by call; P3 not at all. */
const INFORMED: InformedEntry[] = [
  { week: '2026-W48', pupilId: 'P1', method: 'mail' },
  { week: '2026-W48', pupilId: 'P2', method: 'call' },
  { week: '2026-W48', pupilId: 'P2', method: 'mail' },
  { week: '2026-W48', pupilId: 'P4', method: 'call' },
  { week: '2026-W48', pupilId: 'P5', method: 'mail' },
  { week: '2026-W47', pupilId: 'P3', method: 'mail' },
];

/** P1's later answer replaces the earlier; P2 needs paper; P4 has no internet; P3 never answered. */
const ACCESS: AccessRecord[] = [
  { pupilId: 'P1', date: '2026-11-10', computer: false, internet: 'no', paper: true },
  { pupilId: 'P1', date: '2026-11-20', computer: true, internet: 'yes', paper: false },
  { pupilId: 'P2', date: '2026-11-12', computer: false, internet: 'unstable', paper: true },
  { pupilId: 'P4', date: '2026-11-12', computer: true, internet: 'no' },
  { pupilId: 'P5', date: '2026-11-12', computer: false, internet: 'no', paper: true },
];

const request = (
  id: string,
  type: SchoolRequest['type'],
  status: SchoolRequest['status'],
  extra: Partial<SchoolRequest>,
): SchoolRequest => ({ id, type, status, pupilId: 'P1', class: '5А', ...extra });
const REQUESTS: SchoolRequest[] = [
  request('R1', 'paper', 'new', { date: '2026-11-24', due: '2026-11-25' }),
  request('R2', 'consultation', 'inProgress', { date: '2026-11-20', due: '2026-11-27' }),
  request('R3', 'paper', 'done', { date: '2026-11-23', due: '2026-11-25', doneAt: '2026-11-24' }),
  request('R4', 'consultation', 'done', { date: '2026-11-19', doneAt: '2026-11-20' }),
  request('R5', 'paper', 'rejected', { date: '2026-11-16', due: '2026-11-20' }),
  request('R6', 'consultation', 'new', { date: '2026-11-26' }),
];

/**
 * Parents: a@x twice (case differs), b@x the week before, c@x after the week (left out), d@x
 * undated (counted). «Класс ребёнка» and «Комментарий» are not 1–5 questions.
 */
const PARENTS: Grid = [
  [
    'Отметка времени',
    'Адрес электронной почты',
    'Класс ребёнка',
    'Насколько вы довольны онлайн-уроками?',
    'Понятны ли задания?',
    'Комментарий',
  ],
  [at('2026-11-24', '10:00'), 'a@x.ru', '5А', 5, '4', 'всё хорошо'],
  ['25.11.2026 18:30:00', 'A@x.ru', '5А', 3, 2, ''],
  [at('2026-11-20', '09:00'), 'b@x.ru', '6Б', 4, 5, 'спасибо'],
  [at('2026-11-30', '09:00'), 'c@x.ru', '5А', 1, 1, ''],
  ['', 'd@x.ru', '6Б', '', 5, ''],
];

/** Pupils: no e-mail column, so responses are counted; a numeric «Class» column is no question. */
const PUPIL_SURVEY: Grid = [
  ['Timestamp', 'Оцени уроки', 'Class'],
  [at('2026-11-24', '12:00'), 5, 5],
  [at('2026-11-26', '08:00'), 4, 5],
  ['', '', ''],
];

function build(surveys: { parents: Grid | null; pupils: Grid | null }): MonitoringReport {
  return monitoringReport(inputOf(surveys));
}

function inputOf(surveys: { parents: Grid | null; pupils: Grid | null }): MonitoringInput {
  return {
    week: W48,
    now: NOW,
    zone,
    ctx,
    journalDeadlineHours: 24,
    lessons: LESSONS,
    journal: JOURNAL,
    isJournaled: journalIndex(JOURNAL),
    summaryAt: { weekday: 5, hour: 15 },
    pupils: PUPILS,
    classes: [{ name: '5А', classTeacher: IVANOVA }, { name: '6Б' }],
    staff: STAFF,
    informed: INFORMED,
    access: ACCESS,
    requests: REQUESTS,
    surveys,
  };
}

describe('ISO weeks of the report', () => {
  it('reads a week label and refuses one that does not exist', () => {
    expect(W48.dates[0]).toBe('2026-11-23');
    expect(W48.dates[6]).toBe('2026-11-29');
    expect(parseIsoWeek('2020-W53')?.dates[0]).toBe('2020-12-28');
    expect(parseIsoWeek('2021-W53')).toBeUndefined();
    expect(parseIsoWeek('2026-W00')).toBeUndefined();
    expect(parseIsoWeek('W48')).toBeUndefined();
  });

  it('steps back a week across the new year and counts weeks between', () => {
    expect(previousWeek(parseIsoWeek('2027-W01')!).label).toBe('2026-W53');
    expect(reportWeekOf('2026-12-31').label).toBe('2026-W53');
    expect(weeksBetween(parseIsoWeek('2026-W40')!, W48)).toBe(8);
    expect(weeksBetween(W48, parseIsoWeek('2026-W40')!)).toBe(-8);
  });
});

describe('the monitoring report of a hand-made week', () => {
  const report = build({ parents: PARENTS, pupils: PUPIL_SURVEY });

  it('is the week so far on Thursday', () => {
    expect(report.week.label).toBe('2026-W48');
    expect(report.today).toBe('2026-11-26');
    expect(report.complete).toBe(false);
  });

  it('counts lessons planned, held, journaled and overdue, and marks, per teacher', () => {
    expect(
      report.teachers.map((t) => [t.name, t.planned, t.held, t.cancelled, t.notAgreed]),
    ).toEqual([
      ['Иванова Анна Петровна', 4, 2, 1, 0],
      ['Петров Олег Ильич', 3, 2, 0, 1],
      ['', 0, 0, 0, 0],
    ]);
    expect(report.teachers.map((t) => [t.teacher, t.journaled, t.overdue, t.marks])).toEqual([
      [IVANOVA, 1, 1, 2],
      [PETROV, 1, 0, 2],
      ['', 0, 0, 1],
    ]);
  });

  it('and per class, with the school total', () => {
    expect(report.classes.map((c) => [c.class, c.classTeacher, c.lessons])).toEqual([
      [
        '5А',
        IVANOVA,
        { planned: 4, held: 3, cancelled: 0, notAgreed: 0, journaled: 1, overdue: 1, marks: 3 },
      ],
      [
        '6Б',
        undefined,
        { planned: 3, held: 1, cancelled: 1, notAgreed: 1, journaled: 1, overdue: 0, marks: 2 },
      ],
    ]);
    expect(report.lessons).toEqual({
      planned: 7,
      held: 4,
      cancelled: 1,
      notAgreed: 1,
      journaled: 2,
      overdue: 1,
      marks: 5,
    });
  });

  it('counts families informed among active pupils, a letter over a call', () => {
    expect(report.informed).toEqual({ active: 4, mail: 2, call: 1, none: 1, share: 0.75 });
    expect(report.classes.map((c) => [c.class, c.informed])).toEqual([
      ['5А', { active: 3, mail: 2, call: 0, none: 1, share: 2 / 3 }],
      ['6Б', { active: 1, mail: 0, call: 1, none: 0, share: 1 }],
    ]);
    expect(report.classes.map((c) => c.notInformed.map((p) => p.id))).toEqual([['P3'], []]);
  });

  it('sums up the parents’ survey: per question mean, % satisfied and n; response rate by e-mail', () => {
    const parents = report.surveys.parents;
    expect(parents).toMatchObject({
      found: true,
      byEmail: true,
      respondents: 3,
      thisWeek: 1,
      responseRate: 0.75,
    });
    expect(parents.questions).toEqual([
      { question: 'Насколько вы довольны онлайн-уроками?', n: 3, mean: 4, satisfied: 2 / 3 },
      { question: 'Понятны ли задания?', n: 4, mean: 4, satisfied: 0.75 },
    ]);
    expect(parents.overall).toEqual({ n: 7, mean: 4, satisfied: 5 / 7 });
  });

  it('counts responses when the form collects no e-mail', () => {
    expect(report.surveys.pupils).toMatchObject({
      found: true,
      byEmail: false,
      respondents: 2,
      thisWeek: 2,
      responseRate: 0.5,
      questions: [{ question: 'Оцени уроки', n: 2, mean: 4.5, satisfied: 1 }],
    });
  });

  it('takes the latest census answer of each active pupil', () => {
    expect(report.access).toEqual({
      active: 4,
      withRecord: 3,
      noComputer: 1,
      noInternet: 1,
      unstable: 1,
      paper: 1,
      noRecord: 1,
    });
    expect(report.withoutCensus.map((p) => p.id)).toEqual(['P3']);
    expect(report.classes.map((a) => [a.class, a.access.active, a.access.noRecord])).toEqual([
      ['5А', 3, 1],
      ['6Б', 1, 0],
    ]);
  });

  it('counts requests open and overdue today, done and received in the week, by type', () => {
    expect(report.requests).toEqual({ open: 3, overdue: 1, doneThisWeek: 1, newThisWeek: 3 });
    expect(report.requestsByType).toEqual({
      paper: { open: 1, overdue: 1, doneThisWeek: 1, newThisWeek: 2 },
      consultation: { open: 2, overdue: 0, doneThisWeek: 0, newThisWeek: 1 },
    });
    expect(report.overdueRequests.map((r) => r.id)).toEqual(['R1']);
  });
});

describe('what needs action on Thursday', () => {
  const report = build({ parents: PARENTS, pupils: PUPIL_SURVEY });

  it('journals overdue by teacher, requests past due, census by class; families not yet', () => {
    expect(
      report.actions.journal.map((t) => [t.teacher, t.overdueLessons.map((l) => l.id)]),
    ).toEqual([[IVANOVA, ['L2']]]);
    expect(report.actions.requests.map((r) => r.id)).toEqual(['R1']);
    expect(report.actions.census.map((c) => [c.class, c.withoutCensus.map((p) => p.id)])).toEqual([
      ['5А', ['P3']],
    ]);
    // The family letters go out on Friday at 15:00: on Thursday P3's family is no action yet.
    expect(report.actions.informedDue).toBe(false);
    expect(report.actions.informed).toEqual([]);
    expect(actionCount(report.actions)).toBe(3);
    expect(trendFigures(report).informed).toBeUndefined();
  });

  it('families become an action once the letters were due, at summary_day and summary_hour', () => {
    const friday = monitoringReport({
      ...inputOf({ parents: null, pupils: null }),
      now: at('2026-11-27', '15:00'),
    });
    expect(friday.actions.informedDue).toBe(true);
    expect(friday.actions.informed.map((c) => [c.class, c.notInformed.map((p) => p.id)])).toEqual([
      ['5А', ['P3']],
    ]);
    expect(trendFigures(friday).informed).toBe(0.75);
  });

  it('a pupil needs the administration’s attention for a pattern, not for one slip', () => {
    const absence = { date: '2026-11-23', subject: 'Математика', excused: false };
    expect(needsAttention([{ kind: 'absent', absences: [absence] }])).toBe(false);
    expect(needsAttention([{ kind: 'absent', absences: [absence, absence] }])).toBe(true);
    expect(needsAttention([{ kind: 'work', count: 1, subjects: ['Математика'] }])).toBe(false);
    expect(needsAttention([{ kind: 'work', count: 2, subjects: ['Математика'] }])).toBe(true);
    expect(needsAttention([{ kind: 'lowMark', subjects: ['История'] }])).toBe(true);
    expect(needsAttention([{ kind: 'fail', subjects: ['Физкультура'] }])).toBe(true);
  });

  it('grade 1 is taught without marks', () => {
    expect(['1А', '1Б', '10А', '5А', '11Б'].map(isUngradedClass)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('a report with nothing to go on', () => {
  it('absent survey sheets are "not found", not an error; a past week is complete', () => {
    const report = monitoringReport({
      week: parseIsoWeek('2026-W47')!,
      now: NOW,
      zone,
      ctx,
      journalDeadlineHours: 24,
      lessons: [],
      journal: [],
      isJournaled: () => false,
      summaryAt: { weekday: 5, hour: 15 },
      pupils: [],
      classes: [],
      staff: [],
      informed: [],
      access: [],
      requests: [],
      surveys: { parents: null, pupils: [['Отметка времени', 'Оценка']] },
    });
    expect(report.complete).toBe(true);
    expect(report.surveys.parents).toMatchObject({ found: false, respondents: 0 });
    expect(report.surveys.parents.responseRate).toBeUndefined();
    expect(report.surveys.pupils).toMatchObject({ found: true, respondents: 0, questions: [] });
    expect(report.informed.share).toBeUndefined();
    expect(report.teachers).toEqual([]);
  });
});
