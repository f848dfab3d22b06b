/**
 * Weekly family summaries and class teachers' digests (docs/contracts.md «Jobs»; instruction §4.3: class
 * teachers inform parents of the results at least once a week). By default the morning after
 * the journal deadline of the week's last school day (domain/weekly-letter-time), or on
 * `summary_day` at `summary_hour`; and from the menu:
 *
 *   load the tables → work out the week → group pupils into families → sum up each pupil's week
 *   (and the term's marks) → one letter per family, one digest per class → queue them → record
 *   who was informed.
 *
 * Messages are keyed by week and recipients, so a second run in the same week queues nothing new
 * (a family keeps the letter it already got, even if the journal has grown since).
 */
import { addDays } from '../domain/calendar';
import { byClassAndName, groupFamilies, type PupilToCall } from '../domain/family';
import type { OutgoingMail } from '../domain/mail';
import type { Pupil } from '../domain/rows';
import {
  schoolWeekOf,
  type SchoolWeek,
  summarizeWeek,
  type WeekSummary,
} from '../domain/week-summary';
import { termStart as termStartOf } from '../domain/term';
import { summarisedDay, weeklyLetterTime } from '../domain/weekly-letter-time';
import { classDigestMail } from '../mail/class-digest';
import { type FamilyLinks, familySummaryMail } from '../mail/family-summary';
import { plainWeek, schoolDaysOf } from '../mail/week-words';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { type InformedRecord, recordInformed } from './shared/informed-sheet';
import { teacherNames } from './shared/audience';
import { loadRegistry } from './shared/form-registry';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, requireReadable, type School } from './shared/school';
import { openSystemSheet, type SystemSheet } from './shared/system-sheet';
import { termBeforeWeek, writeTermMarks } from './shared/term-marks-sheet';
import { sumMarks, type TermMarks } from '../domain/term-marks';
import { stringsFor } from '../i18n';

/** What the week's letters will be, before anything is queued or written. */
export interface WeeklySummaryPlan {
  readonly week: SchoolWeek;
  /** One per family with an e-mail. */
  readonly letters: readonly OutgoingMail[];
  /** One per class with a class teacher and active pupils. */
  readonly digests: readonly OutgoingMail[];
  /** Active pupils whose parents have no e-mail. */
  readonly toCall: readonly PupilToCall[];
  readonly summaries: ReadonlyMap<string, WeekSummary>;
  /** How each pupil's family is informed: by letter, or by the class teacher's call. */
  readonly informed: readonly InformedRecord[];
  /** Classes with active pupils but no class teacher on «Классы»: no digest, nobody to call. */
  readonly classesWithoutTeacher: readonly string[];
}

/** The tables the plan is made from. */
export type SummarySchool = Pick<
  School,
  'classes' | 'pupils' | 'lessons' | 'journal' | 'settings' | 'strings'
> &
  Partial<Pick<School, 'staff'>>;

/** The scheduled job: weekly, at the weekly letter's time in the school's time zone. */
export const familySummariesJob: ScheduledJob = {
  id: 'familySummaries',
  cadence: (settings) => ({ kind: 'weekly', ...weeklyLetterTime(settings) }),
  // Composing and queuing take seconds even for 2,000 pupils: one pass, no cursor needed.
  run: (ctx) => ({ outcome: sendWeeklySummaries(ctx) }),
  // One letter per family (to its guardians) and one digest per class with a class teacher.
  reach: (school) => {
    const pupils = school.pupils.map((p) => p.value);
    const families = groupFamilies(pupils).families;
    const taught = new Set(pupils.filter((p) => p.active).map((p) => p.class));
    const digests = school.classes.filter(
      (c) => c.value.classTeacher !== undefined && taught.has(c.value.name),
    ).length;
    return {
      label: school.strings.quota.jobs.familySummaries,
      recipients: families.reduce((sum, f) => sum + f.addresses.length, 0) + digests,
    };
  },
};

/**
 * Queues this week's family letters and class teachers' digests and records who was informed.
 * The week is the ISO week of the run's local date. Used by the job and by the menu.
 */
