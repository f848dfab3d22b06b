/**
 * Acceptance of the issue "Reliable delivery" at job level: the dispatcher, the outbox and the
 * trigger repair over the in-memory adapters, with probe jobs and a controllable clock.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import type { Cadence } from '../../src/domain/cadence';
import { addDays, instantOf, isoWeek, type LocalDate } from '../../src/domain/calendar';
import { ru } from '../../src/i18n/ru';
import { type DispatchReport, runScheduledJobs } from '../../src/jobs/dispatcher';
import { ensureTriggers, heartbeatIsStale } from '../../src/jobs/ensure-triggers';
import { enqueue, requeueUnknown } from '../../src/jobs/shared/outbox';
import { loadState, requestKey } from '../../src/jobs/shared/state';
import type { ScheduledJob } from '../../src/jobs/scheduled-job';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import {
  ADMIN,
  KILLED,
  killable,
  type MemorySchool,
  memorySchool,
  outboxRows,
  outgoing,
  sendsBySubject,
  statusCounts,
} from '../support/memory';

const zone = intlZone('Europe/Moscow');
const HOUR = 3_600_000;
const MINUTE = 60_000;
const status = ru.labels.outboxStatus;
/** Monday 23 November 2026, 08:20 in Moscow. */
const MONDAY_MORNING = instantOf(zone, '2026-11-23', 8 * 60 + 20);

/** One hourly dispatcher run at `at` (a new execution: the time budget starts there). */
function runAt(school: MemorySchool, at: Date, jobs: readonly ScheduledJob[] = []): DispatchReport {
  school.clock.beginRun(at);
  return runScheduledJobs(school.ctx, { jobs });
}

/** The same with other ports (a killable wrapper). */
function runWith(
  school: MemorySchool,
  ctx: DeliveryContext,
  at: Date,
  jobs: readonly ScheduledJob[] = [],
): DispatchReport {
  school.clock.beginRun(at);
  return runScheduledJobs(ctx, { jobs });
}

const later = (at: Date, ms: number): Date => new Date(at.getTime() + ms);

describe('the three triggers', () => {
  it('installs exactly three, and a second repair changes nothing', () => {
    const { triggers } = memorySchool({ now: MONDAY_MORNING });
    expect(ensureTriggers(triggers, { staleHeartbeat: false }).created).toHaveLength(3);
    const first = triggers.list();
    const again = ensureTriggers(triggers, { staleHeartbeat: false });
    expect(again).toEqual({ created: [], removed: 0, replacedStale: false });
    expect(triggers.list()).toEqual(first);
    expect(first.map((t) => [t.handler, t.kind])).toEqual([
      ['runScheduledJobs', 'hourly'],
      ['handleFormSubmit', 'formSubmit'],
      ['handleEdit', 'edit'],
    ]);
  });

  it('removes a duplicate and a handler on the wrong kind of trigger', () => {
    const { triggers } = memorySchool({ now: MONDAY_MORNING });
    ensureTriggers(triggers, { staleHeartbeat: false });
    triggers.create('runScheduledJobs', 'hourly');
    triggers.create('handleEdit', 'formSubmit');
    const repair = ensureTriggers(triggers, { staleHeartbeat: false });
    expect(repair.removed).toBe(2);
    expect(triggers.list().map((t) => t.handler)).toEqual([
      'runScheduledJobs',
      'handleFormSubmit',
      'handleEdit',
    ]);
  });

  it('replaces the dispatcher trigger when no run has been seen for more than 3 hours', () => {
    const school = memorySchool({ now: MONDAY_MORNING });
    ensureTriggers(school.triggers, { staleHeartbeat: false });
    const before = school.triggers.list();
    runAt(school, MONDAY_MORNING);
    const state = loadState(school.store);
    expect(heartbeatIsStale(state, later(MONDAY_MORNING, 2 * HOUR))).toBe(false);
    expect(heartbeatIsStale(state, later(MONDAY_MORNING, 3 * HOUR + MINUTE))).toBe(true);
    const repair = ensureTriggers(school.triggers, {
      staleHeartbeat: heartbeatIsStale(state, later(MONDAY_MORNING, 4 * HOUR)),
    });
    expect(repair).toEqual({ created: ['runScheduledJobs'], removed: 1, replacedStale: true });
    const after = school.triggers.list();
    expect(after).toHaveLength(3);
    expect(after.find((t) => t.kind === 'hourly')?.id).not.toBe(before[0]?.id);
  });
});

