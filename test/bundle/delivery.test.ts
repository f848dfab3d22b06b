/**
 * Acceptance of the issue "Reliable delivery" on the BUILT bundle in the offline Apps Script
 * fakes: triggers, the daily quota, killed executions, the document lock, a long queue on a slow
 * spreadsheet, idle runs, mail modes and mail errors. Letters are queued the way another
 * execution leaves them: rows of «Очередь писем» with their content as JSON.
 */
import { ru } from '../../src/i18n/ru';
import type { GasEnvironment } from '../fakes';
import {
  ADMIN,
  DAY_MS,
  deliveryEnvironment,
  HOUR_MS,
  killWhen,
  letters,
  loadBundle,
  onServiceCall,
  outbox,
  queueLetters,
  sendsBySubject,
  statusCounts,
  valuesOf,
} from '../support/gas';

const status = ru.labels.outboxStatus;
/**
 * Monday 23 November 2026, 12:20 in Moscow. MailApp's quota window opens with the day's first send
 * and lasts 24 hours, so it spans every run of a test day.
 */
const MONDAY = '2026-11-23T09:20:00Z';
const MINUTE_MS = 60_000;

/** One hourly run of the dispatcher, by the administrator's installed trigger and its event. */
function dispatch(env: GasEnvironment): void {
  const hourly = env.triggers.list().find((t) => t.type === 'CLOCK');
  env.call('runScheduledJobs', { authMode: 'FULL', triggerUid: hourly?.id });
}

/** Moves the fake clock to `ms` after `from` and runs the dispatcher. */
function dispatchAt(env: GasEnvironment, from: string, ms: number): void {
  env.clock.set(new Date(Date.parse(from) + ms));
  dispatch(env);
}

function expectNoDuplicates(env: GasEnvironment): void {
  const twice = [...sendsBySubject(env).entries()].filter(([, n]) => n > 1);
  expect(twice).toEqual([]);
}

describe('the three triggers', () => {
  /** The installed triggers, in a fixed order (a replaced trigger comes last in the list). */
  const triggerShape = (env: GasEnvironment): string[][] =>
    env.triggers
      .list()
      .map((t) => [t.handler, t.type, t.disabled ? 'disabled' : 'enabled'])
      .sort(
        (a, b) => THREE.findIndex((x) => x[0] === a[0]) - THREE.findIndex((x) => x[0] === b[0]),
      );
  const THREE = [
    ['runScheduledJobs', 'CLOCK', 'enabled'],
    ['handleFormSubmit', 'ON_FORM_SUBMIT', 'enabled'],
    ['handleEdit', 'ON_EDIT', 'enabled'],
  ];

  it.each([
    ['as an add-on', true],
    ['as a script bound to the spreadsheet', false],
  ])('setup run twice leaves exactly three (%s)', (_how, addon) => {
    const env = loadBundle({ now: MONDAY, addon });
    env.call('setupWorkbook');
    env.call('setupWorkbook');
    expect(triggerShape(env)).toEqual(THREE);
    expect(env.triggers.list()[0]?.everyHours).toBe(1);
    expect(env.ui.alerts.at(-1)?.prompt).toContain(ru.triggers.ok);
  });

  it('checkTriggers removes a duplicate', () => {
    const env = loadBundle({ now: MONDAY, addon: false });
    env.call('setupWorkbook');
    // Another install of the same project added its own copies.
    env.load(`function installAgain_() {
      ScriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
      ScriptApp.newTrigger('handleEdit').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    }`);
    env.call('installAgain_');
    expect(env.triggers.list()).toHaveLength(5);
    env.call('checkTriggers');
    expect(triggerShape(env)).toEqual(THREE);
    expect(env.ui.alerts.at(-1)?.prompt).toContain(ru.triggers.repaired(0, 2));
  });

  it('checkTriggers replaces a disabled dispatcher trigger after 3 hours without a heartbeat', () => {
    const env = loadBundle({ now: MONDAY });
    env.call('setupWorkbook');
    expect(env.triggers.fireTimeTriggers()).toBe(1); // a first run leaves a heartbeat
    const hourly = env.triggers.list().find((t) => t.type === 'CLOCK')!;
    env.triggers.disable(hourly.id);
    env.clock.advance(4 * HOUR_MS);
    expect(env.triggers.fireTimeTriggers()).toBe(0);
    // Opening the spreadsheet warns about it (a toast; the menu reads no data).
    env.triggers.fireOpen('LIMITED');
    expect(env.ui.toasts.map((t) => t.message)).toContain(ru.triggers.staleWarning(4));
    env.call('checkTriggers');
    expect(env.ui.alerts.at(-1)?.prompt).toContain(ru.triggers.stale);
    expect(triggerShape(env)).toEqual(THREE);
    expect(env.triggers.list().find((t) => t.type === 'CLOCK')?.id).not.toBe(hourly.id);
    expect(env.triggers.fireTimeTriggers()).toBe(1);
  });
});

