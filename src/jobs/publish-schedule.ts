/**
 * Daily publication (instruction §4.1): after `publish_hour`, the next school day's agreed lessons
 * go to each class — its group address, or its pupils and parents — and the rows are stamped
 * «Опубликовано». The administration got the lessons not agreed a few hours before
 * (jobs/not-agreed-list). Publishing again sends nothing new; a lesson agreed after publication
 * goes out in an "updated" letter.
 */
import { type Cell, type Grid } from '../domain/cells';
import { type LocalDate } from '../domain/calendar';
import {
  byPeriod,
  isAgreed,
  isAwaitingAgreement,
  missingForForm,
  nextSchoolDay,
} from '../domain/lessons';
import { messageKey, type OutgoingMail, shortHash } from '../domain/mail';
import type { ClassReach } from '../domain/quota-plan';
import type { Lesson, Located } from '../domain/rows';
import { adultDisplayName } from '../domain/privacy';
import { classScheduleLetter, dayLabelOn, incompleteLessonsLetter } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob, ScheduledRunContext } from './scheduled-job';
import { classAudience, classMail, teacherNames } from './shared/audience';
import { loadRegistry } from './shared/form-registry';
import { enqueue, type DeliveryContext } from './shared/outbox';
import { recordPublications } from './shared/publications';
import { loadSchool, requireReadable, type School } from './shared/school';
import { outgoingMail } from '../mail/letter';

/** The sheets publication reads. */
const SHEETS_READ = ['classes', 'staff', 'pupils', 'schedule'] as const;

/**
 * Publishes the next school day after `today`'s date in the school's zone; returns the outcome.
 * A class gets its letter when it has an agreed lesson not yet published; the letter holds every
 * lesson of the day that is not cancelled, the ones not agreed as «уточняется». Only agreed
 * lessons are stamped. Teachers of agreed lessons with details missing are told, with the
 * administrators in Cc.
 */
export function publishNextDay(ctx: DeliveryContext): JobOutcome {
  // Only the rows of the day to publish are read (jobs/shared/dated-rows).
  const school = loadSchool(ctx.workbook, ctx.clock, SHEETS_READ, (settings, today) => {
    const day = nextSchoolDay(today, settings) ?? today;
    return { schedule: { from: day, to: day } };
  });
  requireReadable(school);
  const { strings, settings } = school;
  const today = school.zone.parts(ctx.clock.now()).date;
  const day = nextSchoolDay(today, settings);
  if (day === null) return outcome(strings.schedule.noSchoolDay, 0);

  const ofDay = school.lessons.filter((l) => l.value.date === day);
  const ready = ofDay.filter((l) => isAgreed(l.value));
  const teachers = teacherNames(school);
  const request = loadRegistry(ctx.store).request;
  const mails: OutgoingMail[] = [];
  const stamped: Located<Lesson>[] = [];

  for (const cls of [...new Set(ready.map((l) => l.value.class))].sort()) {
    const lessons = ready.filter((l) => l.value.class === cls);
    const fresh = lessons.filter((l) => l.value.published === undefined);
    if (fresh.length === 0) continue;
    const audience = classAudience(cls, school);
    stamped.push(...fresh);
    if (audience === null) continue;
    const updated = fresh.length < lessons.length;
    const shown = ofDay
      .map((l) => l.value)
      .filter((l) => l.class === cls && (isAgreed(l) || isAwaitingAgreement(l)))
      .sort(byPeriod);
    const letter = classScheduleLetter({
      cls,
      day,
      lessons: shown,
      updated,
      teachers,
      request,
      settings,
      strings,
    });
    const recipients = [...audience.to, ...audience.bcc];
    const key = messageKey(
      'publish',
      day,
      recipients,
      `${cls}|${shortHash(
        lessons
          .map((l) => l.value.id)
          .sort()
          .join(','),
      )}`,
    );
    mails.push(classMail('publish', key, audience, settings, letter));
  }
  mails.push(
    ...incompleteNotices(
      ctx,
      school,
      day,
      stamped.map((l) => l.value),
      teachers,
    ),
  );

  const queued = enqueue(ctx, strings, mails);
  // Stamped after queuing: a crash in between re-queues nothing (same keys) and stamps on retry.
  if (stamped.length > 0) {
    stampPublished(ctx, school, stamped);
    recordPublications(
      ctx,
      school,
      stamped.map((l) => l.value),
      teachers,
    );
  }
  const classes = new Set(stamped.map((l) => l.value.class)).size;
  const summary =
    stamped.length === 0
      ? strings.schedule.nothingToPublish(dayLabelOn(day, strings))
      : strings.schedule.published(classes, stamped.length, dayLabelOn(day, strings));
  return outcome(summary, queued.queued);

  function outcome(text: string, messages: number, details: string[] = []): JobOutcome {
    return { job: 'publish', summary: text, details, problems: 0, messages };
  }
}

