/**
 * The demo week as it happens: the school on Monday morning (last week's lessons and journal, this
 * week's lessons agreed but not yet published, Monday's sent on Friday evening) and what people do
 * until Friday night, as timed events the local runner replays between the dispatcher's hourly
 * runs. Teachers fill the journal each afternoon; a teacher cancels a published lesson and an
 * administrator agrees the change on «Согласование»; the administration decides on next Monday's
 * lessons; families answer the surveys, the census and send requests through the forms.
 * Everything is drawn from the seed, so the same options give the same week.
 */
import { addDays, instantOf, type LocalDate, type LocalTime } from '../domain/calendar';
import type { Cell, Grid } from '../domain/cells';
import type { Cells } from './grid';
import type { FormKind, QuestionKey } from '../domain/forms';
import type { Decision } from '../domain/vocabulary';
import { withPastWeeks } from './history';
import { demoParts, demoRecords, type DemoOptions, gridsOf } from './index';
import { fio } from './names';
import type { DemoPupil } from './people';
import { type Random, streamFor } from './random';

/** When an event happens: the instant, on the school's clock as given by the demo's zone. */
interface Timed {
  readonly at: Date;
}

/** Teachers fill in the journal of the day's lessons: rows (cells by column key) appended to «Журнал». */
export interface JournalEvent extends Timed {
  readonly kind: 'journal';
  readonly date: LocalDate;
  readonly rows: readonly Cells[];
}

/** A teacher edits a lesson's row of «Расписание»: cells by column key. */
export interface LessonEditEvent extends Timed {
  readonly kind: 'lessonEdit';
  readonly lessonId: string;
  readonly cells: Readonly<Record<string, Cell>>;
}

/** An administrator decides on lessons listed on «Согласование». */
export interface DecisionEvent extends Timed {
  readonly kind: 'decision';
  readonly lessonIds: readonly string[];
  readonly decision: Decision;
  readonly comment?: string;
}

/** Somebody answers one of the school's forms: answers by question, as typed or chosen. */
export interface FormEvent extends Timed {
  readonly kind: 'form';
  readonly form: FormKind;
  readonly answers: Partial<Record<QuestionKey, string>>;
  /** The address Google collects, for the forms that collect one. */
  readonly email?: string;
}

/** Something a person does during the demo week. */
export type DemoEvent = JournalEvent | LessonEditEvent | DecisionEvent | FormEvent;

/** The demo week: the workbook on Monday 00:00 and the events up to Friday night, in time order. */
export interface DemoWeek {
  readonly sheets: Record<string, Grid>;
  readonly events: readonly DemoEvent[];
}

/** The hour the teachers fill in the day's journal. */
const JOURNAL_TIME: LocalTime = 15 * 60 + 30;

/** Survey scores as families give them: mostly content, a few not. */
const SCORES: readonly (readonly [string, number])[] = [
  ['5', 45],
  ['4', 37],
  ['3', 16],
  ['2', 1.5],
  ['1', 0.5],
];

