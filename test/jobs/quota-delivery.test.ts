/**
 * Acceptance of "delivery that uses the day's quota" at job level: the 250-pupil demo school
 * over a week of hourly dispatcher runs, with 40 and with 100 recipients a day (an account whose
 * other tools use part of its quota), MailApp's 24-hour quota windows and `quota_reserve` 5.
 * Every hour the planner is asked when each queued letter will go; at the end each letter must
 * have gone in the window it was first given, no window may leave quota unused while letters
 * wait, and no letter (or part of one) may go twice.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { quotaReport } from '../../src/jobs/quota-report';
import { forecastDelivery } from '../../src/jobs/shared/delivery';
import { loadSchool } from '../../src/jobs/shared/school';
import { loadState } from '../../src/jobs/shared/state';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { silentLog } from '../../src/ports/log';
import type { OutgoingMail } from '../../src/domain/mail';
import { enqueue, letterKey } from '../../src/jobs/shared/outbox';
import {
  KILLED,
  killable,
  memorySchool,
  outboxRows,
  outgoing,
  QuotaWindowMailer,
  statusCounts,
} from '../support/memory';
import { jobPorts } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const HOUR = 3_600_000;
/**
 * Friday 27 November 2026, 17:20 in Moscow: the demo school as it stands that week (lessons up to
 * Thursday published). The first run publishes Monday's lessons (18 class letters of up to 50
 * recipients, queued first) and then the week's family letters; the week ahead adds Tuesday's
 * lessons, the monitoring report, the survey invitations of 1 December and teachers' reminders.
 */
const START = instantOf(zone, '2026-11-27', 17 * 60 + 20);
const RESERVE = 5;
const status = ru.labels.outboxStatus;

describe.each([40, 100])('a week with %i recipients a day', (quota) => {
  it('fills every day, sends each letter once, on the day the planner said', () => {
    const clock = new FixedClock(START);
    const workbook = new MemoryWorkbook(demoSchool({ weekOf: '2026-11-27', zone }));
    const mailer = new QuotaWindowMailer(clock, quota);
    const store = new MemoryStore();
    const ctx = jobPorts(workbook, clock, mailer, { store });
    const strings = loadSchool(workbook, clock, []).strings;
    expect(loadSchool(workbook, clock, []).settings.quotaReserve).toBe(RESERVE);

    /** The window each letter was first predicted to finish in, and later disagreements. */
    const predicted = new Map<string, number>();
    const disagreements: string[] = [];
    /** After the last run in each window: the quota left (less the reserve) and what waited. */
    const endOf = new Map<number, { left: number; waiting: number[] }>();
    let firstForecastDays: number | undefined;
    for (let hour = 0; hour < 7 * 24; hour++) {
      clock.beginRun(new Date(START.getTime() + hour * HOUR));
      const school = loadSchool(workbook, clock, []);
      const forecast = forecastDelivery(ctx, school.settings, strings, loadState(store).quota);
      // Day 0 is the window open now, or the one the next send opens.
      const today = mailer.open() ? mailer.windows.length - 1 : mailer.windows.length;
      const lastDay = new Map<string, number>();
      for (const [key, day] of forecast.dayOfKey) {
        const letter = letterKey(key);
        lastDay.set(letter, Math.max(lastDay.get(letter) ?? -1, today + day));
      }
      for (const [letter, day] of lastDay) {
        const first = predicted.get(letter);
        if (first === undefined) predicted.set(letter, day);
        else if (first !== day) disagreements.push(`${letter}: ${first} then ${day}`);
      }
      if (forecast.letters > 0) firstForecastDays ??= forecast.days;
      runScheduledJobs(ctx, { jobs: SCHEDULED_JOBS });
      const open = mailer.open();
      if (open)
        endOf.set(mailer.windows.indexOf(open), {
          left: quota - RESERVE - open.used,
          waiting: outboxRows(workbook)
            .filter((r) => r.status === status.queued)
            .map((r) => String(r.recipients).split(',').length),
        });
    }

    const rows = outboxRows(workbook);
    // Nothing twice: one send per row, and the parts of a letter never share a Bcc address.
    const sendsPerKey = new Map<string, number>();
    for (const m of mailer.sent) sendsPerKey.set(m.key!, (sendsPerKey.get(m.key!) ?? 0) + 1);
    expect([...sendsPerKey.values()].every((n) => n === 1)).toBe(true);
    const bccOf = new Map<string, string[]>();
    for (const m of mailer.sent)
      bccOf.set(letterKey(m.key!), [...(bccOf.get(letterKey(m.key!)) ?? []), ...m.bcc]);
    for (const bcc of bccOf.values()) expect(new Set(bcc).size).toBe(bcc.length);

    // Each day the quota (less the reserve) was used as long as a waiting letter fitted what was
    // left: what waited at the end of a window was larger than the rest of it. (The school's
    // class letters, up to 50, fit a whole day of 95; at 35 a day they would be cut.)
    expect(mailer.windows.length).toBeGreaterThanOrEqual(6);
    for (const [window, end] of endOf) {
      if (window === mailer.windows.length - 1) continue;
      expect(end.left).toBeGreaterThanOrEqual(0);
      for (const cost of end.waiting) expect([window, cost > end.left]).toEqual([window, true]);
    }

    // Each letter that has gone went (its last part) in the window the planner first gave it.
    const windowOfLetter = new Map<string, number>();
    const waiting = new Set(
      rows.filter((r) => r.status === status.queued).map((r) => letterKey(r.key)),
    );
    for (const m of mailer.sent) {
      const letter = letterKey(m.key!);
      windowOfLetter.set(letter, Math.max(windowOfLetter.get(letter) ?? -1, mailer.windowOf(m.at)));
    }
    const checked = [...windowOfLetter].filter(
      ([letter]) => !waiting.has(letter) && predicted.has(letter),
    );
    expect(checked.filter(([letter, window]) => predicted.get(letter) !== window)).toEqual([]);
    expect(checked.length).toBeGreaterThan(50);
    expect(disagreements).toEqual([]);
    // Letters still waiting were promised a day after the week.
    for (const letter of waiting)
      expect(predicted.get(letter)).toBeGreaterThanOrEqual(mailer.windows.length - 1);

    const cut = rows.filter((r) => /~\d+$/.test(r.key)).length;
    const report = quotaReport(ctx);
    expect(report.details).toContain(
      ru.quota.forecast(report.forecast.leftToday, quota - RESERVE, report.forecast.days),
    );
    console.log(
      `${quota}/day: ${mailer.sent.length} letters sent in ${mailer.windows.length} windows ` +
        `(used ${mailer.windows.map((w) => w.used).join(', ')}), ${cut} parts cut off, ` +
        `${checked.length} letters went on the day first forecast (the others were queued and ` +
        `sent in the same run); ` +
        `first forecast ${firstForecastDays} days; still queued ${waiting.size} letters ` +
        `(${report.forecast.days} more days); left unused per window ` +
        `${JSON.stringify([...endOf.values()].map((e) => e.left))}`,
    );
  });
});