/**
 * One letter per teacher whose just-published lessons lack what their form needs, naming the
 * columns; the administrators in Cc (the not-agreed list told them hours before, this is the
 * state families were sent).
 */
function incompleteNotices(
  ctx: DeliveryContext,
  school: School,
  day: LocalDate,
  published: readonly Lesson[],
  teachers: ReadonlyMap<string, string>,
): OutgoingMail[] {
  const { settings, strings } = school;
  const incomplete = published.filter((l) => missingForForm(l).length > 0);
  const scheduleSheet = school.sheetName.schedule ?? strings.sheets.schedule.name;
  const scheduleUrl = ctx.workbook.url(scheduleSheet);
  return [...new Set(incomplete.map((l) => l.teacher))].sort().map((teacher) => {
    const lessons = incomplete
      .filter((l) => l.teacher === teacher)
      .sort((a, b) => a.class.localeCompare(b.class, 'ru', { numeric: true }) || byPeriod(a, b));
    const letter = incompleteLessonsLetter({
      day,
      lessons,
      teacherName: adultDisplayName(teachers.get(teacher) ?? '', 'minimal'),
      scheduleSheet,
      scheduleUrl,
      teachers,
      settings,
      strings,
    });
    const cc = settings.adminEmails.filter((a) => a !== teacher);
    return outgoingMail(letter, {
      key: messageKey(
        'incomplete',
        day,
        [teacher, ...cc],
        shortHash(lessons.map((l) => l.id).join(',')),
      ),
      job: 'incomplete',
      to: [teacher],
      cc,
    });
  });
}

/** Writes the «Опубликовано» stamp in one setValues over the rows it spans. */
function stampPublished(
  ctx: DeliveryContext,
  school: School,
  lessons: readonly Located<Lesson>[],
): void {
  const read = school.reads.schedule;
  if (!read) return;
  const name = read.sheetName;
  let column = read.columns.get('published');
  if (column === undefined) {
    column = read.header.length;
    ctx.workbook.write(
      name,
      1,
      [[school.strings.sheets.schedule.columns.published ?? '']],
      column + 1,
    );
  }
  const rows = lessons.map((l) => l.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const now = ctx.clock.now();
  const stampRows = new Set(rows);
  const grid: Grid = read.grid;
  const block: Cell[][] = [];
  for (let r = first; r <= last; r++)
    block.push([stampRows.has(r) ? now : (grid[r - 1]?.[column] ?? '')]);
  ctx.workbook.write(name, first, block, column + 1);
}

/** The daily job of the dispatcher's table. */
export const publishScheduleJob: ScheduledJob = {
  id: 'publishSchedule',
  cadence: (settings) => ({ kind: 'daily', hour: settings.publishHour }),
  run: (ctx: ScheduledRunContext) => ({ outcome: publishNextDay(ctx) }),
  // One letter per class with active pupils, and the teachers told of a detail missing (at most
  // the staff, with the administrators in Cc; counted with the administrators as an upper bound).
  reach: (school) => {
    const classNames = [
      ...new Set(school.pupils.filter((p) => p.value.active).map((p) => p.value.class)),
    ].sort();
    const classes = classNames.map((cls): ClassReach => {
      const audience = classAudience(cls, school);
      const group = school.classes.some((c) => c.value.name === cls && c.value.groupEmail);
      return {
        class: cls,
        recipients: audience === null ? 0 : audience.to.length + audience.bcc.length,
        hasGroupAddress: group,
      };
    });
    const letters = classes.reduce((sum, c) => sum + c.recipients, 0);
    return {
      label: school.strings.quota.jobs.publishSchedule,
      recipients: letters + school.settings.adminEmails.length,
      classes,
    };
  },
};

/** For callers that only need the day that would be published. */
export function dayToPublish(today: LocalDate, school: Pick<School, 'settings'>): LocalDate | null {
  return nextSchoolDay(today, school.settings);
}
