/**
 * Agreement of lessons (instruction §4.2; docs/decisions.md «Agreement»). Teachers fill the
 * schedule in the teachers' workbook and set «на согласовании»; administrators decide on
 * «Согласование» in the administration workbook. Every hour from morning to evening, and at once
 * after an administrator's edit there, this job:
 *
 *   load the schedule and the record → apply the decisions («согласовать»: record the lesson as it
 *   is and write «согласовано» back to the teachers' sheet; «вернуть на доработку»: back to
 *   «черновик» with the comment) → put every lesson awaiting agreement on the list → send a lesson
 *   changed after its agreement back for agreement and tell the administrators, before the
 *   publication hour → rewrite the list (one write) and the teachers' status cells (one write).
 *
 * A school in one file edited by administrators alone has nothing to do here: its status column
 * is trusted (domain/agreement).
 */
import {
  type AgreedLesson,
  agreedForm,
  type AgreementRecord,
  agreementStep,
} from '../domain/agreement';
import { addDays, formatDateRu } from '../domain/calendar';
import { type Cell } from '../domain/cells';
import { byPeriod } from '../domain/lessons';
import { messageKey, shortHash } from '../domain/mail';
import type { LessonStatus } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import { changedAfterAgreementLetter } from '../mail/agreement-letters';
import { timeRange } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import { sendChangeNotices } from './change-notices';
import type { ScheduledJob } from './scheduled-job';
import { agreementRecords } from './shared/agreements';
import { type LessonSnapshot, readPublications } from './shared/publications';
import { teacherNames } from './shared/audience';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, type School } from './shared/school';
import { filesOf } from './shared/school-files';
import { openSystemSheet, type SystemSheet, systemRow } from './shared/system-sheet';
import { outgoingMail } from '../mail/letter';

/**
 * When the watch runs: every other hour from before the first lesson to after the publication
 * hour (7, 9, … 21), so the runs between stay idle; an administrator's edit of «Согласование» asks
 * for it at the next run whatever the hour.
 */
export const AGREEMENT_HOURS = { from: 7, to: 21, every: 2 } as const;

/** What the job changed, for the dialog and the dispatcher's report. */
export interface AgreementOutcome extends JobOutcome {
  readonly agreed: number;
  readonly returned: number;
  readonly awaiting: number;
  readonly changed: number;
}