describe('one letter never holds the queue', () => {
  const MONDAY = instantOf(zone, '2026-11-23', 9 * 60 + 20);
  /** A class letter: the school's address in To and `families` guardians in Bcc. */
  const classLetter = (key: string, families: number): OutgoingMail => ({
    key,
    job: 'test',
    to: ['school@school.test'],
    bcc: Array.from({ length: families }, (_, i) => `${key}.parent${i + 1}@mail.test`),
    subject: `Класс ${key}`,
    text: 'Т',
    html: '<p>Т</p>',
  });

  function school(quota: number) {
    const clock = new FixedClock(MONDAY);
    const base = memorySchool({ now: MONDAY });
    const mailer = new QuotaWindowMailer(clock, quota);
    const ctx = { ...base.ctx, clock, mailer };
    const runDay = (day: number): number => {
      const before = mailer.sent.length;
      for (let hour = 0; hour < 3; hour++) {
        clock.beginRun(new Date(MONDAY.getTime() + day * 24 * HOUR + hour * HOUR + 60_000));
        runScheduledJobs(ctx, { jobs: [] });
      }
      return mailer.sent.length - before;
    };
    return { ctx, mailer, workbook: base.workbook, runDay };
  }

  it('a letter larger than what is left waits; the smaller ones queued after it still go', () => {
    const s = school(40);
    enqueue(s.ctx, ru, [
      ...outgoing(15, 'Первое'),
      classLetter('5А', 29),
      ...outgoing(20, 'Потом'),
    ]);
    // 15 + 20 single letters today (35 of 40); the class letter (30) does not fit the 25 left
    // after the first 15, and does not stall the 20 behind it. It goes first tomorrow.
    expect(s.runDay(0)).toBe(35);
    expect(s.mailer.windows[0]!.used).toBe(35);
    expect(s.mailer.sent.map((m) => m.subject)).not.toContain('Класс 5А');
    expect(s.runDay(1)).toBe(1);
    expect(s.mailer.sent.at(-1)!.subject).toBe('Класс 5А');
    expect(statusCounts(s.workbook)).toEqual({ [status.sent]: 36 });
  });

  it('a letter larger than a whole day is cut: what is left today, the rest tomorrow, once each', () => {
    const s = school(40);
    enqueue(s.ctx, ru, [...outgoing(5), classLetter('9Б', 49), ...outgoing(3, 'Потом')]);
    // 5 singles, then the 50-recipient letter takes the 35 left (school + 34 families).
    expect(s.runDay(0)).toBe(6);
    expect(s.mailer.windows[0]!.used).toBe(40);
    // Tomorrow: its rest (school + 15 families), then the 3 singles.
    expect(s.runDay(1)).toBe(4);
    const parts = s.mailer.sent.filter((m) => m.subject === 'Класс 9Б');
    expect(parts.map((m) => [m.key, m.to, m.bcc.length])).toEqual([
      ['9Б', ['school@school.test'], 34],
      ['9Б~2', ['school@school.test'], 15],
    ]);
    expect(new Set(parts.flatMap((m) => m.bcc)).size).toBe(49);
    expect(statusCounts(s.workbook)).toEqual({ [status.sent]: 10 });
    // The outbox shows the two parts, each with its own recipients.
    const rows = outboxRows(s.workbook).filter((r) => r.subject === 'Класс 9Б');
    expect(rows.map((r) => [r.key, r.recipients.split(', ').length])).toEqual([
      ['9Б', 35],
      ['9Б~2', 16],
    ]);
  });
});

