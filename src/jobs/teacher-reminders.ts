/**
 * Teacher reminders (instruction §4.2: timely marks in the journal; the schedule agreed ahead):
 * once a day, at most one letter per teacher, naming their lessons past `journal_deadline_hours`
 * with no journal rows, and — from Friday — their next week's lessons still in draft.
 */
import { addDays, instantOf, isoWeek, mondayOf, weekdayOf } from '../domain/calendar';
import { byPeriod, isSchoolDay } from '../domain/lessons';
import { messageKey, type OutgoingMail } from '../domain/mail';
import type { JournalEntry, Lesson } from '../domain/rows';
import { renderParts } from '../mail/document';
import { teacherReminderLetter } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool } from './shared/school';

/** The hour reminders go out: before lessons, so a teacher can fix the journal in the morning. */
export const REMINDER_HOUR = 8;
/** How far back unjournaled lessons are chased; older gaps are for the weekly report. */
const LOOKBACK_DAYS = 14;
/** Drafts of next week are chased from this weekday on (Friday). */
const DRAFTS_FROM_WEEKDAY = 5;

/** Answers "does the journal have a row for this lesson?" — by lesson ID, or by date, class and subject. */
export function journalIndex(journal: readonly JournalEntry[]): (lesson: Lesson) => boolean {
  const ids = new Set<string>();
  const slots = new Set<string>();
  for (const j of journal) {
    if (j.lessonId !== undefined) ids.add(j.lessonId);
    else slots.add(`${j.date}|${j.class}|${j.subject}`);
  }
  return (lesson) =>
    ids.has(lesson.id) || slots.has(`${lesson.date}|${lesson.class}|${lesson.subject}`);
}

/** Queues the day's reminders. */
export function sendTeacherReminders(ctx: DeliveryContext): JobOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock, ['staff', 'schedule', 'journal']);
  const { strings, settings, zone } = school;
  const now = ctx.clock.now();
  const today = zone.parts(now).date;
  // Weekends and holidays are nobody's working day: the reminder waits for the next school day.
  if (!isSchoolDay(today, settings)) {
    return {
      job: 'teacherReminders',
      summary: strings.schedule.remindersQueued(0),
      details: [],
      problems: 0,
      messages: 0,
    };
  }
  const isJournaled = journalIndex(school.journal.map((j) => j.value));
  const deadlineMs = settings.journalDeadlineHours * 3_600_000;
  const from = addDays(today, -LOOKBACK_DAYS);

  const unjournaled = school.lessons
    .map((l) => l.value)
    .filter((l) => l.status === 'agreed' && l.date >= from && l.date <= today)
    .filter(
      (l) =>
        instantOf(zone, l.date, l.end ?? l.start ?? 24 * 60 - 1).getTime() + deadlineMs <
        now.getTime(),
    )
    .filter((l) => !isJournaled(l));
  const nextWeek = isoWeek(addDays(mondayOf(today), 7));
  const drafts =
    weekdayOf(today) >= DRAFTS_FROM_WEEKDAY
      ? school.lessons
          .map((l) => l.value)
          .filter((l) => l.status === 'draft' && isoWeek(l.date) === nextWeek)
      : [];

  const teachers = [...new Set([...unjournaled, ...drafts].map((l) => l.teacher))].sort();
  const sheetNames = {
    journal: school.sheetName.journal ?? strings.sheets.journal.name,
    schedule: school.sheetName.schedule ?? strings.sheets.schedule.name,
  };
  const mails: OutgoingMail[] = teachers.map((teacher) => {
    const mine = (list: Lesson[]): Lesson[] =>
      list
        .filter((l) => l.teacher === teacher)
        .sort((a, b) => a.date.localeCompare(b.date) || byPeriod(a, b));
    const letter = teacherReminderLetter({
      unjournaled: mine(unjournaled),
      drafts: mine(drafts),
      deadlineHours: settings.journalDeadlineHours,
      sheetNames,
      settings,
      strings,
    });
    return {
      key: messageKey('reminder', today, [teacher]),
      job: 'reminder',
      to: [teacher],
      subject: letter.subject,
      ...renderParts(letter.doc),
    };
  });
  const queued = enqueue(ctx, strings, mails);
  return {
    job: 'teacherReminders',
    summary: strings.schedule.remindersQueued(teachers.length),
    details: [],
    problems: 0,
    messages: queued.queued,
  };
}

/** The daily job of the dispatcher's table. */
export const teacherRemindersJob: ScheduledJob = {
  id: 'teacherReminders',
  cadence: () => ({ kind: 'daily', hour: REMINDER_HOUR }),
  run: (ctx) => ({ outcome: sendTeacherReminders(ctx) }),
  // At most one letter per teacher.
  reach: (school) => ({
    label: school.strings.quota.jobs.teacherReminders,
    recipients: new Set(
      school.staff.filter((s) => s.value.role === 'teacher').map((s) => s.value.email),
    ).size,
  }),
};