describe('the daily quota: 25 letters, 10 recipients a day', () => {
  it('sends 10, 10 and 5 on three days, never twice; the outbox shows each state', () => {
    const env = deliveryEnvironment({ now: MONDAY, mailQuota: 10 });
    queueLetters(env, letters(25));
    expect(statusCounts(env)).toEqual({ [status.queued]: 25 });
    // Every row's status at each moment a letter is handed to MailApp.
    const snapshots: Array<Map<string, string>> = [];
    onServiceCall(env, (method) => {
      if (method === 'MailApp.sendEmail')
        snapshots.push(new Map(outbox(env).map((r) => [r.subject, r.status])));
    });

    const sentPerDay: number[] = [];
    for (let day = 0; day < 3; day++) {
      if (day > 0) env.mail.resetDay();
      const before = env.mail.sent.length;
      for (let hour = 0; hour < 6; hour++) dispatchAt(env, MONDAY, day * DAY_MS + hour * HOUR_MS);
      sentPerDay.push(env.mail.sent.length - before);
      const sent = Math.min(25, 10 * (day + 1));
      expect(statusCounts(env)).toEqual(
        sent < 25 ? { [status.sent]: sent, [status.queued]: 25 - sent } : { [status.sent]: 25 },
      );
    }
    expect(sentPerDay).toEqual([10, 10, 5]);
    // The letter being sent was «отправляется» then, and «отправлено» is what it shows now.
    expect(env.mail.sent.map((m, i) => snapshots[i]?.get(m.subject))).toEqual(
      Array(25).fill(status.sending),
    );
    expectNoDuplicates(env);
    expect(sendsBySubject(env).size).toBe(25);
    for (const row of outbox(env)) {
      expect(row.attempts).toBe(1);
      expect(row.sentAt).toBeInstanceOf(Date);
    }
  });
});

describe("the day's quota used to the last recipient: 40 a day, reserve 5", () => {
  it('class letters larger than a day are cut, every window is filled, the queue takes the days the menu said', () => {
    const env = deliveryEnvironment({ now: MONDAY, mailQuota: 40 }, { quota_reserve: 5 });
    const classes = Array.from({ length: 6 }, (_, c) => ({
      key: `class|${c + 1}`,
      subject: `Класс ${c + 1}`,
      to: ['school@school.test'],
      bcc: Array.from({ length: 45 }, (_, i) => `c${c + 1}.p${i + 1}@mail.test`),
    }));
    queueLetters(env, [...letters(20), ...classes, ...letters(10, 'После')]);
    env.call('showQuotaPlan');
    const dialog = String(env.ui.alerts.at(-1)?.prompt ?? '');
    expect(dialog).toContain(ru.quota.queue(36, 306));
    expect(dialog).toContain(ru.quota.forecast(35, 35, 10));

    for (let day = 0; day < 12; day++) dispatchAt(env, MONDAY, day * DAY_MS + MINUTE_MS);
    // Six days filled to the reserve, each cutting the next class letter (46 > 35) to what was
    // left; then the rests of 11 and 12 recipients and the last singles, as the planner said.
    expect(env.mail.windows.map((w) => w.used)).toEqual([35, 35, 35, 35, 35, 35, 34, 32, 24, 12]);
    expect(statusCounts(env)[status.queued] ?? 0).toBe(0);
    // Every family got its class letter once, in one of its parts.
    for (const c of classes) {
      const parts = env.mail.sent.filter((m) => m.subject === c.subject);
      const bcc = parts.flatMap((m) => m.bcc.split(','));
      expect(bcc.sort()).toEqual([...c.bcc].sort());
      for (const part of parts) expect(part.to).toBe('school@school.test');
    }
    expect(sendsBySubject(env).get('Письмо 1')).toBe(1);
    expect(sendsBySubject(env).get('После 10')).toBe(1);
  });
});