export function sendWeeklySummaries(ctx: DeliveryContext): JobOutcome {
  // The week's lessons and next week's (deadlines), a week before for safety; the week's journal,
  // and the term's marks before it from «Оценки четверти» — the term's journal only when that
  // record cannot say them (domain/term-marks).
  let record: SystemSheet | undefined;
  let termBefore: TermMarks | null = null;
  const school = loadSchool(
    ctx.workbook,
    ctx.clock,
    ['classes', 'staff', 'pupils', 'schedule', 'journal'],
    (settings, today) => {
      const week = schoolWeekOf(summarisedDay(today, settings));
      const from = week.dates[0] ?? today;
      const to = week.next[week.next.length - 1] ?? today;
      const term = termStartOf(from, settings);
      record = openSystemSheet(ctx.workbook, 'termMarks', stringsFor(settings.locale));
      termBefore = termBeforeWeek(record, term, from);
      return {
        schedule: { from: addDays(from, -7), to },
        journal: {
          from: termBefore === null ? term : from,
          to: week.dates[week.dates.length - 1] ?? today,
        },
      };
    },
  );
  requireReadable(school);
  const { settings, strings } = school;
  const today = school.zone.parts(ctx.clock.now()).date;
  const week = schoolWeekOf(summarisedDay(today, settings));
  if (schoolDaysOf(week, settings).length === 0) {
    const summary = strings.summary.noSchoolDays(plainWeek(week, settings, strings));
    return { job: familySummariesJob.id, summary, details: [], problems: 0, messages: 0 };
  }
  const weekStart = week.dates[0] ?? today;
  const term = termStartOf(weekStart, settings);
  const journal = school.journal.map((j) => j.value);
  const before = termBefore ?? sumMarks(journal, term, addDays(weekStart, -1));
  const plan = planWeeklySummaries(school, week, familyLinks(ctx, settings, today), before);
  if (record !== undefined) {
    const during = sumMarks(
      journal,
      term > weekStart ? term : weekStart,
      week.dates.at(-1) ?? today,
    );
    writeTermMarks(ctx.workbook, record, term, weekStart, before, during);
  }

  const queued = enqueue(ctx, strings, [...plan.letters, ...plan.digests]);
  // Only letters that really go to families inform anybody: in preview they go to the admins.
  const recorded =
    settings.mailMode === 'live' ? recordInformed(ctx, strings, plan.informed) : undefined;

  const t = strings.summary;
  const details = [
    ...(queued.duplicates > 0 ? [t.alreadyQueued(queued.duplicates)] : []),
    ...(plan.classesWithoutTeacher.length > 0
      ? [t.noClassTeacher(plan.classesWithoutTeacher.join(', '))]
      : []),
    recorded === undefined
      ? t.notRecorded(strings.labels.mailMode[settings.mailMode])
      : t.recorded(recorded.written, recorded.sheet),
  ];
  const summary = t.outcome(
    queued.queued,
    plan.letters.length,
    plan.digests.length,
    plan.toCall.length,
  );
  ctx.log.info(summary);
  return {
    job: familySummariesJob.id,
    summary,
    details,
    problems: school.problems.length,
    messages: queued.queued,
  };
}

/** Days of the month after the 1st during which a monthly survey counts as open. */
export const MONTHLY_SURVEY_OPEN_DAYS = 14;

/**
 * The links of the week's letters, from the form registry (one property read, no Forms call):
 * the request form with its pre-filled template, and the parent survey while it is open — always
 * with weekly invitations, the first two weeks of the month with monthly ones, never when off.
 */
export function familyLinks(
  ctx: Pick<DeliveryContext, 'store'>,
  settings: Pick<SummarySchool['settings'], 'surveyInvitations'>,
  today: string,
): FamilyLinks {
  const registry = loadRegistry(ctx.store);
  const request = registry.request;
  const open =
    settings.surveyInvitations === 'weekly' ||
    (settings.surveyInvitations === 'monthly' &&
      Number(today.slice(8, 10)) <= MONTHLY_SURVEY_OPEN_DAYS);
  return {
    ...(request === undefined ? {} : { request: { url: request.url, prefill: request.prefill } }),
    ...(open && registry.parentSurvey !== undefined ? { survey: registry.parentSurvey.url } : {}),
  };
}