/** Applies the administration's decisions and refreshes «Согласование». */
export function applyAgreements(ctx: DeliveryContext): AgreementOutcome {
  // A school in one file has nothing to agree here: only its settings are read, hourly.
  const oneFile = filesOf(ctx.workbook).teachers === null;
  const school = loadSchool(ctx.workbook, ctx.clock, oneFile ? [] : ['staff', 'schedule']);
  const { strings, settings } = school;
  const words = strings.agreement;
  const done = (summary: string, counts: Partial<AgreementOutcome> = {}): AgreementOutcome => ({
    job: 'agreement',
    summary,
    details: [],
    problems: 0,
    messages: 0,
    agreed: 0,
    returned: 0,
    awaiting: 0,
    changed: 0,
    ...counts,
  });
  if (oneFile) return done(words.oneFile);
  const schedule = school.reads.schedule;
  if (schedule === undefined || !schedule.usable) return done(words.noSchedule);

  const sheet = openSystemSheet(ctx.workbook, 'agreements', strings);
  const records = agreementRecords(sheet.grid);
  const now = ctx.clock.now();
  const today = school.zone.parts(now).date;
  const horizon = addDays(today, -7 * settings.archiveWeeks);
  const lessons = new Map(school.lessons.map((l) => [l.value.id, l]));

  // Published lessons whose row is gone: families hear of it only once an administrator agrees.
  const published = readPublications(ctx, school).byLesson;
  const removed = new Map<string, LessonSnapshot>();
  for (const [id, snapshot] of published)
    if (!lessons.has(id) && snapshot.date >= today) removed.set(id, snapshot);

  const next = new Map<string, AgreementRecord & { reason: string }>();
  const statusWrites = new Map<number, { status: LessonStatus; comment?: string }>();
  const changedNow: AgreedLesson[] = [];
  let agreed = 0;
  let returned = 0;
  const ids = new Set([...records.keys(), ...removed.keys()]);
  for (const { value } of school.lessons)
    if (value.date >= today && value.status === 'pending') ids.add(value.id);

  for (const id of ids) {
    const located = lessons.get(id);
    // A lesson gone from the schedule unpublished, or long past, needs no record any more.
    if (located === undefined && !removed.has(id)) continue;
    if (located !== undefined && located.value.date < horizon) continue;
    const result = agreementStep(id, located?.value ?? 'removed', records.get(id), now);
    if (result.record !== undefined)
      next.set(id, {
        ...result.record,
        reason: result.reason === undefined ? '' : words.reasons[result.reason],
      });
    if (located !== undefined && result.sheetStatus !== undefined)
      statusWrites.set(located.row, {
        status: result.sheetStatus,
        ...(result.comment === undefined ? {} : { comment: result.comment }),
      });
    if (result.agreedNow) agreed++;
    if (result.returnedNow) returned++;
    if (result.changedNow && located !== undefined) changedNow.push(located.value);
  }

  const rows = listRows(sheet, next, lessons, removed, school, strings);
  if (
    JSON.stringify(rows) !== JSON.stringify(sheet.grid.slice(1).map((r) => r.slice(0, sheet.width)))
  )
    ctx.workbook.replaceBody(sheet.name, rows);
  writeStatuses(ctx, school, statusWrites);
  // A newly agreed version of a published lesson is news for its class: its notice goes now.
  const notices = agreed > 0 ? sendChangeNotices(ctx).messages : 0;

  let messages = 0;
  if (changedNow.length > 0 && settings.adminEmails.length > 0) {
    const letter = changedAfterAgreementLetter({
      lessons: [...changedNow].sort((a, b) => a.date.localeCompare(b.date) || byPeriod(a, b)),
      teachers: teacherNames(school),
      sheetName: sheet.name,
      url: ctx.workbook.url(sheet.name),
      strings,
    });
    const state = changedNow.map((l) => `${l.id}:${shortHash(agreedForm(l))}`).join(',');
    const mail = outgoingMail(letter, {
      key: messageKey('agreement', today, settings.adminEmails, shortHash(state)),
      job: 'agreement',
      to: settings.adminEmails,
    });
    messages = enqueue(ctx, strings, [mail]).queued;
  }
  const awaiting = [...next.values()].filter((r) => r.pendingAs !== undefined).length;
  return {
    ...done(words.outcome(agreed, returned, awaiting, changedNow.length), {
      agreed,
      returned,
      awaiting,
      changed: changedNow.length,
    }),
    messages: messages + notices,
  };
}