describe('a run killed while cutting a letter', () => {
  it('between writing the rest and shortening the letter: the next run finishes the cut, nobody gets it twice', () => {
    const MONDAY = instantOf(zone, '2026-11-23', 9 * 60 + 20);
    const clock = new FixedClock(MONDAY);
    const base = memorySchool({ now: MONDAY });
    const mailer = new QuotaWindowMailer(clock, 40);
    const ctx = { ...base.ctx, clock, mailer };
    const families = Array.from({ length: 49 }, (_, i) => `p${i + 1}@mail.test`);
    enqueue(ctx, ru, [
      {
        key: 'big',
        job: 'test',
        to: ['school@school.test'],
        bcc: families,
        subject: 'Всем',
        text: 'Т',
        html: '<p>Т</p>',
      },
    ]);
    // The cut's first write is the rest's row; the run dies right after it.
    const dying = killable(ctx, (call) => call === 'workbook.append');
    expect(() => runScheduledJobs(dying.ctx, { jobs: [] })).toThrow(KILLED);
    expect(outboxRows(base.workbook).map((r) => [r.key, r.status])).toEqual([
      ['big', status.queued],
      ['big~2', status.queued],
    ]);
    for (const day of [0, 1]) {
      clock.beginRun(new Date(MONDAY.getTime() + day * 24 * HOUR + 10 * 60_000));
      runScheduledJobs(ctx, { jobs: [] });
    }
    const bcc = mailer.sent.flatMap((m) => m.bcc);
    expect(bcc.sort()).toEqual([...families].sort());
    expect(statusCounts(base.workbook)).toEqual({ [status.sent]: 2 });
  });
});

describe('the quota planner', () => {
  it('is the job table: a job that declares its reach gets its line, one that does not gets none', () => {
    const { ctx } = memorySchool({ now: instantOf(zone, '2026-11-23', 9 * 60) });
    const report = quotaReport(ctx, [
      {
        id: 'probe',
        cadence: () => ({ kind: 'weekly', weekday: 3, hour: 12 }),
        run: () => {
          throw new Error('not run by the planner');
        },
        reach: () => ({ label: 'Пробные письма', recipients: 7 }),
      },
      {
        id: 'silent',
        cadence: () => ({ kind: 'daily', hour: 1 }),
        run: () => ({
          outcome: { job: 'silent', summary: '', details: [], problems: 0, messages: 0 },
        }),
      },
    ]);
    expect(report.details[0]).toBe(ru.quota.jobLine('Пробные письма', 7, 'weekly'));
    expect(report.plan.jobs.map((j) => j.job)).toEqual(['probe']);
    expect(report.details).toContain(ru.quota.queueEmpty);
  });

  it('for the demo school, names every mailing job of the table', () => {
    const clock = new FixedClock(START);
    const workbook = new MemoryWorkbook(demoSchool({ weekOf: '2026-11-27', zone }));
    const ctx = {
      workbook,
      clock,
      log: silentLog,
      mailer: new QuotaWindowMailer(clock, 100),
      lock: new MemoryLock(),
      hmac: nodeHmac,
      store: new MemoryStore(),
    };
    const report = quotaReport(ctx);
    expect(report.plan.jobs.map((j) => j.job)).toEqual(
      SCHEDULED_JOBS.filter((j) => j.reach !== undefined).map((j) => j.id),
    );
    for (const id of [
      'publishSchedule',
      'teacherReminders',
      'familySummaries',
      'monitoringReport',
      'surveyInvitations',
    ])
      expect(report.plan.jobs.map((j) => j.job)).toContain(id);
    console.log(report.details.join('\n'));
  });
});
