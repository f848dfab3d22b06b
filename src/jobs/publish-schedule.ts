/**
 * Daily publication (instruction §4.1): after `publish_hour`, the next school day's agreed lessons
 * go to each class — its group address, or its pupils and parents — and the rows are stamped
 * «Опубликовано». The administration gets the lessons still not agreed. Publishing again sends
 * nothing new; a lesson agreed after publication goes out in an "updated" letter.
 */
import { type Cell, type Grid } from '../domain/cells';
import { type LocalDate } from '../domain/calendar';
import { byPeriod, isPublishable, missingForForm, nextSchoolDay } from '../domain/lessons';
import { messageKey, type OutgoingMail, shortHash } from '../domain/mail';
import type { ClassReach } from '../domain/quota-plan';
import type { Lesson, Located } from '../domain/rows';
import { renderParts } from '../mail/document';
import { classScheduleLetter, dayLabelOn, notAgreedLetter } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob, ScheduledRunContext } from './scheduled-job';
import { classAudience, classMail, teacherNames } from './shared/audience';
import { enqueue, type DeliveryContext } from './shared/outbox';
import { recordPublications } from './shared/publications';
import { loadSchool, type School } from './shared/school';

/** The sheets publication reads. */
const SHEETS_READ = ['classes', 'staff', 'pupils', 'schedule'] as const;

/** Publishes the next school day after `today`'s date in the school's zone; returns the outcome. */
export function publishNextDay(ctx: DeliveryContext): JobOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock, SHEETS_READ);
  const { strings, settings } = school;
  const today = school.zone.parts(ctx.clock.now()).date;
  const day = nextSchoolDay(today, settings);
  if (day === null) return outcome(strings.schedule.noSchoolDay, 0);

  const ofDay = school.lessons.filter((l) => l.value.date === day);
  const ready = ofDay.filter((l) => isPublishable(l.value));
  const teachers = teacherNames(school);
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
    const sorted = lessons.map((l) => l.value).sort(byPeriod);
    const letter = classScheduleLetter({
      cls,
      day,
      lessons: sorted,
      updated,
      teachers,
      settings,
      strings,
    });
    const recipients = [...audience.to, ...audience.bcc];
    const key = messageKey(
      'publish',
      day,
      recipients,
      `${cls}|${shortHash(sorted.map((l) => l.id).join(','))}`,
    );
    mails.push(classMail('publish', key, audience, settings, letter));
  }

  const notAgreed = ofDay
    .filter((l) => l.value.status === 'draft' || l.value.status === 'pending')
    .map((l) => l.value);
  const byClassThenPeriod = (a: Lesson, b: Lesson): number =>
    a.class.localeCompare(b.class, 'ru', { numeric: true }) || byPeriod(a, b);
  const incomplete = ofDay
    .filter((l) => l.value.status === 'agreed' && missingForForm(l.value).length > 0)
    .map((l) => l.value);
  if ((notAgreed.length > 0 || incomplete.length > 0) && settings.adminEmails.length > 0) {
    const letter = notAgreedLetter({
      day,
      notAgreed: notAgreed.sort(byClassThenPeriod),
      incomplete: incomplete.sort(byClassThenPeriod),
      teachers,
      settings,
      strings,
    });
    const state = [...notAgreed, ...incomplete].map((l) => `${l.id}:${l.status}`).join(',');
    mails.push({
      key: messageKey('notAgreed', day, settings.adminEmails, shortHash(state)),
      job: 'notAgreed',
      to: settings.adminEmails,
      subject: letter.subject,
      ...renderParts(letter.doc),
    });
  }

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
  // One letter per class with active pupils, and the admins' list of lessons not yet agreed.
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