/** The demo week of `options` (see the module comment). */
export function demoWeek(options: DemoOptions): DemoWeek {
  const seed = options.seed ?? 34;
  const rnd = streamFor(seed, 'week');
  // Invitations to the surveys go out on Monday morning, so the week's answers follow them.
  const parts = { ...demoParts(options), settings: { survey_invitations: 'weekly' } };
  const { zone, monday, strings, people } = parts;
  const label = strings.labels;
  const friday = addDays(monday, 4);
  const at = (date: LocalDate, minutes: number): Date => instantOf(zone, date, minutes);
  const events: DemoEvent[] = [];

  // Monday's lessons went out on Friday; the rest of the week is published evening by evening.
  for (const lesson of parts.lessons) if (lesson.date > monday) delete lesson.published;
  const cancelled = parts.lessons.find((l) => l.beforeCancel !== undefined && l.date <= friday);
  if (cancelled?.beforeCancel !== undefined) {
    const { task, deadline } = cancelled.beforeCancel;
    const comment = cancelled.adminComment;
    cancelled.status = 'agreed';
    delete cancelled.adminComment;
    if (task !== undefined) cancelled.task = task;
    if (deadline !== undefined) cancelled.deadline = deadline;
    // The evening before, after its publication, the teacher cancels it; the deputy agrees.
    const eve = addDays(cancelled.date, -1);
    events.push(
      {
        kind: 'lessonEdit',
        at: at(eve, 18 * 60 + 20),
        lessonId: cancelled.id,
        cells: { status: label.lessonStatus.cancelled, task: '', deadline: '' },
      },
      {
        kind: 'decision',
        at: at(eve, 20 * 60 + 10),
        lessonIds: [cancelled.id],
        decision: 'agree',
        ...(comment === undefined ? {} : { comment }),
      },
    );
  }
  // On Friday morning the administration decides on next Monday's lessons awaiting agreement,
  // before the list of what is not agreed goes out (three hours before the publication).
  const awaiting = parts.lessons.filter((l) => l.date > friday && l.status === 'pending');
  const [returned, ...agreed] = awaiting;
  if (agreed.length > 0)
    events.push({
      kind: 'decision',
      at: at(friday, 11 * 60 + 5),
      lessonIds: agreed.map((l) => l.id),
      decision: 'agree',
    });
  if (returned !== undefined)
    events.push({
      kind: 'decision',
      at: at(friday, 11 * 60 + 10),
      lessonIds: [returned.id],
      decision: 'return',
      comment: 'Добавьте задание и срок сдачи',
    });

  // The journal is filled in on the afternoon of each day's lessons.
  const journalRows = demoRecords(parts).journal;
  for (let day = 0; day < 5; day++) {
    const date = addDays(monday, day);
    const rows = journalRows.filter((_, i) => parts.journal[i]?.lesson.date === date);
    if (rows.length > 0) events.push({ kind: 'journal', at: at(date, JOURNAL_TIME), date, rows });
  }
  parts.journal = [];

  // Requests of this week come in through the request form; last week's are on «Заявки».
  const requests = parts.requests.filter((r) => r.date >= monday);
  parts.requests = parts.requests.filter((r) => r.date < monday);
  const classTeacherOf = (pupil: DemoPupil): string =>
    people.classes.find((c) => c.name === pupil.className)?.classTeacher ?? '';
  for (const request of requests) {
    const guardian = request.pupil.family.guardians.find((g) => g.email !== undefined);
    events.push({
      kind: 'form',
      at: at(request.date, rnd.int(9 * 60, 20 * 60)),
      form: 'request',
      // A family without e-mail asks by phone; the class teacher fills in the form for it.
      email: guardian?.email ?? classTeacherOf(request.pupil),
      answers: {
        type: label.requestType[request.type],
        pupilId: request.pupil.id,
        class: request.pupil.className,
        applicant: request.applicant,
        ...(request.phone === undefined ? {} : { phone: request.phone }),
        subject: request.subject,
        description: request.description,
      },
    });
  }
  // One parent mistypes the child's ID: the form's answer says why the request was not taken.
  const typo = rnd.pick(people.pupils.filter((p) => p.active && p.family.guardians[0]?.email));
  const typoGuardian = typo.family.guardians[0]!;
  events.push({
    kind: 'form',
    at: at(addDays(monday, 3), 21 * 60 + 15),
    form: 'request',
    email: typoGuardian.email!,
    answers: {
      type: label.requestType.consultation,
      pupilId: `${typo.id}9`,
      class: typo.className,
      applicant: fio(typoGuardian.name),
      subject: 'Математика',
      description: 'Просим консультацию по новой теме',
    },
  });

  // Families answer the parent survey after Monday's invitation; pupils of grades 5–9 theirs.
  const invited = at(monday, 10 * 60 + 30).getTime();
  const later = (r: Random): Date =>
    new Date(invited + r.int(0, 4) * 86_400_000 + r.int(0, 10 * 60) * 60_000);
  let lowGiven = false;
  for (const family of people.families) {
    const child = family.children.find((p) => p.active);
    const email = family.guardians.find((g) => g.email !== undefined)?.email;
    if (child === undefined || email === undefined || !rnd.chance(0.35)) continue;
    const score = (): string => rnd.weighted(SCORES);
    const answers: Partial<Record<QuestionKey, string>> = {
      pupilId: child.id,
      organisation: score(),
      clarity: score(),
      feedback: score(),
      workload: score(),
    };
    // At least one family is unhappy with the workload, so the low-score alert shows.
    if (!lowGiven) {
      answers.workload = '2';
      answers.comment = 'Слишком много заданий на вечер, ребёнок не успевает';
      lowGiven = true;
    } else if (rnd.chance(0.15)) answers.comment = 'Спасибо учителям за консультации';
    events.push({ kind: 'form', at: later(rnd), form: 'parentSurvey', email, answers });
  }
  for (const pupil of people.pupils) {
    if (!pupil.active || pupil.grade < 5 || !rnd.chance(0.3)) continue;
    const score = (): string => rnd.weighted(SCORES.slice(0, 3));
    events.push({
      kind: 'form',
      at: later(rnd),
      form: 'pupilSurvey',
      answers: {
        pupilId: pupil.id,
        pupilClarity: score(),
        pupilFeedback: score(),
        pupilWorkload: score(),
      },
    });
  }

  // Families missing from the census answer it on Tuesday and Wednesday evenings.
  const counted = new Set(parts.access.map((a) => a.pupil));
  const missing = people.pupils.filter((p) => p.active && !counted.has(p)).slice(0, 6);
  missing.forEach((pupil, i) => {
    const computer = rnd.chance(0.8);
    events.push({
      kind: 'form',
      at: at(addDays(monday, 1 + (i % 2)), 19 * 60 + rnd.int(0, 150)),
      form: 'access',
      answers: {
        pupilId: pupil.id,
        computer: computer ? strings.yes : strings.no,
        internet: label.internet[computer ? 'yes' : 'unstable'],
        device: computer ? 'ноутбук' : 'телефон',
        paper: computer ? strings.no : strings.yes,
        contact: strings.forms.contactChoices[0] ?? '',
        filledBy: 'родитель',
      },
    });
  });

  const sheets = withPastWeeks(gridsOf(demoRecords(parts), strings), options, 1);
  return { sheets, events: events.sort((a, b) => a.at.getTime() - b.at.getTime()) };
}