/** The list as it should read: lessons awaiting a decision first, then the agreed record. */
function listRows(
  sheet: SystemSheet,
  records: ReadonlyMap<string, AgreementRecord & { reason: string }>,
  lessons: ReadonlyMap<string, { readonly value: AgreedLesson }>,
  removed: ReadonlyMap<string, LessonSnapshot>,
  school: School,
  strings: Strings,
): Cell[][] {
  const teachers = teacherNames(school);
  const entries = [...records.values()].flatMap((record) => {
    const lesson = lessons.get(record.lessonId)?.value;
    if (lesson !== undefined)
      return [
        {
          record,
          date: lesson.date,
          class: lesson.class,
          period: lesson.period,
          subject: lesson.subject,
          teacher: teachers.get(lesson.teacher) ?? lesson.teacher,
          details: detailsOf(lesson, strings),
        },
      ];
    const snapshot = removed.get(record.lessonId);
    return snapshot === undefined
      ? []
      : [
          {
            record,
            date: snapshot.date,
            class: snapshot.class,
            period: snapshot.period,
            subject: snapshot.subject,
            teacher: snapshot.teacher,
            details: strings.agreement.removal,
          },
        ];
  });
  entries.sort(
    (a, b) =>
      Number(a.record.pendingAs === undefined) - Number(b.record.pendingAs === undefined) ||
      a.date.localeCompare(b.date) ||
      a.class.localeCompare(b.class, 'ru', { numeric: true }) ||
      a.period - b.period ||
      a.subject.localeCompare(b.subject),
  );
  return entries.map((e) =>
    systemRow(sheet, {
      lessonId: e.record.lessonId,
      date: formatDateRu(e.date),
      class: e.class,
      period: e.period,
      subject: e.subject,
      teacher: e.teacher,
      details: e.details,
      reason: e.record.reason,
      decision: e.record.decision === undefined ? '' : strings.labels.decision[e.record.decision],
      comment: e.record.comment ?? '',
      agreedAt: e.record.agreedAt ?? '',
      agreedAs: e.record.agreedAs ?? '',
      pendingAs: e.record.pendingAs ?? '',
    }),
  );
}

/** What the administrator agrees to, in one cell: form, time, link, topic, task, deadline. */
function detailsOf(lesson: AgreedLesson, strings: Strings): string {
  const f = strings.schedule.field;
  const parts: string[] = [];
  if (lesson.status === 'pending' && lesson.statusInSheet === 'cancelled')
    parts.push(strings.agreement.cancellation);
  if (lesson.form !== undefined) parts.push(`${f.form}: ${strings.labels.lessonForm[lesson.form]}`);
  const time = timeRange(lesson);
  if (time !== '') parts.push(time);
  if (lesson.resource !== undefined) parts.push(`${f.resource}: ${lesson.resource}`);
  if (lesson.topic !== undefined) parts.push(`${f.topic}: ${lesson.topic}`);
  if (lesson.task !== undefined) parts.push(`${f.task}: ${lesson.task}`);
  if (lesson.deadline !== undefined) parts.push(`${f.deadline}: ${formatDateRu(lesson.deadline)}`);
  return parts.join('\n');
}

/**
 * Writes the new statuses (and comments) into the teachers' schedule: one write per column over
 * the rows it spans, keeping every other cell as read.
 */
function writeStatuses(
  ctx: DeliveryContext,
  school: School,
  writes: ReadonlyMap<number, { status: LessonStatus; comment?: string }>,
): void {
  const read = school.reads.schedule;
  if (read === undefined || writes.size === 0) return;
  const rows = [...writes.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const column = (
    key: string,
    value: (w: { status: LessonStatus; comment?: string }) => Cell | undefined,
  ): void => {
    const index = read.columns.get(key);
    if (index === undefined) return;
    const block: Cell[][] = [];
    let changed = false;
    for (let r = first; r <= last; r++) {
      const current = read.grid[r - 1]?.[index] ?? '';
      const write = writes.get(r);
      const wanted = write === undefined ? undefined : value(write);
      if (wanted !== undefined && wanted !== current) changed = true;
      block.push([wanted ?? current]);
    }
    if (changed) ctx.workbook.write(read.sheetName, first, block, index + 1);
  };
  column('status', (w) => school.strings.labels.lessonStatus[w.status]);
  column('adminComment', (w) => w.comment);
}

/** The watch of the dispatcher's table: hourly in the day, and when an administrator decided. */
export const agreementJob: ScheduledJob = {
  id: 'agreement',
  cadence: () => ({ kind: 'hourly', ...AGREEMENT_HOURS }),
  run: (ctx) => ({ outcome: applyAgreements(ctx) }),
  // The administrators' letter about lessons changed after agreement (the notices that follow an
  // agreement are the change notices', which no plan can foresee).
  reach: (school) => ({
    label: school.strings.quota.jobs.agreement,
    recipients: school.settings.adminEmails.length,
  }),
};