describe('an execution killed mid-delivery, replayed after its lease', () => {
  // Each kill point is the call right after a step of delivery, found by what the sheet shows.
  const rowsWith = (env: GasEnvironment, wanted: string): number =>
    outbox(env).filter((r) => r.status === wanted).length;
  const KILL_POINTS: Record<
    string,
    (env: GasEnvironment) => (method: string, calls: readonly string[]) => boolean
  > = {
    'after the claim': (env) => () => rowsWith(env, status.sending) > 0,
    'after the mark': (env) => () => rowsWith(env, status.sent) > 0,
  };

  /** Letters the dead run sent and rows it left «отправляется». */
  const DEAD_RUN: Record<string, [number, number]> = {
    'after the claim': [0, 10],
    'after the mark': [1, 9],
  };

  it.each(Object.keys(KILL_POINTS))(
    'killed %s: nothing is in doubt, all goes out once',
    (point) => {
      const env = deliveryEnvironment({ now: MONDAY });
      queueLetters(env, letters(12));
      const kill = killWhen(env, KILL_POINTS[point]!(env));
      expect(() => dispatch(env)).toThrow('Exceeded maximum execution time');
      kill.disarm();
      const stuck = outbox(env).filter((r) => r.status === status.sending);
      expect([env.mail.sent.length, stuck.length]).toEqual(DEAD_RUN[point]);
      // While the dead run's lease holds, a new run keeps off.
      dispatchAt(env, MONDAY, 6.5 * MINUTE_MS);
      expect(rowsWith(env, status.sending)).toBe(stuck.length);
      // After the lease the claimed letters simply go back to the queue and out.
      dispatchAt(env, MONDAY, 8 * MINUTE_MS);
      expect(statusCounts(env)).toEqual({ [status.sent]: 12 });
      expect(env.mail.sent).toHaveLength(12);
      expectNoDuplicates(env);
    },
  );

  it.each([1, 7, 30])(
    'killed right after send %i of 40: that letter alone is «неизвестно», the rest goes within two runs',
    (n) => {
      const env = deliveryEnvironment({ now: MONDAY });
      queueLetters(env, letters(40));
      let sends = 0;
      const kill = killWhen(env, (method, calls) => {
        if (method === 'MailApp.sendEmail') sends++;
        return calls.at(-2) === 'MailApp.sendEmail' && sends === n;
      });
      expect(() => dispatch(env)).toThrow('Exceeded maximum execution time');
      kill.disarm();
      expect(kill.killed()).toBe(true);
      const inFlight = env.mail.sent.at(-1)!.subject;
      expect(env.mail.sent).toHaveLength(n);

      // The next two hourly runs.
      dispatchAt(env, MONDAY, HOUR_MS);
      dispatchAt(env, MONDAY, 2 * HOUR_MS);
      const rows = outbox(env);
      const unknown = rows.filter((r) => r.status === status.unknown);
      expect(unknown.map((r) => r.subject)).toEqual([inFlight]);
      const alertSubject = ru.mail.unknownFateSubject(1);
      const alerts = env.mail.sent.filter((m) => m.subject === alertSubject);
      expect(alerts.map((m) => m.to)).toEqual([ADMIN]);
      expect(alerts[0]!.body).toContain(inFlight);
      expectNoDuplicates(env);
      expect(sendsBySubject(env).size).toBe(41);
      expect(statusCounts(env)).toEqual({ [status.sent]: 40, [status.unknown]: 1 });
      console.log(
        `killed after send ${n}: ${unknown.length} «неизвестно», ${rows.length - 2} others sent`,
      );

      // The admin's one click puts it back; it goes with the next run.
      env.call('resendUnknownMail');
      expect(env.ui.alerts.at(-1)?.prompt).toBe(ru.triggers.requeued(1));
      dispatchAt(env, MONDAY, 3 * HOUR_MS);
      expect(statusCounts(env)).toEqual({ [status.sent]: 41 });
    },
  );
});

describe('the document lock held by another execution', () => {
  it('the run sends nothing and changes nothing; after release the next run does the work', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    queueLetters(env, letters(3));
    const sheets = valuesOf(env);
    const properties = env.properties.document.getProperties();
    env.locks.holdByAnotherExecution('document');
    dispatch(env);
    expect(env.mail.sent).toEqual([]);
    expect(env.counters.byMethod['MailApp.sendEmail'] ?? 0).toBe(0);
    expect(valuesOf(env)).toEqual(sheets);
    expect(env.properties.document.getProperties()).toEqual(properties);
    env.locks.release('document');
    dispatchAt(env, MONDAY, HOUR_MS);
    expect(env.mail.sent.map((m) => m.subject)).toEqual(letters(3).map((l) => l.subject));
    expect(statusCounts(env)).toEqual({ [status.sent]: 3 });
  });
});