describe('scheduled jobs run exactly once per period', () => {
  const DAILY: Cadence = { kind: 'daily', hour: 17 };
  const WEEKLY: Cadence = { kind: 'weekly', weekday: 5, hour: 15 };
  const MONTHLY: Cadence = { kind: 'monthly', hour: 9 };
  const FIRST: LocalDate = '2026-11-16';
  const DAYS = 49; // seven whole weeks, over two month boundaries

  interface Run {
    readonly job: string;
    readonly period: string;
    readonly date: LocalDate;
    readonly minutes: number;
  }

  function probes(runs: Run[]): ScheduledJob[] {
    const probe = (id: string, cadence: Cadence): ScheduledJob => ({
      id,
      cadence: () => cadence,
      run: (ctx) => {
        const local = zone.parts(ctx.clock.now());
        runs.push({ job: id, period: ctx.period, date: local.date, minutes: local.minutes });
        return { outcome: { job: id, summary: '', details: [], problems: 0, messages: 0 } };
      },
    });
    return [probe('daily', DAILY), probe('weekly', WEEKLY), probe('monthly', MONTHLY)];
  }

  /** Runs the dispatcher at each instant; returns the probe runs. */
  function simulate(instants: readonly Date[]): Run[] {
    const runs: Run[] = [];
    const jobs = probes(runs);
    const school = memorySchool({ now: instants[0]! });
    for (const at of instants) runAt(school, at, jobs);
    return runs;
  }

  const dates = Array.from({ length: DAYS }, (_, i) => addDays(FIRST, i));
  const last = dates[dates.length - 1]!;

  function expectOncePerPeriod(runs: Run[], exactMinute?: number): void {
    const of = (job: string): Run[] => runs.filter((r) => r.job === job);
    // Daily: every date once, at the first run from 17:00.
    expect(of('daily').map((r) => r.period)).toEqual(dates);
    for (const r of of('daily')) {
      expect(r.date).toBe(r.period);
      expect(Math.floor(r.minutes / 60)).toBe(17);
      if (exactMinute !== undefined) expect(r.minutes).toBe(17 * 60 + exactMinute);
    }
    // Weekly: every ISO week once, on Friday after 15:00.
    const weeks = [...new Set(dates.map(isoWeek))];
    expect(of('weekly').map((r) => r.period)).toEqual(weeks);
    for (const r of of('weekly')) {
      expect(new Date(`${r.date}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(Math.floor(r.minutes / 60)).toBe(15);
    }
    // Monthly: every month once; on the 1st at 9 when the month opens inside the simulation.
    expect(of('monthly').map((r) => r.period)).toEqual(['2026-11', '2026-12', '2027-01']);
    for (const r of of('monthly').slice(1)) {
      expect(r.date.slice(8)).toBe('01');
      expect(Math.floor(r.minutes / 60)).toBe(9);
    }
  }

  it.each(Array.from({ length: 60 }, (_, minute) => minute))(
    'hourly runs at :%i past every hour',
    (minute) => {
      const instants: Date[] = [];
      for (const date of dates)
        for (let hour = 0; hour < 24; hour++)
          instants.push(instantOf(zone, date, hour * 60 + minute));
      expectOncePerPeriod(simulate(instants), minute);
    },
  );

  it('with Apps Script jitter: a random minute each hour, two runs in one hour, a skipped hour', () => {
    let seed = 2026;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const instants: Date[] = [];
    for (const date of dates)
      for (let hour = 0; hour < 24; hour++) {
        if (random() < 0.05 && hour !== 17 && hour !== 15 && hour !== 9) continue;
        instants.push(instantOf(zone, date, hour * 60 + Math.floor(random() * 60)));
        if (random() < 0.05) instants.push(instantOf(zone, date, hour * 60 + 59));
      }
    instants.sort((a, b) => a.getTime() - b.getTime());
    expectOncePerPeriod(simulate(instants));
  });

  it('a job that ran is not run again by a later run in the same period', () => {
    const runs: Run[] = [];
    const jobs = probes(runs);
    const school = memorySchool({ now: instantOf(zone, last, 17 * 60) });
    for (let minute = 0; minute < 60; minute++)
      runAt(school, instantOf(zone, last, 17 * 60 + minute), jobs);
    expect(runs.filter((r) => r.job === 'daily')).toHaveLength(1);
  });
});

describe('the daily quota: 25 letters, 10 a day', () => {
  it('sends 10, 10 and 5 on three days, never twice, and the outbox shows each state', () => {
    const seenWhileSending: string[] = [];
    const school: MemorySchool = memorySchool({
      now: MONDAY_MORNING,
      quota: 10,
      onSend: (mail) => {
        // At the moment of sending, the row is claimed and no lock is held.
        const row = outboxRows(school.workbook).find((r) => r.subject === mail.subject);
        seenWhileSending.push(row?.status ?? 'none');
        expect(school.lock.isHeld()).toBe(false);
      },
    });
    const letters = outgoing(25);
    expect(enqueue(school.ctx, ru, letters)).toEqual({ queued: 25, duplicates: 0 });
    expect(statusCounts(school.workbook)).toEqual({ [status.queued]: 25 });

    const sentPerDay: number[] = [];
    for (let day = 0; day < 3; day++) {
      if (day > 0) school.mailer.newDay();
      const before = school.mailer.sent.length;
      // Hourly runs through the school day: only the first has quota to spend.
      for (let hour = 0; hour < 10; hour++)
        runAt(school, later(MONDAY_MORNING, day * 24 * HOUR + hour * HOUR));
      sentPerDay.push(school.mailer.sent.length - before);
      expect(statusCounts(school.workbook)).toEqual(
        day < 2
          ? { [status.sent]: 10 * (day + 1), [status.queued]: 25 - 10 * (day + 1) }
          : { [status.sent]: 25 },
      );
    }
    expect(sentPerDay).toEqual([10, 10, 5]);
    expect(seenWhileSending).toEqual(Array(25).fill(status.sending));
    expect([...sendsBySubject(school.mailer).values()].every((n) => n === 1)).toBe(true);
    expect(sendsBySubject(school.mailer).size).toBe(25);
    // Queuing the same letters again (a retried job) adds nothing.
    expect(enqueue(school.ctx, ru, letters)).toEqual({ queued: 0, duplicates: 25 });
  });
});

describe('a run killed mid-delivery, replayed after its lease', () => {
  const KILL_POINTS: Record<string, (call: string, calls: readonly string[]) => boolean> = {
    'after the claim': (call, calls) => call === 'workbook.write' && !calls.includes('mailer.send'),
    'after the send': (call) => call === 'mailer.send',
    'after the mark': (call, calls) =>
      call === 'workbook.write' && calls.slice(0, -1).includes('mailer.send'),
  };

  /** Letters the dead run sent, rows it left «отправляется», and how many of them are in doubt. */
  const DEAD_RUN: Record<string, [number, number, number]> = {
    'after the claim': [0, 10, 0],
    'after the send': [1, 10, 1],
    'after the mark': [1, 9, 0],
  };

  it.each(Object.keys(KILL_POINTS))('killed %s: only the letter in flight is in doubt', (point) => {
    const school = memorySchool({ now: MONDAY_MORNING });
    enqueue(school.ctx, ru, outgoing(12));
    const dying = killable(school.ctx, KILL_POINTS[point]!);
    expect(() => runWith(school, dying.ctx, MONDAY_MORNING)).toThrow(KILLED);
    expect(dying.killed()).toBe(true);
    const sentByDeadRun = school.mailer.sent.map((m) => m.subject);
    const claimed = outboxRows(school.workbook).filter((r) => r.status === status.sending);
    const [sent, sending, inDoubt] = DEAD_RUN[point]!;
    expect([sentByDeadRun.length, claimed.length]).toEqual([sent, sending]);

    // Within the dead run's lease another run keeps off.
    expect(runAt(school, later(MONDAY_MORNING, 5 * MINUTE)).status).toBe('busy');
    expect(school.mailer.sent.map((m) => m.subject)).toEqual(sentByDeadRun);

    // After the lease: the letter in flight is «неизвестно», the rest goes out by itself.
    const replay = runAt(school, later(MONDAY_MORNING, 8 * MINUTE));
    expect(replay.status).toBe('ran');
    const rows = outboxRows(school.workbook);
    const unknown = rows.filter((r) => r.status === status.unknown);
    expect(unknown.map((r) => r.subject)).toEqual(sentByDeadRun.slice(0, inDoubt));
    for (const r of unknown) expect(r.error).toBe(ru.mail.unknownFateError);
    const alertSubject = ru.mail.unknownFateSubject(inDoubt);
    const alerts = school.mailer.sent.filter((m) => m.subject === alertSubject);
    expect(alerts).toHaveLength(inDoubt > 0 ? 1 : 0);
    if (inDoubt > 0) {
      expect(alerts[0]!.to).toEqual([ADMIN]);
      for (const r of unknown) expect(alerts[0]!.text).toContain(r.subject);
    }
    expect([...sendsBySubject(school.mailer).values()].every((n) => n === 1)).toBe(true);
    expect(rows.filter((r) => r.status === status.queued || r.status === status.sending)).toEqual(
      [],
    );
    // Every letter but the one in doubt went out exactly once, and the attempts of the returned
    // ones count the run that sent them only.
    const letters = outgoing(12).map((l) => l.subject);
    expect(
      school.mailer.sent
        .map((m) => m.subject)
        .filter((s) => s !== alertSubject)
        .sort(),
    ).toEqual([...letters].sort());
    for (const r of rows.filter((r) => r.status === status.sent && r.subject !== alertSubject))
      expect(r.attempts).toBe(1);

    // Another run does not alert again; the admin's one click puts the letter in doubt back.
    runAt(school, later(MONDAY_MORNING, HOUR));
    expect(school.mailer.sent.filter((m) => m.subject === alertSubject)).toHaveLength(
      alerts.length,
    );
    expect(requeueUnknown(school.ctx, ru)).toBe(inDoubt);
    runAt(school, later(MONDAY_MORNING, 2 * HOUR));
    expect(statusCounts(school.workbook)).toEqual({ [status.sent]: 12 + alerts.length });
  });
});

describe('the record of the letter in flight', () => {
  const OUTBOX = ru.sheets.outbox;

  it('costs no document property write per letter, and the status reads follow the growing claims', () => {
    const school = memorySchool({ now: MONDAY_MORNING });
    enqueue(school.ctx, ru, outgoing(100));
    const calls: string[] = [];
    const counted = killable(school.ctx, (call) => {
      calls.push(call);
      return false;
    });
    expect(runWith(school, counted.ctx, MONDAY_MORNING).delivery?.sent).toBe(100);
    // The state and the once-written record; not one per letter (there were 100 before).
    expect(calls.filter((c) => c === 'store.set').length).toBeLessThanOrEqual(4);
    // Claims of 10, 20, 40 and 30 (ten claims of 10 before): the first read, then a narrow
    // re-read of the statuses before each later claim and the last, which finds none queued.
    expect(calls.filter((c) => c === 'workbook.readColumns')).toHaveLength(4);
  });

  it('a letter put back in the queue by hand after it went: a crash before its new send returns it, no doubt', () => {
    const school = memorySchool({ now: MONDAY_MORNING });
    enqueue(school.ctx, ru, outgoing(3));
    expect(runAt(school, MONDAY_MORNING).delivery?.sent).toBe(3);
    const [header = []] = school.workbook.peek(OUTBOX.name);
    const statusColumn = header.indexOf(OUTBOX.columns.status ?? '') + 1;
    // Row 3 (the second letter) keeps its «Отправлено» time when a person re-queues it; the
    // next pass reads the outbox within a day.
    school.workbook.write(OUTBOX.name, 3, [[status.queued]], statusColumn);
    const dying = killable(
      school.ctx,
      (call, calls) => call === 'workbook.write' && !calls.includes('mailer.send'),
    );
    expect(() => runWith(school, dying.ctx, later(MONDAY_MORNING, 25 * HOUR))).toThrow(KILLED);
    expect(school.mailer.sent).toHaveLength(3);
    // Rows typed by hand wait at most a day for a pass that reads the outbox.
    runAt(school, later(MONDAY_MORNING, 26 * HOUR));
    expect(statusCounts(school.workbook)).toEqual({ [status.sent]: 3 });
    expect(sendsBySubject(school.mailer).get(outgoing(3)[1]!.subject)).toBe(2);
  });
});

describe('the document lock held by another execution', () => {
  it('the run sends nothing and changes nothing; after release the next run does the work', () => {
    const school = memorySchool({ now: MONDAY_MORNING });
    enqueue(school.ctx, ru, outgoing(3));
    const grid = JSON.stringify(school.workbook.peek('Очередь писем'));
    const state = new Map(school.store.values);
    school.lock.heldElsewhere = true;
    expect(runAt(school, MONDAY_MORNING).status).toBe('busy');
    expect(school.mailer.sent).toEqual([]);
    expect(JSON.stringify(school.workbook.peek('Очередь писем'))).toBe(grid);
    expect(school.store.values).toEqual(state);
    school.lock.heldElsewhere = false;
    expect(runAt(school, later(MONDAY_MORNING, HOUR)).delivery?.sent).toBe(3);
  });
});

describe('600 letters with a slow mail service', () => {
  it('are delivered over consecutive hourly runs, each once, no run over the budget', () => {
    const SEND_MS = 2000;
    const school: MemorySchool = memorySchool({
      now: MONDAY_MORNING,
      onSend: () => school.clock.advance(SEND_MS),
    });
    enqueue(school.ctx, ru, outgoing(600));
    const perRun: number[] = [];
    for (let hour = 0; hour < 24 && school.mailer.sent.length < 600; hour++) {
      const report = runAt(school, later(MONDAY_MORNING, hour * HOUR));
      perRun.push(report.delivery?.sent ?? 0);
      expect(school.clock.elapsedMs()).toBeLessThanOrEqual(6 * MINUTE);
    }
    expect(school.mailer.sent).toHaveLength(600);
    expect(sendsBySubject(school.mailer).size).toBe(600);
    // No hourly run idles while letters wait.
    expect(perRun.every((n) => n > 0)).toBe(true);
    expect(perRun.length).toBeLessThanOrEqual(Math.ceil((600 * SEND_MS) / 270_000) + 1);
    expect(statusCounts(school.workbook)).toEqual({ [status.sent]: 600 });
  });
});

describe('requests left without the lock', () => {
  it('run their job at the next run and are taken back; one for a job the table lacks is dropped', () => {
    const runs: string[] = [];
    const probe: ScheduledJob = {
      id: 'probe',
      cadence: () => ({ kind: 'daily', hour: 3 }),
      run: (ctx) => {
        runs.push(ctx.period);
        return { outcome: { job: 'probe', summary: '', details: [], problems: 0, messages: 0 } };
      },
    };
    const school = memorySchool({ now: MONDAY_MORNING });
    runAt(school, MONDAY_MORNING, [probe]);
    expect(runAt(school, later(MONDAY_MORNING, HOUR), [probe]).status).toBe('idle');
    school.store.set(requestKey('probe', 'row-5'), 'x');
    school.store.set(requestKey('gone', 'row-6'), 'x');
    expect(runAt(school, later(MONDAY_MORNING, 2 * HOUR), [probe]).status).toBe('ran');
    expect(runs).toEqual(['2026-11-23', '2026-11-23']);
    expect(school.store.keys().filter((k) => k.startsWith('distant.request.'))).toEqual([]);
    expect(runAt(school, later(MONDAY_MORNING, 3 * HOUR), [probe]).status).toBe('idle');
  });
});

describe('an idle run', () => {
  it('after a first full run, reads one property and the keys, writes one, and nothing else', () => {
    const school = memorySchool({ now: MONDAY_MORNING });
    runAt(school, MONDAY_MORNING);
    const reads = { ...school.workbook.counters };
    const store = { reads: school.store.reads, writes: school.store.writes };
    const report = runAt(school, later(MONDAY_MORNING, HOUR));
    expect(report.status).toBe('idle');
    expect(school.workbook.counters).toEqual(reads);
    const calls = school.store.reads - store.reads + (school.store.writes - store.writes);
    expect(calls).toBeLessThanOrEqual(5);
  });
});

describe('mail modes and the limits of one message', () => {
  it('preview: everything goes only to the admins, marked, naming the intended recipients', () => {
    const school = memorySchool({ now: MONDAY_MORNING, settings: { mail_mode: 'preview' } });
    enqueue(school.ctx, ru, [
      { ...outgoing(1)[0]!, to: ['mama@mail.test'], cc: ['papa@mail.test'] },
      ...outgoing(2, 'Сводка').map((m) => ({ ...m, bcc: ['ученик@mail.test'] })),
    ]);
    runAt(school, MONDAY_MORNING);
    expect(school.mailer.sent).toHaveLength(3);
    for (const mail of school.mailer.sent) {
      expect([mail.to, mail.cc, mail.bcc]).toEqual([[ADMIN], [], []]);
      expect(mail.subject.startsWith('[ПРОВЕРКА] ')).toBe(true);
    }
    expect(school.mailer.sent[0]!.subject).toBe('[ПРОВЕРКА] Письмо 1');
    expect(school.mailer.sent[0]!.text).toContain('mama@mail.test, papa@mail.test');
    expect(school.mailer.sent[0]!.html).toContain('mama@mail.test, papa@mail.test');
    expect(statusCounts(school.workbook)).toEqual({ [status.sent]: 3 });
  });

  it('off: rows are marked «пропущено» and nothing is sent', () => {
    const school = memorySchool({ now: MONDAY_MORNING, settings: { mail_mode: 'off' } });
    enqueue(school.ctx, ru, outgoing(4));
    runAt(school, MONDAY_MORNING);
    runAt(school, later(MONDAY_MORNING, HOUR));
    expect(school.mailer.sent).toEqual([]);
    expect(statusCounts(school.workbook)).toEqual({ [status.skipped]: 4 });
  });

  it.each([
    ['in Bcc behind the school address', { to: ['school@school.test'], bcc: 'families' }],
    ['all in To', { to: 'families', bcc: [] }],
  ] as const)('120 recipients %s go in parts of at most 50', (_how, shape) => {
    const school = memorySchool({ now: MONDAY_MORNING });
    const families = Array.from({ length: 120 }, (_, i) => `family${i + 1}@mail.test`);
    const to = shape.to === 'families' ? families : [...shape.to];
    const bcc = shape.bcc === 'families' ? families : [...shape.bcc];
    expect(
      enqueue(school.ctx, ru, [
        { key: 'mass|1', job: 'test', to, bcc, subject: 'Всем', text: 'Т', html: '<p>Т</p>' },
      ]).queued,
    ).toBe(3);
    runAt(school, MONDAY_MORNING);
    const sent = school.mailer.sent;
    expect(sent).toHaveLength(3);
    for (const m of sent) expect(m.to.length + m.cc.length + m.bcc.length).toBeLessThanOrEqual(50);
    const everyone = new Set(sent.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]));
    expect(everyone).toEqual(new Set([...to, ...bcc]));
    expect(sent.flatMap((m) => m.bcc)).toHaveLength(bcc.length);
  });

  it('a daily-limit error is tried once: the letters stay queued, the attempt not counted', () => {
    let sends = 0;
    const school = memorySchool({
      now: MONDAY_MORNING,
      onSend: () => {
        sends++;
        throw new Error('Service invoked too many times for one day: email.');
      },
    });
    enqueue(school.ctx, ru, outgoing(5));
    const report = runAt(school, MONDAY_MORNING);
    expect(sends).toBe(1);
    expect(report.delivery?.stoppedBy).toBe('dailyLimit');
    expect(outboxRows(school.workbook).map((r) => [r.status, r.attempts])).toEqual(
      Array(5).fill([status.queued, 0]),
    );
  });

  it('a transient error is retried with backoff, then sent once', () => {
    let failures = 2;
    let calls = 0;
    const school = memorySchool({
      now: MONDAY_MORNING,
      onSend: () => {
        calls++;
        if (failures-- > 0)
          throw new Error(
            'Service invoked too many times in a short time. Try Utilities.sleep(1000).',
          );
      },
    });
    enqueue(school.ctx, ru, outgoing(1));
    runAt(school, MONDAY_MORNING);
    expect(calls).toBe(3);
    expect(school.mailer.sent).toHaveLength(1);
    // Backed off 1 s and 3 s (plus jitter) on the fake clock.
    expect(school.clock.elapsedMs()).toBeGreaterThanOrEqual(4000);
    expect(outboxRows(school.workbook).map((r) => [r.status, r.attempts])).toEqual([
      [status.sent, 1],
    ]);
  });
});
