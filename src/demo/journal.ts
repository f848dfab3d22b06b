/**
 * The demo journal: for every lesson held up to Friday, one row per pupil of the class. Mostly
 * present, marks for some, homework handed in or not; a few lessons of two teachers are left
 * unjournaled on purpose, for the teacher reminders and the monitoring report to find.
 */
import { addDays, type LocalDate } from '../domain/calendar';
import type { Mark } from '../domain/parse';
import type { Attendance, WorkState } from '../domain/vocabulary';
import type { DemoPeople, DemoPupil } from './people';
import { type Random, streamFor } from './random';
import type { DemoLesson } from './timetable';

/** A row of the demo journal. */
export interface DemoJournalRow {
  readonly lesson: DemoLesson;
  readonly pupil: DemoPupil;
  readonly attendance: Attendance;
  readonly mark?: Mark;
  readonly work?: WorkState;
  readonly workKind?: string;
  readonly comment?: string;
}

// What the marks are for: with a task, the work handed in; without one, work during the lesson.
const KINDS_WITH_TASK: readonly (readonly [string, number])[] = [
  ['домашнее задание', 5],
  ['самостоятельная работа', 2],
  ['тест', 1.5],
  ['контрольная работа', 0.5],
];
const KINDS_WITHOUT_TASK: readonly (readonly [string, number])[] = [
  ['работа на уроке', 3],
  ['устный ответ', 1],
];
const EVERYONE_MARKED = new Set(['тест', 'контрольная работа', 'самостоятельная работа']);

/** The lessons deliberately left without journal rows: whose and which. */
export function unjournaled(
  people: DemoPeople,
  lessons: readonly DemoLesson[],
  monday: LocalDate,
): Set<DemoLesson> {
  const held = lessons.filter((l) => isHeld(l, monday));
  const first = (specialty: string): string | undefined =>
    people.staff.find((t) => t.specialty === specialty)?.email;
  const historian = first('history');
  const geographer = first('geography');
  // The historian has not filled in Wednesday and Thursday; the geographer forgot one Tuesday lesson.
  const out = new Set(
    held.filter(
      (l) =>
        l.teacher === historian && (l.date === addDays(monday, 2) || l.date === addDays(monday, 3)),
    ),
  );
  const tuesday = held.find((l) => l.teacher === geographer && l.date === addDays(monday, 1));
  if (tuesday) out.add(tuesday);
  return out;
}

/** A lesson that took place: agreed and dated Monday–Friday of the demo week. */
export function isHeld(lesson: DemoLesson, monday: LocalDate): boolean {
  return lesson.status === 'agreed' && lesson.date <= addDays(monday, 4);
}

/** Journal rows for the held lessons, in lesson order and class-list order. */
export function makeJournal(
  people: DemoPeople,
  lessons: readonly DemoLesson[],
  monday: LocalDate,
  seed: number,
): DemoJournalRow[] {
  const rnd = streamFor(seed, 'journal');
  const friday = addDays(monday, 4);
  const skipped = unjournaled(people, lessons, monday);
  const classList = new Map<string, DemoPupil[]>();
  for (const pupil of people.pupils.filter((p) => p.active)) {
    classList.set(pupil.className, [...(classList.get(pupil.className) ?? []), pupil]);
  }
  // A few pupils are ill for two days in a row: excused from every lesson of those days.
  const ill = new Map<DemoPupil, Set<LocalDate>>();
  for (const pupil of people.pupils) {
    if (rnd.chance(0.04)) {
      const start = rnd.int(0, 3);
      ill.set(pupil, new Set([addDays(monday, start), addDays(monday, start + 1)]));
    }
  }

  const rows: DemoJournalRow[] = [];
  for (const lesson of lessons) {
    if (!isHeld(lesson, monday) || skipped.has(lesson)) continue;
    const kind = rnd.weighted(lesson.task === undefined ? KINDS_WITHOUT_TASK : KINDS_WITH_TASK);
    for (const pupil of classList.get(lesson.className) ?? []) {
      rows.push(
        rowFor(lesson, pupil, kind, ill.get(pupil)?.has(lesson.date) ?? false, friday, rnd),
      );
    }
  }
  return rows;
}

function rowFor(
  lesson: DemoLesson,
  pupil: DemoPupil,
  kind: string,
  ill: boolean,
  friday: LocalDate,
  rnd: Random,
): DemoJournalRow {
  const d = pupil.diligence;
  const attendance: Attendance = ill
    ? 'excused'
    : rnd.chance(0.02 + 0.15 * (1 - d) ** 2)
      ? 'absent'
      : 'present';
  let work: WorkState | undefined;
  if (lesson.task !== undefined) {
    const handedIn = attendance === 'present' && rnd.chance(0.55 + 0.45 * d);
    // Work not handed in is overdue once its deadline is behind Friday afternoon, the demo's "now".
    work = handedIn
      ? 'submitted'
      : lesson.deadline !== undefined && lesson.deadline < friday
        ? 'overdue'
        : 'missing';
  }
  let mark: Mark | undefined;
  // First-graders get no marks (безотметочное обучение); the rest get some.
  const marked = EVERYONE_MARKED.has(kind) ? 0.95 : 0.25;
  if (
    lesson.grade >= 2 &&
    attendance === 'present' &&
    work !== 'missing' &&
    work !== 'overdue' &&
    rnd.chance(marked)
  ) {
    const level = 1.6 + 3.4 * d + (rnd.next() - 0.5) * 1.4;
    mark = Math.min(5, Math.max(2, Math.round(level))) as Mark;
  }
  const comment = commentFor(pupil, attendance, mark, work, rnd);
  const row: { -readonly [K in keyof DemoJournalRow]: DemoJournalRow[K] } = {
    lesson,
    pupil,
    attendance,
  };
  if (mark !== undefined) row.mark = mark;
  if (work !== undefined) row.work = work;
  if (mark !== undefined || work !== undefined) row.workKind = kind;
  if (comment !== undefined) row.comment = comment;
  return row;
}

function commentFor(
  pupil: DemoPupil,
  attendance: Attendance,
  mark: Mark | undefined,
  work: WorkState | undefined,
  rnd: Random,
): string | undefined {
  const she = pupil.name.gender === 'f';
  if (!rnd.chance(0.06)) return undefined;
  if (attendance === 'absent')
    return she
      ? 'Не подключилась к уроку, тему изучить самостоятельно'
      : 'Не подключился к уроку, тему изучить самостоятельно';
  if (work === 'overdue') return 'Работа не прислана. Жду до конца недели';
  if (mark === 2) return 'Нужно исправить работу; приходите на консультацию';
  if (mark === 5)
    return rnd.pick([
      'Молодец!',
      'Отличная работа',
      she ? 'Очень старалась, молодец' : 'Очень старался, молодец',
    ]);
  if (mark === 3) return 'Есть ошибки, повторите правило';
  return undefined;
}