describe('600 letters on a slow spreadsheet', () => {
  // Figures for the report: runs needed and service calls per letter (see the console output).
  it.each([400, 600])(
    'at %i ms a service call: done over hourly runs, each once, no run over 6 minutes',
    (latency) => {
      // Setup runs once, on a normal day; the slow spreadsheet is the one the hourly runs meet.
      const env = deliveryEnvironment({ now: MONDAY, mailQuota: 1500 });
      env.setCallLatency(latency);
      queueLetters(env, letters(600));
      env.counters.reset();
      const durations: number[] = [];
      const sentPerRun: number[] = [];
      for (let run = 0; run < 24 && env.mail.sent.length < 600; run++) {
        env.clock.set(new Date(Date.parse(MONDAY) + run * HOUR_MS));
        const before = env.mail.sent.length;
        dispatch(env);
        durations.push(env.clock.nowMs() - Date.parse(MONDAY) - run * HOUR_MS);
        sentPerRun.push(env.mail.sent.length - before);
      }
      expect(env.mail.sent).toHaveLength(600);
      expectNoDuplicates(env);
      expect(statusCounts(env)).toEqual({ [status.sent]: 600 });
      expect(Math.max(...durations)).toBeLessThanOrEqual(6 * MINUTE_MS);
      // Consecutive hourly runs all send: none idles while letters wait.
      expect(sentPerRun.every((n) => n > 0)).toBe(true);
      expect(sentPerRun.length).toBeGreaterThan(1);
      const callsPerLetter = env.counters.calls / 600;
      expect(callsPerLetter).toBeLessThan(10);
      console.log(
        `latency ${latency} ms: ${sentPerRun.length} runs ${JSON.stringify(sentPerRun)}, ` +
          `longest ${(Math.max(...durations) / 1000).toFixed(0)} s, ` +
          `${callsPerLetter.toFixed(2)} service calls per letter`,
      );
    },
  );
});

describe('an idle run', () => {
  it('after a first full run makes at most 5 service calls and touches no sheet', () => {
    // 15:20 runs what is due by then (the agreement watch of 15:00, the not-agreed list of
    // 14:00); at 16:20 nothing is: the watch runs every other hour, publication is at 17:00.
    const env = deliveryEnvironment({ now: MONDAY });
    dispatchAt(env, MONDAY, 3 * HOUR_MS);
    env.counters.reset();
    dispatchAt(env, MONDAY, 4 * HOUR_MS);
    expect(env.counters.calls).toBeLessThanOrEqual(5);
    expect(Object.keys(env.counters.byMethod).filter((m) => /^(Range|Sheet)\./.test(m))).toEqual(
      [],
    );
    console.log(
      `idle run: ${env.counters.calls} service calls ${JSON.stringify(env.counters.byMethod)}`,
    );
  });
});

describe('mail modes', () => {
  it('preview: everything goes only to admin_emails, «[ПРОВЕРКА] », naming the recipients', () => {
    const env = deliveryEnvironment({ now: MONDAY }, { mail_mode: 'preview' });
    queueLetters(env, [
      { key: 'k1', subject: 'Расписание 5А', to: ['mama@mail.test'], cc: ['papa@mail.test'] },
      {
        key: 'k2',
        subject: 'Сводка',
        to: ['school@school.test'],
        bcc: ['a@mail.test', 'b@mail.test'],
      },
    ]);
    dispatch(env);
    expect(env.mail.sent.map((m) => [m.to, m.cc, m.bcc, m.subject])).toEqual([
      [ADMIN, '', '', '[ПРОВЕРКА] Расписание 5А'],
      [ADMIN, '', '', '[ПРОВЕРКА] Сводка'],
    ]);
    expect(env.mail.sent[0]!.body).toContain('mama@mail.test, papa@mail.test');
    expect(env.mail.sent[0]!.htmlBody).toContain('mama@mail.test, papa@mail.test');
    expect(env.mail.sent[1]!.body).toContain('school@school.test, a@mail.test, b@mail.test');
    expect(statusCounts(env)).toEqual({ [status.sent]: 2 });
  });

  it('off: rows are marked «пропущено» and nothing is sent', () => {
    const env = deliveryEnvironment({ now: MONDAY }, { mail_mode: 'off' });
    queueLetters(env, letters(4));
    dispatch(env);
    dispatchAt(env, MONDAY, HOUR_MS);
    expect(env.mail.sent).toEqual([]);
    expect(env.counters.byMethod['MailApp.sendEmail'] ?? 0).toBe(0);
    expect(statusCounts(env)).toEqual({ [status.skipped]: 4 });
  });
});

