/**
 * The demo timetable: one school week for every class, built so that no teacher is in two
 * lessons at once, then dressed with form, resource, topic, task, deadline and status.
 */
import { addDays, type LocalDate, type LocalTime, weekdayOf } from '../domain/calendar';
import type { LessonForm, LessonStatus } from '../domain/vocabulary';
import { SELF_STUDY_SUBJECTS, taskFor, topicOf, WEEKLY_PLAN } from './curriculum';
import type { DemoClass, DemoPeople } from './people';
import { type Random, streamFor, token } from './random';

/** Bell times of 30-minute distance lessons (SanPiN keeps screen time short), periods 1–6. */
export const BELLS: readonly (readonly [LocalTime, LocalTime])[] = [
  [9 * 60, 9 * 60 + 30],
  [9 * 60 + 45, 10 * 60 + 15],
  [10 * 60 + 30, 11 * 60],
  [11 * 60 + 20, 11 * 60 + 50],
  [12 * 60 + 5, 12 * 60 + 35],
  [12 * 60 + 50, 13 * 60 + 20],
];
const MAX_PERIODS = BELLS.length;

/** A lesson of the demo timetable. */
export interface DemoLesson {
  readonly id: string;
  readonly date: LocalDate;
  readonly className: string;
  readonly grade: number;
  readonly period: number;
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly subject: string;
  readonly teacher: string;
  form: LessonForm;
  resource?: string;
  topic: string;
  task?: string;
  deadline?: LocalDate;
  status: LessonStatus;
  adminComment?: string;
  /** When the evening publication sent it: a local date and minutes. */
  published?: { readonly date: LocalDate; readonly minutes: LocalTime };
  /** The cancelled lesson as it was published, before its teacher cancelled it (the demo week replays that). */
  beforeCancel?: { readonly task?: string; readonly deadline?: LocalDate };
}

/** A lesson of the weekly pattern, before it gets a date. */
interface Slot {
  readonly cls: DemoClass;
  readonly subject: string;
  readonly teacher: string;
  period: number;
}

/**
 * Lessons for Monday–Friday of the week of `monday` and the Monday after it. The lessons up to
 * Friday are agreed and were published the evening before; next Monday's are still being agreed.
 */
