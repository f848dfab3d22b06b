/**
 * The built-in demo school: a deterministic, realistic МОУ «ООШ № 34» г. Сыктывкара with about
 * 250 pupils, its staff, one week of timetable and journal, the access census and requests. The
 * local runner and the tests run the jobs on it; `messyWorkbook` is its broken counterpart.
 */
import {
  formatTime,
  instantOf,
  localDate,
  type LocalDate,
  mondayOf,
  type Zone,
} from '../domain/calendar';
import type { Grid } from '../domain/cells';
import { SETTING_DEFAULTS, settingDefaultText } from '../domain/settings';
import { SHEET_KEYS, type SheetKey } from '../domain/sheets';
import { stringsFor, type Strings } from '../i18n';
import { type DemoAccess, makeAccess } from './access';
import { type Cells, dateCells, sheetGrid } from './grid';
import { type DemoJournalRow, makeJournal } from './journal';
import { fio } from './names';
import { type DemoPeople, makePeople } from './people';
import { type DemoRequest, makeRequests } from './requests';
import { settingValues } from './settings';
import { type DemoLesson, makeTimetable } from './timetable';

export { MESSY_EXPECTED, messyWorkbook } from './messy';

/** What demo school to generate. */
export interface DemoOptions {
  /** Any date in the school week to generate, e.g. '2026-11-23'. */
  weekOf: LocalDate;
  /** The school's time zone: dates are written as instants of its local midnight. */
  zone: Zone;
  /** Seed of the random choices; the same options always give the same school. Default 34. */
  seed?: number;
  /** Parallel classes per grade, 1–6 (А, Б, В …). Default 2. */
  classesPerGrade?: number;
  /** Pupils per class on average (each class varies by up to two). Default 14. */
  pupilsPerClass?: number;
  /** Language of sheet names, headers and drop-down words. Default ru. */
  locale?: 'ru' | 'en';
}

/**
 * The demo school's workbook: sheet name → grid, row 0 the headers. Clean by construction:
 * `loadSchool` finds no problem in it.
 */
export function demoSchool(options: DemoOptions): Record<string, Grid> {
  const parts = demoParts(options);
  return gridsOf(demoRecords(parts), parts.strings);
}

