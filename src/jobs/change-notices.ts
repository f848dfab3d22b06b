/**
 * Change notices (instruction §4.3: inform families of every change). An edit of the schedule asks
 * for this job; at the next hourly run it compares every published lesson with what families were
 * told, and sends one notice per class with old → new values. Edits between two runs arrive as one
 * notice; an edit undone before the run sends nothing; comments and unpublished lessons never do.
 */
import { removalAgreed } from '../domain/agreement';
import { addDays, formatDateRu, formatTime } from '../domain/calendar';
import { messageKey, type OutgoingMail, shortHash } from '../domain/mail';
import type { Lesson } from '../domain/rows';
import { changeNoticeLetter, type FieldChange, type LessonChange } from '../mail/schedule-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { classAudience, classMail, teacherNames } from './shared/audience';
import { loadRegistry } from './shared/form-registry';
import { type DeliveryContext, enqueue } from './shared/outbox';
import {
  type LessonSnapshot,
  readPublications,
  snapshotOf,
  writePublications,
} from './shared/publications';
import { loadSchool } from './shared/school';

/** The fields families are told about when they change, in the order a notice lists them. */
const TRACKED: readonly (keyof LessonSnapshot & FieldChange['field'])[] = [
  'date',
  'time',
  'resource',
  'teacher',
  'task',
  'deadline',
];

const shown = (snapshot: LessonSnapshot, field: (typeof TRACKED)[number]): string =>
  field === 'date' ? formatDateRu(snapshot.date) : String(snapshot[field]);

/** What changed between what was published and the lesson now (null when nothing families care about). */
export function compareLesson(
  before: LessonSnapshot,
  now: LessonSnapshot | undefined,
): Omit<LessonChange, 'lesson'> | null {
  if (now === undefined) return { cancelled: false, removed: true, fields: [] };
  const cancelled = now.status === 'cancelled' && before.status !== 'cancelled';
  const fields = TRACKED.filter((f) => shown(before, f) !== shown(now, f)).map((field) => ({
    field,
    before: shown(before, field),
    after: shown(now, field),
  }));
  return cancelled || fields.length > 0 ? { cancelled, removed: false, fields } : null;
}

/** Sends the notices for every published lesson that changed since it was published. */
export function sendChangeNotices(ctx: DeliveryContext): JobOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'staff', 'pupils', 'schedule']);
  const { strings, settings } = school;
  const today = school.zone.parts(ctx.clock.now()).date;
  const teachers = teacherNames(school);
  const current = new Map<string, Lesson>(school.lessons.map((l) => [l.value.id, l.value]));
  const published = readPublications(ctx, school);

  const byClass = new Map<string, LessonChange[]>();
  const next = new Map(published.byLesson);
  const touched = new Set<string>();
  for (const [id, before] of published.byLesson) {
    const lesson = current.get(id);
    // Families keep what they were told until the administration agrees what replaces it: an
    // edit awaiting agreement, a lesson taken back to draft, a deleted row announce nothing.
    if (lesson !== undefined && lesson.status !== 'agreed' && lesson.status !== 'cancelled')
      continue;
    if (lesson === undefined && !removalAgreed(id, school.agreements, school.trustsStatusColumn))
      continue;
    const now = lesson === undefined ? undefined : snapshotOf(lesson, teachers);
    // Past lessons whose work is no longer due are history, not news.
    const stillRelevant =
      before.date >= today ||
      (now !== undefined && now.date >= today) ||
      (lesson?.deadline ?? '') >= today;
    const change = stillRelevant ? compareLesson(before, now) : null;
    if (change === null) continue;
    const list = byClass.get(before.class) ?? [];
    list.push({
      lesson: { id, date: before.date, period: before.period, subject: before.subject },
      ...change,
    });
    byClass.set(before.class, list);
    touched.add(id);
    if (now === undefined) next.delete(id);
    else next.set(id, now);
  }

  // Lessons stamped by hand or before this record existed: remember them now, announce later changes.
  let adopted = 0;
  for (const lesson of current.values()) {
    if (
      lesson.published !== undefined &&
      lesson.status === 'agreed' &&
      !next.has(lesson.id) &&
      !touched.has(lesson.id)
    ) {
      next.set(lesson.id, snapshotOf(lesson, teachers));
      adopted++;
    }
  }

  const mails: OutgoingMail[] = [];
  const request = byClass.size > 0 ? loadRegistry(ctx.store).request : undefined;
  for (const [cls, changes] of [...byClass.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const audience = classAudience(cls, school);
    if (audience === null) continue;
    const letter = changeNoticeLetter({ cls, changes, request, settings, strings });
    const hour = formatTime(school.zone.parts(ctx.clock.now()).minutes).slice(0, 2);
    const recipients = [...audience.to, ...audience.bcc];
    const key = messageKey(
      'change',
      `${today}T${hour}`,
      recipients,
      `${cls}|${shortHash(JSON.stringify(changes))}`,
    );
    mails.push(classMail('change', key, audience, settings, letter));
  }
  const queued = enqueue(ctx, strings, mails);
  // Forget history older than the archive: the record only needs lessons families may still ask about.
  const horizon = addDays(today, -7 * settings.archiveWeeks);
  for (const [id, snapshot] of next) if (snapshot.date < horizon) next.delete(id);
  if (touched.size > 0 || adopted > 0 || next.size !== published.byLesson.size)
    writePublications(ctx, published.sheet, next, touched);
  return {
    job: 'changeNotices',
    summary: strings.schedule.changesSent(byClass.size),
    details: [],
    problems: 0,
    messages: queued.queued,
  };
}

/** The on-demand job: asked for by edits of the schedule (see handleEdit). */
export const changeNoticesJob: ScheduledJob = {
  id: 'changeNotices',
  cadence: () => ({ kind: 'onDemand' }),
  run: (ctx) => ({ outcome: sendChangeNotices(ctx) }),
};