/**
 * Works out every letter of the week from the school's tables (pure: nothing is written). With
 * `termBefore` (the term's marks before the week), the journal's rows before the week are not
 * counted for the term's average.
 */
export function planWeeklySummaries(
  school: SummarySchool,
  week: SchoolWeek,
  links: FamilyLinks = {},
  termBefore?: TermMarks,
): WeeklySummaryPlan {
  const { settings, strings } = school;
  const pupils = school.pupils.map((p) => p.value);
  const { families, toCall } = groupFamilies(pupils);

  // Index once: 2,000 pupils × a 60,000-row journal must not be a nested scan. The term's rows
  // up to the week's end are kept for the term's average.
  const lastDay = week.dates[week.dates.length - 1] ?? '';
  const termStart = termStartOf(week.dates[0] ?? lastDay, settings);
  const journalOf = groupBy(
    school.journal.map((j) => j.value).filter((j) => j.date >= termStart && j.date <= lastDay),
    (j) => j.pupilId,
  );
  const lessonsOf = groupBy(
    school.lessons.map((l) => l.value),
    (l) => l.class,
  );
  const summaries = new Map<string, WeekSummary>();
  for (const pupil of pupils.filter((p) => p.active)) {
    summaries.set(
      pupil.id,
      summarizeWeek({
        pupil,
        week,
        journal: journalOf.get(pupil.id) ?? [],
        termStart,
        ...(termBefore === undefined ? {} : { termBefore: termBefore.get(pupil.id) ?? new Map() }),
        lessons: lessonsOf.get(pupil.class) ?? [],
      }),
    );
  }

  const classTeachers = new Map(
    school.classes.flatMap((c) =>
      c.value.classTeacher === undefined ? [] : [[c.value.name, c.value.classTeacher] as const],
    ),
  );
  const letters = families.map((family) =>
    familySummaryMail({
      family,
      summaries,
      week,
      classTeachers,
      teacherNames: teacherNames({ staff: school.staff ?? [] }),
      links,
      settings,
      strings,
    }),
  );

  const informedPupils = new Set(families.flatMap((f) => f.pupils.map((p) => p.id)));
  const activeByClass = groupBy(
    pupils.filter((p) => p.active).sort(byClassAndName),
    (p) => p.class,
  );
  const digests: OutgoingMail[] = [];
  const classesWithoutTeacher: string[] = [];
  for (const [className, classPupils] of [...activeByClass].sort(([a], [b]) =>
    compareClasses(a, b),
  )) {
    const teacher = classTeachers.get(className);
    if (teacher === undefined) {
      classesWithoutTeacher.push(className);
      continue;
    }
    digests.push(
      classDigestMail({
        className,
        teacher,
        week,
        pupils: classPupils,
        informed: classPupils.filter((p) => informedPupils.has(p.id)),
        toCall: toCall.filter((c) => c.pupil.class === className),
        summaries,
        settings,
        strings,
      }),
    );
  }

  const informed: InformedRecord[] = [
    ...families.flatMap((family) =>
      family.pupils.map((pupil) => record(week, pupil, 'mail', family.addresses)),
    ),
    // A call list nobody receives informs nobody: only classes whose digest goes out count.
    ...toCall
      .filter((c) => classTeachers.has(c.pupil.class))
      .map((c) =>
        record(
          week,
          c.pupil,
          'call',
          c.guardians.map((g) => g.phone).filter((p): p is string => p !== undefined),
        ),
      ),
  ];
  return { week, letters, digests, toCall, summaries, informed, classesWithoutTeacher };
}

function record(
  week: SchoolWeek,
  pupil: Pupil,
  method: InformedRecord['method'],
  recipients: readonly string[],
): InformedRecord {
  return { week: week.label, pupilId: pupil.id, class: pupil.class, method, recipients };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** «2А» before «10А»: by grade, then letter. */
function compareClasses(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b, 'ru');
}
