/**
 * The administration's list of lessons not agreed (instruction §4.1, §4.2: the schedule is agreed
 * with the administration): `not_agreed_lead_hours` before `publish_hour`, while there is still
 * time to agree them, the administrators get the next school day's lessons awaiting agreement,
 * the teachers' drafts apart, and the agreed lessons with details missing — with a link to the
 * schedule sheet. Nothing to report, no letter.
 */
import { formatTime } from '../domain/calendar';
import {
  byPeriod,
  isAgreed,
  isAwaitingAgreement,
  missingForForm,
  nextSchoolDay,
} from '../domain/lessons';
import { messageKey, shortHash } from '../domain/mail';
import type { Lesson } from '../domain/rows';
import type { Settings } from '../domain/settings';
import { notAgreedLetter } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { teacherNames } from './shared/audience';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool } from './shared/school';
import { outgoingMail } from '../mail/letter';

/** The hour the list leaves: the lead time before publication, not before midnight. */
export function notAgreedHour(
  settings: Pick<Settings, 'publishHour' | 'notAgreedLeadHours'>,
): number {
  return Math.max(0, settings.publishHour - settings.notAgreedLeadHours);
}

const byClassThenPeriod = (a: Lesson, b: Lesson): number =>
  a.class.localeCompare(b.class, 'ru', { numeric: true }) || byPeriod(a, b);

/** Queues the list for the school day publication will publish next. */
export function sendNotAgreedList(ctx: DeliveryContext): JobOutcome {
  // Only the rows of the day publication will publish (jobs/shared/dated-rows).
  const school = loadSchool(ctx.workbook, ctx.clock, ['staff', 'schedule'], (settings, today) => {
    const day = nextSchoolDay(today, settings) ?? today;
    return { schedule: { from: day, to: day } };
  });
  const { settings, strings } = school;
  const today = school.zone.parts(ctx.clock.now()).date;
  const day = nextSchoolDay(today, settings);
  const done = (lessons: number, messages: number): JobOutcome => ({
    job: 'notAgreedList',
    summary: strings.schedule.notAgreedQueued(lessons),
    details: [],
    problems: 0,
    messages,
  });
  if (day === null || settings.adminEmails.length === 0) return done(0, 0);

  const ofDay = school.lessons.map((l) => l.value).filter((l) => l.date === day);
  const waiting = ofDay.filter(isAwaitingAgreement).sort(byClassThenPeriod);
  // A teacher's draft was never sent for agreement; everything else not agreed awaits it.
  const drafts = waiting.filter((l) => l.status === 'draft');
  const awaiting = waiting.filter((l) => l.status !== 'draft');
  const incomplete = ofDay
    .filter((l) => isAgreed(l) && missingForForm(l).length > 0)
    .sort(byClassThenPeriod);
  const count = waiting.length + incomplete.length;
  if (count === 0) return done(0, 0);

  const scheduleSheet = school.sheetName.schedule ?? strings.sheets.schedule.name;
  const letter = notAgreedLetter({
    day,
    publishTime: formatTime(settings.publishHour * 60),
    awaiting,
    drafts,
    incomplete,
    scheduleUrl: ctx.workbook.url(scheduleSheet),
    teachers: teacherNames(school),
    settings,
    strings,
  });
  const state = [...waiting, ...incomplete].map((l) => `${l.id}:${l.status}`).join(',');
  const queued = enqueue(ctx, strings, [
    outgoingMail(letter, {
      key: messageKey('notAgreed', day, settings.adminEmails, shortHash(state)),
      job: 'notAgreed',
      to: settings.adminEmails,
    }),
  ]);
  return done(count, queued.queued);
}

/** The daily job of the dispatcher's table: a few hours before publication. */
export const notAgreedListJob: ScheduledJob = {
  id: 'notAgreedList',
  cadence: (settings) => ({ kind: 'daily', hour: notAgreedHour(settings) }),
  run: (ctx) => ({ outcome: sendNotAgreedList(ctx) }),
  reach: (school) => ({
    label: school.strings.quota.jobs.notAgreedList,
    recipients: school.settings.adminEmails.length,
  }),
};