describe('a queued row changed by hand (the outbox seal)', () => {
  it('is not sent; the untouched letters go; the administrators are told which rows', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    queueLetters(env, letters(3));
    const grid = env.spreadsheet.sheetValues(ru.sheets.outbox.name);
    const header = grid[0]!;
    const col = (name: string | undefined): number => header.indexOf(name ?? '');
    // Someone with edit access points row 2 at another address and adds a row with row 3's seal.
    grid[1]![col(ru.sheets.outbox.columns.recipients)] = 'attacker@evil.test';
    const content = JSON.parse(String(grid[1]![col(ru.sheets.outbox.columns.content)]));
    grid[1]![col(ru.sheets.outbox.columns.content)] = JSON.stringify({
      ...content,
      to: ['attacker@evil.test'],
    });
    const added = [...grid[2]!];
    added[col(ru.sheets.outbox.columns.key)] = 'hand|1';
    added[col(ru.sheets.outbox.columns.recipients)] = 'victim@mail.test';
    env.spreadsheet.setSheetValues(ru.sheets.outbox.name, [...grid, added]);

    dispatch(env);
    dispatchAt(env, MONDAY, HOUR_MS);

    const to = env.mail.sent.map((m) => m.to);
    expect(to).not.toContain('attacker@evil.test');
    expect(to).not.toContain('victim@mail.test');
    expect(outbox(env).map((r) => [r.row, r.status, r.error === ru.trust.tamperedError])).toEqual([
      [2, status.error, true],
      [3, status.sent, false],
      [4, status.sent, false],
      [5, status.error, true],
      [6, status.sent, false],
    ]);
    const alert = env.mail.sent.find((m) => m.to === ADMIN);
    expect(alert?.subject).toBe(ru.trust.tamperedSubject(2));
    expect(alert?.body).toContain(`${ru.sheets.outbox.name}», строка 2`);
    expect(alert?.body).toContain(`${ru.sheets.outbox.name}», строка 5`);
  });
});

describe('someone besides the administrators can edit the administration workbook', () => {
  it('holds the letters to families; the administrators hear who; fixed sharing lets them go', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    env.spreadsheet.addEditor('uchitel@school.test');
    queueLetters(env, letters(2));
    dispatch(env);
    dispatchAt(env, MONDAY, HOUR_MS);
    expect(env.mail.sent.map((m) => m.to)).toEqual([ADMIN]);
    expect(env.mail.sent[0]!.subject).toBe(ru.trust.heldSubject(2));
    expect(env.mail.sent[0]!.body).toContain('uchitel@school.test');
    expect(statusCounts(env)).toEqual({ [status.queued]: 2, [status.sent]: 1 });
    env.spreadsheet.removeEditor('uchitel@school.test');
    dispatchAt(env, MONDAY, 2 * HOUR_MS);
    expect(statusCounts(env)).toEqual({ [status.sent]: 3 });
  });
});

describe('mail errors', () => {
  it('a daily-limit error is tried once: the letters stay queued until the quota returns', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    queueLetters(env, letters(5));
    env.mail.failNext(1, 'Service invoked too many times for one day: email.');
    dispatch(env);
    expect(env.counters.byMethod['MailApp.sendEmail']).toBe(1);
    expect(env.counters.byMethod['Utilities.sleep'] ?? 0).toBe(0);
    expect(outbox(env).map((r) => [r.status, r.attempts])).toEqual(
      Array(5).fill([status.queued, 0]),
    );
    expect(outbox(env)[0]!.error).toBe(ru.delivery.mailError({ kind: 'dailyLimit', detail: '' }));
    env.mail.resetDay();
    dispatchAt(env, MONDAY, DAY_MS);
    expect(statusCounts(env)).toEqual({ [status.sent]: 5 });
  });

  it('a transient error is retried with backoff, then sent once', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    queueLetters(env, letters(1));
    env.mail.failNext(
      2,
      'Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.',
    );
    const start = env.clock.nowMs();
    dispatch(env);
    expect(env.counters.byMethod['MailApp.sendEmail']).toBe(3);
    expect(env.counters.byMethod['Utilities.sleep']).toBe(2);
    expect(env.clock.nowMs() - start).toBeGreaterThanOrEqual(4000);
    expect(env.mail.sent.map((m) => m.subject)).toEqual(['Письмо 1']);
    expect(outbox(env).map((r) => [r.status, r.attempts, r.error])).toEqual([[status.sent, 1, '']]);
  });
});