/** What the demo school is made of before it becomes sheets (the demo week reshapes it). */
export interface DemoParts {
  readonly zone: Zone;
  readonly locale: 'ru' | 'en';
  readonly strings: Strings;
  readonly monday: LocalDate;
  readonly people: DemoPeople;
  readonly lessons: DemoLesson[];
  journal: DemoJournalRow[];
  readonly access: DemoAccess[];
  requests: DemoRequest[];
  /** Settings to use instead of the demo's own values, by key. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** The people, timetable, journal, census and requests of the demo school, drawn from the seed. */
export function demoParts(options: DemoOptions): DemoParts {
  const { zone } = options;
  const seed = options.seed ?? 34;
  const classesPerGrade = options.classesPerGrade ?? 2;
  const pupilsPerClass = options.pupilsPerClass ?? 14;
  const locale = options.locale ?? 'ru';
  check(options.weekOf, seed, classesPerGrade, pupilsPerClass);
  const monday = mondayOf(options.weekOf);
  const schoolYear = Number(monday.slice(0, 4)) - (Number(monday.slice(5, 7)) >= 8 ? 0 : 1);
  const publishHour = Number(SETTING_DEFAULTS.find(([key]) => key === 'publish_hour')?.[1] ?? 17);
  const people = makePeople(seed, classesPerGrade, pupilsPerClass, schoolYear);
  const lessons = makeTimetable(people, monday, publishHour, seed);
  const journal = makeJournal(people, lessons, monday, seed);
  const access = makeAccess(people, monday, seed);
  const requests = makeRequests(people, access, monday, seed);
  return {
    zone,
    locale,
    strings: stringsFor(locale),
    monday,
    people,
    lessons,
    journal,
    access,
    requests,
  };
}

/** Every sheet's records (cells by column key) of the demo school's parts. */
export function demoRecords(parts: DemoParts): Record<SheetKey, readonly Cells[]> {
  const { zone, locale, strings, monday, people, lessons, journal, access, requests } = parts;
  const label = strings.labels;
  const yesNo = (value: boolean): string => (value ? strings.yes : strings.no);
  const date = dateCells(zone);
  const admins = people.staff.filter((t) => t.admin);
  const override = (key: string): string | undefined => {
    const value = parts.settings?.[key];
    return value === undefined ? undefined : settingDefaultText(key, value, strings);
  };

  return {
    settings: settingValues({
      // The zone the dates were written in, so that they read back as the same days.
      timezone: zone.id,
      locale,
      adminEmails: admins.map((a) => a.email),
      monday,
    }).map(([key, value]) => ({
      key,
      value: override(key) ?? value,
      description: strings.settingDescriptions[key] ?? '',
    })),
    classes: people.classes.map((c) => ({
      class: c.name,
      classTeacher: c.classTeacher,
      groupEmail: c.groupEmail,
    })),
    staff: people.staff.map((t) => ({
      name: fio(t.name),
      email: t.email,
      role: t.admin ? label.role.admin : label.role.teacher,
      subjects: t.subjects.join(', '),
      phone: t.phone,
    })),
    pupils: people.pupils.map((p) => {
      const [first, second] = p.family.guardians;
      return {
        id: p.id,
        name: fio(p.name),
        class: p.className,
        email: p.email,
        parent1Name: first && fio(first.name),
        parent1Email: first?.email,
        parent1Phone: first?.phone,
        parent2Name: second && fio(second.name),
        parent2Email: second?.email,
        parent2Phone: second?.phone,
        active: yesNo(p.active),
      };
    }),
    schedule: lessons.map((l) => ({
      id: l.id,
      date: date(l.date),
      class: l.className,
      period: l.period,
      start: formatTime(l.start),
      end: formatTime(l.end),
      subject: l.subject,
      teacher: l.teacher,
      form: label.lessonForm[l.form],
      resource: l.resource,
      topic: l.topic,
      task: l.task,
      deadline: date(l.deadline),
      status: label.lessonStatus[l.status],
      adminComment: l.adminComment,
      published: l.published && instantOf(zone, l.published.date, l.published.minutes),
    })),
    journal: journal.map((j) => ({
      date: date(j.lesson.date),
      class: j.lesson.className,
      subject: j.lesson.subject,
      pupilId: j.pupil.id,
      pupilName: fio(j.pupil.name),
      attendance: label.attendance[j.attendance],
      mark: j.mark,
      work: j.work && label.work[j.work],
      workKind: j.workKind,
      comment: j.comment,
      teacher: j.lesson.teacher,
      lessonId: j.lesson.id,
    })),
    access: access.map((a) => ({
      pupilId: a.pupil.id,
      date: date(a.date),
      computer: yesNo(a.computer),
      internet: label.internet[a.internet],
      device: a.device,
      paper: yesNo(a.paper),
      contact: a.contact,
      filledBy: a.filledBy,
    })),
    requests: requests.map((r) => ({
      id: r.id,
      date: date(r.date),
      type: label.requestType[r.type],
      pupilId: r.pupil.id,
      class: r.pupil.className,
      applicant: r.applicant,
      phone: r.phone,
      subject: r.subject,
      description: r.description,
      status: label.requestStatus[r.status],
      assignee: r.assignee,
      due: date(r.due),
      doneAt: date(r.doneAt),
      answer: r.answer,
    })),
    outbox: [],
    problems: [],
    publications: [],
    informed: [],
    agreements: [],
    routed: [],
    erasures: [],
    termMarks: [],
  };
}

/** The sheets of the demo school's records: sheet name → grid, headers in the parts' language. */
export function gridsOf(
  records: Readonly<Record<SheetKey, readonly Cells[]>>,
  strings: Strings,
): Record<string, Grid> {
  const out: Record<string, Grid> = {};
  for (const key of SHEET_KEYS)
    out[strings.sheets[key].name] = sheetGrid(key, strings, records[key]);
  return out;
}

function check(
  weekOf: LocalDate,
  seed: number,
  classesPerGrade: number,
  pupilsPerClass: number,
): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(weekOf);
  if (!m || localDate(Number(m[1]), Number(m[2]), Number(m[3])) === null) {
    throw new RangeError(`demoSchool: weekOf must be a date YYYY-MM-DD, got "${weekOf}"`);
  }
  if (!Number.isInteger(seed)) throw new RangeError('demoSchool: seed must be an integer');
  if (!Number.isInteger(classesPerGrade) || classesPerGrade < 1 || classesPerGrade > 6) {
    throw new RangeError('demoSchool: classesPerGrade must be 1–6');
  }
  if (!Number.isInteger(pupilsPerClass) || pupilsPerClass < 1 || pupilsPerClass > 40) {
    throw new RangeError('demoSchool: pupilsPerClass must be 1–40');
  }
}