export function makeTimetable(
  people: DemoPeople,
  monday: LocalDate,
  publishHour: number,
  seed: number,
): DemoLesson[] {
  const rnd = streamFor(seed, 'timetable');
  const pattern = weekPattern(people, rnd);
  const dates = [0, 1, 2, 3, 4, 7].map((d) => addDays(monday, d));
  const friday = addDays(monday, 4);
  const seen = new Map<string, number>();
  const lessons: DemoLesson[] = [];

  for (const date of dates) {
    const day = pattern[weekdayOf(date) - 1] ?? [];
    for (const cls of people.classes) {
      const slots = day.filter((s) => s.cls === cls).sort((a, b) => a.period - b.period);
      for (const slot of slots) {
        const key = `${cls.name}|${slot.subject}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        const [start, end] = BELLS[slot.period - 1]!;
        const form = formFor(slot.subject, rnd);
        const task =
          form === 'consultation' ? undefined : taskFor(slot.subject, form === 'selfStudy', rnd);
        const lesson: DemoLesson = {
          id: `L${date}-${cls.name}-${slot.period}`,
          date,
          className: cls.name,
          grade: cls.grade,
          period: slot.period,
          start,
          end,
          subject: slot.subject,
          teacher: slot.teacher,
          form,
          resource: resourceFor(form, slot.teacher, people, rnd),
          topic:
            form === 'consultation'
              ? `Консультация: ${topicOf(slot.subject, cls.grade, n)}`
              : topicOf(slot.subject, cls.grade, n),
          status: 'agreed',
        };
        if (task !== undefined) {
          lesson.task = task;
          lesson.deadline = nextWeekday(date);
        }
        if (date <= friday)
          lesson.published = { date: previousWeekday(date), minutes: publishHour * 60 };
        lessons.push(lesson);
      }
    }
  }
  setStatuses(lessons, friday, rnd);
  return lessons;
}

function formFor(subject: string, rnd: Random): LessonForm {
  if (SELF_STUDY_SUBJECTS.has(subject)) return rnd.chance(0.85) ? 'selfStudy' : 'online';
  return rnd.weighted<LessonForm>([
    ['online', 60],
    ['selfStudy', 30],
    ['consultation', 10],
  ]);
}

function resourceFor(form: LessonForm, teacher: string, people: DemoPeople, rnd: Random): string {
  if (form !== 'selfStudy') return people.staff.find((t) => t.email === teacher)?.link ?? '';
  return rnd.chance(0.6)
    ? `https://resh.edu.ru/subject/lesson/${rnd.int(1000, 7999)}/start/`
    : `https://www.yaklass.ru/TestWork/Join/${token(rnd, 22)}`;
}

/**
 * Statuses: next Monday is partly still in draft or with the administration; one lesson in the
 * middle of this week was cancelled after publication (a change notice for the family letters).
 */
function setStatuses(lessons: DemoLesson[], friday: LocalDate, rnd: Random): void {
  const nextMonday = addDays(friday, 3);
  let commented = false;
  for (const lesson of lessons.filter((l) => l.date === nextMonday)) {
    lesson.status = rnd.weighted<LessonStatus>([
      ['agreed', 72],
      ['pending', 18],
      ['draft', 10],
    ]);
    if (lesson.status === 'draft') {
      // A draft is unfinished: the teacher has not chosen a resource or set the task yet.
      delete lesson.resource;
      delete lesson.task;
      delete lesson.deadline;
    } else if (lesson.status === 'pending' && !commented && lesson.form === 'online') {
      lesson.adminComment = 'Проверьте ссылку на конференцию: она не открывается';
      commented = true;
    }
  }
  const midweek = lessons.filter(
    (l) =>
      l.grade >= 5 && l.date > addDays(friday, -4) && l.date < friday && l.subject === 'Физика',
  );
  const cancelled = midweek.length > 0 ? rnd.pick(midweek) : lessons.find((l) => l.date < friday);
  if (cancelled) {
    cancelled.beforeCancel = {
      ...(cancelled.task === undefined ? {} : { task: cancelled.task }),
      ...(cancelled.deadline === undefined ? {} : { deadline: cancelled.deadline }),
    };
    cancelled.status = 'cancelled';
    cancelled.adminComment =
      'Учитель на курсах повышения квалификации; тема перенесена на следующий урок';
    delete cancelled.task;
    delete cancelled.deadline;
  }
}

/** The weekday after `date` (Monday after a Friday); holidays are kept off the demo's days. */
export function nextWeekday(date: LocalDate): LocalDate {
  return addDays(date, weekdayOf(date) >= 5 ? 8 - weekdayOf(date) : 1);
}

/** The weekday before `date` (Friday before a Monday). */
export function previousWeekday(date: LocalDate): LocalDate {
  const weekday = weekdayOf(date);
  return addDays(date, weekday === 1 ? -3 : weekday === 7 ? -2 : -1);
}

/** Daily lesson counts of a class with `total` lessons a week: longer days first. */
function dailyCounts(total: number): number[] {
  const base = Math.floor(total / 5);
  return [0, 1, 2, 3, 4].map((d) => base + (d < total % 5 ? 1 : 0));
}

/**
 * The weekly pattern: for each weekday, every class's lessons with periods. Tries a few random
 * spreads; if none gives a clash-free day (it always has for the school sizes tried), the last
 * attempt is kept with periods in plan order.
 */
function weekPattern(people: DemoPeople, rnd: Random): Slot[][] {
  let days: Slot[][] = [];
  for (let attempt = 0; attempt < 30; attempt++) {
    days = spreadOverDays(people, rnd);
    if (days.every((day) => placePeriods(day, rnd))) return days;
  }
  for (const day of days) {
    const next = new Map<DemoClass, number>();
    for (const slot of day) next.set(slot.cls, (slot.period = (next.get(slot.cls) ?? 0) + 1));
  }
  return days;
}

/** Spreads each class's weekly plan over five days, keeping subjects and teachers' days even. */
function spreadOverDays(people: DemoPeople, rnd: Random): Slot[][] {
  const days: Slot[][] = [[], [], [], [], []];
  const items: {
    cls: DemoClass;
    subject: string;
    hours: number;
    teacher: string;
    target: number[];
  }[] = [];
  const targets = new Map<DemoClass, number[]>();
  const classDay = new Map<DemoClass, number[]>();
  const subjectDay = new Map<string, number[]>();
  for (const cls of people.classes) {
    const plan = WEEKLY_PLAN[cls.grade] ?? [];
    const target = dailyCounts(plan.reduce((sum, [, h]) => sum + h, 0));
    targets.set(cls, target);
    classDay.set(cls, [0, 0, 0, 0, 0]);
    for (const [subject, hours] of plan) {
      subjectDay.set(`${cls.name}|${subject}`, [0, 0, 0, 0, 0]);
      const teacher = people.teacherOf(cls.name, subject);
      for (let h = 0; h < hours; h++) items.push({ cls, subject, hours, teacher, target });
    }
  }
  // A teacher's lessons on a day, by the length of the class's day: a teacher cannot give more
  // lessons to classes that end by period k than there are periods up to k.
  const teacherDay = new Map<string, number[][]>();
  const overfull = (teacher: string, d: number, length: number): boolean => {
    const lengths = [...(teacherDay.get(teacher)?.[d] ?? []), length];
    return lengths.some((k) => lengths.filter((l) => l <= k).length > k);
  };
  // Subjects with the most hours first: they need a lesson nearly every day.
  const order = rnd.shuffle(items).sort((a, b) => b.hours - a.hours);
  for (const item of order) {
    const cd = classDay.get(item.cls)!;
    const sd = subjectDay.get(`${item.cls.name}|${item.subject}`)!;
    const td = teacherDay.get(item.teacher) ?? [[], [], [], [], []];
    teacherDay.set(item.teacher, td);
    let best = -1;
    let bestCost = Infinity;
    for (let d = 0; d < 5; d++) {
      if (cd[d]! >= item.target[d]!) continue;
      const cost =
        sd[d]! * 100 +
        (overfull(item.teacher, d, item.target[d]!) ? 1000 : 0) +
        td[d]!.length * 4 +
        rnd.next();
      if (cost < bestCost) {
        bestCost = cost;
        best = d;
      }
    }
    cd[best]!++;
    sd[best]!++;
    td[best]!.push(item.target[best]!);
    days[best]!.push({ cls: item.cls, subject: item.subject, teacher: item.teacher, period: 0 });
  }
  repairDays(days, targets, rnd);
  return days;
}

/**
 * The greedy spread can leave a teacher with more lessons on a day than periods allow (it happens
 * in big schools). Swaps such a lesson with another lesson of the same class on another day,
 * when that leaves both teachers' days possible and no subject twice a day.
 */
function repairDays(days: Slot[][], targets: ReadonlyMap<DemoClass, number[]>, rnd: Random): void {
  const fits = (teacher: string, d: number): boolean => {
    const lengths = days[d]!.filter((s) => s.teacher === teacher).map(
      (s) => targets.get(s.cls)![d]!,
    );
    return lengths.every((k) => lengths.filter((l) => l <= k).length <= k);
  };
  const doubled = (slot: Slot, d: number): boolean =>
    days[d]!.some((s) => s !== slot && s.cls === slot.cls && s.subject === slot.subject);
  for (let round = 0; round < 500; round++) {
    const d = [0, 1, 2, 3, 4].find((day) => days[day]!.some((s) => !fits(s.teacher, day)));
    if (d === undefined) return;
    const slots = rnd.shuffle(days[d]!.filter((s) => !fits(s.teacher, d)));
    const swapped = slots.some((slot) =>
      rnd.shuffle([0, 1, 2, 3, 4].filter((e) => e !== d)).some((e) =>
        days[e]!.some((other) => {
          if (other.cls !== slot.cls || other.teacher === slot.teacher) return false;
          move(days, slot, d, e);
          move(days, other, e, d);
          if (
            fits(slot.teacher, e) &&
            fits(other.teacher, d) &&
            !doubled(slot, e) &&
            !doubled(other, d)
          )
            return true;
          move(days, slot, e, d);
          move(days, other, d, e);
          return false;
        }),
      ),
    );
    if (!swapped) return;
  }
}

function move(days: Slot[][], slot: Slot, from: number, to: number): void {
  days[from]!.splice(days[from]!.indexOf(slot), 1);
  days[to]!.push(slot);
}

/**
 * Gives the lessons of one day their periods: each class has periods 1…n with no gaps, and no
 * teacher has two classes in one period. Period by period, a matching of classes to teachers
 * (augmenting paths), with teachers who are running out of periods served first. Returns false
 * when a few random tries find no such day.
 */
function placePeriods(day: Slot[], rnd: Random): boolean {
  for (let attempt = 0; attempt < 40; attempt++) {
    if (tryPlace(day, rnd)) return true;
  }
  return false;
}

function tryPlace(day: Slot[], rnd: Random): boolean {
  const byClass = new Map<DemoClass, Slot[]>();
  for (const slot of rnd.shuffle(day)) {
    slot.period = 0;
    byClass.set(slot.cls, [...(byClass.get(slot.cls) ?? []), slot]);
  }
  const length = new Map([...byClass].map(([cls, slots]) => [cls, slots.length]));
  const teachers = [...new Set(day.map((s) => s.teacher))];

  for (let p = 1; p <= MAX_PERIODS; p++) {
    // The last period by which a teacher must have given a lesson now: the first k where the
    // lessons left in classes ending by k fill every period p…k. Infinity when none is tight.
    const due = new Map<string, number>();
    for (const t of teachers) {
      const lengths = day
        .filter((s) => s.teacher === t && s.period === 0)
        .map((s) => length.get(s.cls)!);
      let by = Infinity;
      for (let k = MAX_PERIODS; k >= p; k--) {
        const left = lengths.filter((l) => l <= k).length;
        if (left > k - p + 1) return false;
        if (left === k - p + 1 && left > 0) by = k;
      }
      due.set(t, by);
    }
    const allowed = (cls: DemoClass, t: string): boolean => length.get(cls)! <= due.get(t)!;
    const needing = [...byClass.keys()].filter((cls) => length.get(cls)! >= p);
    const options = (cls: DemoClass): string[] =>
      [
        ...new Set(
          byClass
            .get(cls)!
            .filter((s) => s.period === 0)
            .map((s) => s.teacher),
        ),
      ]
        .filter((t) => allowed(cls, t))
        .sort((a, b) => due.get(a)! - due.get(b)!);
    const owner = new Map<DemoClass, string>();
    const taken = new Map<string, DemoClass>();
    const assign = (cls: DemoClass, seen: Set<string>): boolean => {
      for (const t of options(cls)) {
        if (seen.has(t)) continue;
        seen.add(t);
        const other = taken.get(t);
        if (other === undefined || assign(other, seen)) {
          owner.set(cls, t);
          taken.set(t, cls);
          return true;
        }
      }
      return false;
    };
    for (const cls of needing.sort((a, b) => options(a).length - options(b).length)) {
      if (!assign(cls, new Set())) return false;
    }
    // A teacher who is due must teach now: swap a class over to them along an alternating path
    // that ends by freeing a teacher who can wait.
    const include = (t: string, seen: Set<DemoClass>): boolean => {
      for (const cls of needing) {
        if (seen.has(cls) || !options(cls).includes(t)) continue;
        seen.add(cls);
        const u = owner.get(cls)!;
        const dropped = due.get(u) === Infinity;
        // Either u can wait (it leaves this period) or u takes another class further along.
        if (dropped || include(u, seen)) {
          if (dropped) taken.delete(u);
          owner.set(cls, t);
          taken.set(t, cls);
          return true;
        }
      }
      return false;
    };
    for (const t of teachers) {
      if (due.get(t) !== Infinity && !taken.has(t) && !include(t, new Set())) return false;
    }
    for (const [cls, t] of owner) {
      byClass.get(cls)!.find((s) => s.period === 0 && s.teacher === t)!.period = p;
    }
  }
  return true;
}
