/**
 * Demo requests (instruction 4.2, 5, 6): paper materials for families without the internet and
 * consultations with a subject teacher. One is overdue on the demo's Friday.
 */
import { addDays, formatDateRu, type LocalDate } from '../domain/calendar';
import type { RequestStatus, RequestType } from '../domain/vocabulary';
import type { DemoAccess } from './access';
import { SELF_STUDY_SUBJECTS, WEEKLY_PLAN } from './curriculum';
import { fio } from './names';
import type { DemoPeople, DemoPupil } from './people';
import { type Random, streamFor } from './random';
import { nextWeekday } from './timetable';

/** A demo request. */
export interface DemoRequest {
  readonly id: string;
  readonly date: LocalDate;
  readonly type: RequestType;
  readonly pupil: DemoPupil;
  readonly applicant: string;
  readonly phone?: string;
  readonly subject: string;
  readonly description: string;
  readonly status: RequestStatus;
  readonly assignee: string;
  readonly due: LocalDate;
  readonly doneAt?: LocalDate;
  readonly answer?: string;
}

// Type, status, the day it came in (days after the demo week's Monday), school days it is given.
const PLAN: readonly (readonly [RequestType, RequestStatus, number, number])[] = [
  ['paper', 'done', -6, 2],
  ['consultation', 'done', -4, 3],
  ['paper', 'done', -3, 2],
  ['consultation', 'done', 0, 2],
  ['paper', 'inProgress', 0, 2], // overdue: due on Wednesday, still in progress on Friday
  ['consultation', 'inProgress', 2, 3],
  ['paper', 'inProgress', 3, 2],
  ['consultation', 'new', 3, 4],
  ['paper', 'new', 4, 3],
  ['consultation', 'new', 4, 4],
];

/** About ten requests around the demo week: paper from census families who asked for it. */
export function makeRequests(
  people: DemoPeople,
  access: readonly DemoAccess[],
  monday: LocalDate,
  seed: number,
): DemoRequest[] {
  const rnd = streamFor(seed, 'requests');
  const paper = rnd.shuffle(access.filter((a) => a.paper).map((a) => a.pupil));
  const others = rnd.shuffle(
    people.pupils.filter((p) => p.active && !p.family.phoneOnly && p.grade >= 3),
  );
  const out: DemoRequest[] = [];
  PLAN.forEach(([type, status, day, days], i) => {
    const pupil = (type === 'paper' ? paper.shift() : undefined) ?? others.shift();
    if (!pupil) return;
    const date = addDays(monday, day);
    // Families ask about subjects with homework, not about PE or music.
    const subjects = (WEEKLY_PLAN[pupil.grade] ?? []).filter(
      ([s, h]) => h >= 2 && !SELF_STUDY_SUBJECTS.has(s),
    );
    const subject = rnd.pick(subjects.map(([s]) => s));
    const guardian = pupil.family.guardians[0];
    const teacher = people.teacherOf(pupil.className, subject);
    const classTeacher =
      people.classes.find((c) => c.name === pupil.className)?.classTeacher ?? teacher;
    const due = addSchoolDays(date, days);
    const doneAt = status === 'done' ? addSchoolDays(date, Math.min(days, 1 + (i % 2))) : undefined;
    out.push({
      id: `R${String(i + 1).padStart(3, '0')}`,
      date,
      type,
      pupil,
      applicant: guardian ? fio(guardian.name) : fio(pupil.name),
      ...(guardian?.phone !== undefined ? { phone: guardian.phone } : {}),
      subject,
      description: describe(type, subject, rnd),
      status,
      // Paper goes through the class teacher, who knows the family; consultations to the teacher.
      assignee: type === 'paper' ? classTeacher : teacher,
      due,
      ...(doneAt !== undefined ? { doneAt, answer: answer(type, doneAt) } : {}),
    });
  });
  return out;
}

function describe(type: RequestType, subject: string, rnd: Random): string {
  if (type === 'paper') {
    return rnd.pick([
      `Дома нет интернета. Просим распечатать задания по предмету «${subject}» на неделю`,
      `Интернет только на телефоне мамы. Нужны печатные материалы: ${subject}`,
    ]);
  }
  return rnd.pick([
    `Ребёнок не понял новую тему, просим консультацию: ${subject}`,
    `Пропустили неделю по болезни, нужна консультация по предмету «${subject}»`,
  ]);
}

function answer(type: RequestType, doneAt: LocalDate): string {
  return type === 'paper'
    ? `Материалы подготовлены, можно забрать на вахте школы с ${formatDateRu(doneAt)}`
    : `Консультация проведена в Сферуме ${formatDateRu(doneAt)}`;
}

function addSchoolDays(date: LocalDate, days: number): LocalDate {
  let out = date;
  for (let i = 0; i < days; i++) out = nextWeekday(out);
  return out;
}
