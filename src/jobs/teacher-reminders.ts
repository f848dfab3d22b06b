/**
 * Teacher reminders (instruction §4.2: timely marks in the journal; the schedule agreed ahead):
 * once a day, at most one letter per teacher, naming their lessons past `journal_deadline_hours`
 * with no journal rows, and — from Friday — their next week's lessons still in draft. The
 * teacher is greeted by name and patronymic; the subject counts the lessons and their dates and
 * says «повторное напоминание» with the day count when the same lessons were chased before.
 */
import { addDays, instantOf, isoWeek, mondayOf, weekdayOf } from '../domain/calendar';
import { byPeriod, isAgreed, isSchoolDay } from '../domain/lessons';
import { adultDisplayName } from '../domain/privacy';
import { messageKey, type OutgoingMail } from '../domain/mail';
import type { JournalEntry, Lesson } from '../domain/rows';
import { teacherReminderLetter } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { teacherNames } from './shared/audience';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, requireReadable } from './shared/school';
import { outgoingMail } from '../mail/letter';

/** The hour reminders go out: before lessons, so a teacher can fix the journal in the morning. */
export const REMINDER_HOUR = 8;
/**
 * How far back unjournaled lessons are chased: a week of daily reminders, then the gap is the
 * administration's (the weekly report's «Требует действий» lists it by teacher). A week, not two:
 * the job reads the journal of the week's work, not of the history (docs/decisions.md,
 * «Week-scoped reads»).
 */
const LOOKBACK_DAYS = 7;
/** An empty range of dates: nothing to read. */
const NOTHING = { from: '9999-12-31', to: '0000-01-01' } as const;
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
  // The look-back window and next week: not the school year behind it (jobs/shared/dated-rows).
  // On a day off nothing is read but the settings: the reminder waits for the next school day.
  const school = loadSchool(
    ctx.workbook,
    ctx.clock,
    ['staff', 'schedule', 'journal'],
    (settings, today) => {
      if (!isSchoolDay(today, settings)) return { schedule: NOTHING, journal: NOTHING };
      const from = addDays(today, -LOOKBACK_DAYS);
      return {
        schedule: { from, to: addDays(mondayOf(today), 13) },
        journal: { from, to: today },
      };
    },
  );
  requireReadable(school);
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

  const dueAt = (l: Lesson): number =>
    instantOf(zone, l.date, l.end ?? l.start ?? 24 * 60 - 1).getTime() + deadlineMs;
  const unjournaled = school.lessons
    .map((l) => l.value)
    .filter((l) => isAgreed(l) && l.date >= from && l.date <= today)
    .filter((l) => dueAt(l) < now.getTime())
    .filter((l) => !isJournaled(l));
  // The day of reminding: the school days, up to today, whose 08:00 run was past the deadline of
  // the oldest lesson in the letter (the first reminder is day 1). Computed, not read from the
  // outbox: the same answer on a rerun, and no outbox read.
  const reminderDay = (lessons: readonly Lesson[]): number => {
    if (lessons.length === 0) return weekdayOf(today) >= DRAFTS_FROM_WEEKDAY ? draftDay : 1;
    const oldest = Math.min(...lessons.map(dueAt));
    let days = 0;
    for (let d = today; d >= from; d = addDays(d, -1)) {
      if (instantOf(zone, d, REMINDER_HOUR * 60).getTime() <= oldest) break;
      if (isSchoolDay(d, settings)) days++;
    }
    return Math.max(1, days);
  };
  // Drafts are chased from Friday: the school days from this week's Friday to today.
  let draftDay = 0;
  for (let d = today; weekdayOf(d) >= DRAFTS_FROM_WEEKDAY; d = addDays(d, -1))
    if (isSchoolDay(d, settings)) draftDay++;
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
  const urls = {
    journal: ctx.workbook.url(sheetNames.journal),
    schedule: ctx.workbook.url(sheetNames.schedule),
  };
  const names = teacherNames(school);
  const mails: OutgoingMail[] = teachers.map((teacher) => {
    const mine = (list: Lesson[]): Lesson[] =>
      list
        .filter((l) => l.teacher === teacher)
        .sort((a, b) => a.date.localeCompare(b.date) || byPeriod(a, b));
    const own = mine(unjournaled);
    const letter = teacherReminderLetter({
      unjournaled: own,
      drafts: mine(drafts),
      deadlineHours: settings.journalDeadlineHours,
      // Teachers are addressed by name and patronymic, as at school.
      teacherName: adultDisplayName(names.get(teacher) ?? '', 'minimal'),
      day: reminderDay(own),
      sheetNames,
      urls,
      settings,
      strings,
    });
    return outgoingMail(letter, {
      key: messageKey('reminder', today, [teacher]),
      job: 'reminder',
      to: [teacher],
    });
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
