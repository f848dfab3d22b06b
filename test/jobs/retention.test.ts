/**
 * Retention (issue 13) on the in-memory adapters: letters done and older than `archive_weeks` lose
 * their words but keep key, status and dates; survey comments go after `survey_text_weeks`, the
 * scores stay; an old report keeps its figures and loses the pupils' names; a night with nothing
 * due reads no sheet.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { cellText, type Grid } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { archiveJob } from '../../src/jobs/archive';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { RETENTION_PROPERTY, runRetention } from '../../src/jobs/retention';
import { deliver } from '../../src/jobs/shared/delivery';
import { enqueue } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { ru } from '../../src/i18n/ru';
import { silentLog } from '../../src/ports/log';
import { deliverNow, memorySchool, outgoing } from '../support/memory';
import { moscow, zone } from '../support/privacy';

const WEEK = 7 * 86_400_000;
const O = ru.sheets.outbox;
const Q = ru.forms.questions;

const run = (ctx: Parameters<typeof runRetention>[0]) => {
  const school = loadSchool(ctx.workbook, ctx.clock, []);
  return runRetention(ctx, school.settings, school.strings);
};

describe('retention of the outbox', () => {
  const start = new Date('2026-09-01T09:00:00Z');
  const school = memorySchool({ now: start, settings: { archive_weeks: 8 } });
  const { ctx, clock, workbook } = school;
  const send = (): void => void deliverNow(ctx);
  enqueue(ctx, ru, outgoing(3, 'Старое'));
  send();
  clock.beginRun(new Date(start.getTime() + 3 * WEEK));
  enqueue(ctx, ru, outgoing(2, 'Новое'));
  send();
  const before = workbook.peek(O.name);
  clock.beginRun(new Date(start.getTime() + 9 * WEEK));
  const report = run(ctx);
  const after = workbook.peek(O.name);
  const col = (key: string): number => before[0]!.indexOf(O.columns[key]!);

  it('clears the words of the letters done and older than archive_weeks', () => {
    expect(report.letters).toBe(3);
    for (const r of [1, 2, 3])
      for (const key of ['recipients', 'subject', 'error', 'content'])
        expect([r, key, after[r]![col(key)]]).toEqual([r, key, '']);
  });

  it('keeps key, job, status, attempts and dates, and the young letters as they were', () => {
    for (const r of [1, 2, 3])
      for (const key of ['key', 'job', 'created', 'status', 'attempts', 'sentAt'])
        expect([r, key, after[r]![col(key)]]).toEqual([r, key, before[r]![col(key)]]);
    expect(after.slice(4)).toEqual(before.slice(4));
    expect(cellText(after[1]![col('status')])).toBe(ru.labels.outboxStatus.sent);
  });

  it('reads no sheet on a night when nothing can be due', () => {
    // The oldest letter still holding words was created at +3 weeks: due after +11 weeks.
    clock.beginRun(new Date(start.getTime() + 10 * WEEK));
    Object.assign(workbook.counters, { reads: 0, writes: 0 });
    const reads = school.store.reads;
    expect(run(ctx)).toEqual({ letters: 0, answers: 0, reports: 0 });
    // The settings the helper loads; retention itself reads its property only.
    expect(workbook.counters).toMatchObject({ reads: 1, writes: 0 });
    expect(school.store.reads - reads).toBe(1);
    expect(school.store.get(RETENTION_PROPERTY)).not.toMatch(/@|Письмо|Старое/);
    clock.beginRun(new Date(start.getTime() + 12 * WEEK));
    expect(run(ctx).letters).toBe(2);
  });

  it('never clears a letter still waiting, however old', () => {
    const old = memorySchool({ now: start, settings: { archive_weeks: 1, mail_mode: 'live' } });
    enqueue(old.ctx, ru, outgoing(1, 'Ждёт'));
    old.clock.beginRun(new Date(start.getTime() + 5 * WEEK));
    const grid = old.workbook.peek(O.name);
    expect(run(old.ctx).letters).toBe(0);
    expect(old.workbook.peek(O.name)).toEqual(grid);
  });
});

describe('retention of survey comments', () => {
  const now = moscow('2026-11-28', '03:10');
  const header = [
    'Отметка времени',
    'Адрес электронной почты',
    Q.pupilId,
    Q.organisation,
    Q.comment,
  ];
  const survey: Grid = [
    header,
    [new Date(now.getTime() - 10 * WEEK), 'a@home.test', 'P1', 4, 'Учитель Иванова не отвечает'],
    [new Date(now.getTime() - 9 * WEEK), 'b@home.test', 'P2', 2, ''],
    [new Date(now.getTime() - 2 * WEEK), 'c@home.test', 'P3', 5, 'Спасибо'],
  ];
  const workbook = new MemoryWorkbook({
    Настройки: [
      ['Ключ', 'Значение'],
      ['survey_text_weeks', '8'],
    ],
    'Опрос родителей': survey,
    'Опрос учащихся (2)': [
      [...header],
      [new Date(now.getTime() - 20 * WEEK), '', 'P1', 3, 'скучно'],
    ],
  });
  const ctx = {
    workbook,
    clock: new FixedClock(now),
    lock: new MemoryLock(),
    store: new MemoryStore(),
  };
  const report = run(ctx);

  it('empties the comments older than survey_text_weeks and keeps the scores', () => {
    expect(report.answers).toBe(2);
    expect(workbook.peek('Опрос родителей').map((r) => r[4])).toEqual([
      Q.comment,
      '',
      '',
      'Спасибо',
    ]);
    expect(workbook.peek('Опрос родителей').map((r) => r[3])).toEqual([Q.organisation, 4, 2, 5]);
    // A survey sheet linked again («(2)») is a survey sheet too.
    expect(workbook.peek('Опрос учащихся (2)')[1]!.slice(2)).toEqual(['P1', 3, '']);
  });

  it('comes back when the kept comment is due, not before', () => {
    Object.assign(workbook.counters, { reads: 0, writes: 0 });
    ctx.clock.beginRun(new Date(now.getTime() + 5 * WEEK));
    expect(run(ctx).answers).toBe(0);
    expect(workbook.counters.reads).toBe(1); // the settings only
    ctx.clock.beginRun(new Date(now.getTime() + 7 * WEEK));
    expect(run(ctx).answers).toBe(1);
  });
});

describe('retention of report sheets', () => {
  const now = moscow('2026-11-28', '10:00');
  const workbook = new MemoryWorkbook(demoSchool({ weekOf: '2026-11-27', zone }));
  const clock = new FixedClock(now);
  const ctx = {
    workbook,
    clock,
    log: silentLog,
    mailer: new MemoryMailer(),
    lock: new MemoryLock(),
    store: new MemoryStore(),
    hmac: nodeHmac,
  };
  buildWeeklyReport(ctx);
  const name = 'Отчёт 2026-W48';
  const before = workbook.peek(name);
  const pupils = loadSchool(workbook, clock, ['pupils']).pupils.map((p) => p.value);
  const named = (grid: Grid): number =>
    grid.flat().filter((c) => pupils.some((p) => cellText(c).includes(p.name))).length;

  it('names pupils in the report of the week', () => {
    expect(named(before)).toBeGreaterThan(5);
  });

  it('keeps the names for four weeks', () => {
    clock.beginRun(new Date(now.getTime() + 4 * WEEK));
    expect(run(ctx).reports).toBe(0);
    expect(workbook.peek(name)).toEqual(before);
  });

  it('then keeps the figures and the IDs, and no name', () => {
    clock.beginRun(new Date(now.getTime() + 5 * WEEK));
    expect(run(ctx).reports).toBe(1);
    const after = workbook.peek(name);
    expect(named(after)).toBe(0);
    expect(after).toHaveLength(before.length);
    // Every number stays where it was.
    after.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof before[r]?.[c] === 'number') expect(cell).toBe(before[r][c]);
      }),
    );
    const ids = before.flat().filter((c) => pupils.some((p) => cellText(c) === p.id));
    const kept = new Set(after.flat());
    expect(ids.filter((id) => !kept.has(id))).toEqual([]);
    // Once done, not again.
    clock.beginRun(new Date(now.getTime() + 6 * WEEK));
    Object.assign(workbook.counters, { reads: 0, writes: 0 });
    expect(run(ctx).reports).toBe(0);
  });
});

describe('the nightly archive job', () => {
  it('clears before it archives; on an empty night retention reads its property only', () => {
    const start = new Date('2026-09-01T09:00:00Z');
    const school = memorySchool({ now: start });
    enqueue(school.ctx, ru, outgoing(2));
    const s = loadSchool(school.workbook, school.clock, []);
    deliver(school.ctx, { settings: s.settings, strings: s.strings, budgetMs: 1e9 });
    const night = (at: Date) => {
      school.clock.beginRun(at);
      Object.assign(school.workbook.counters, { reads: 0, writes: 0 });
      return runScheduledJobs(school.ctx, { jobs: [archiveJob] });
    };
    const first = night(moscow('2026-11-10', '03:20'));
    expect(first.jobs[0]?.details).toEqual([ru.privacy.retained(2, 0, 0)]);
    const reads = school.store.reads;
    const empty = night(moscow('2026-11-11', '03:20'));
    expect(empty.jobs.map((j) => j.job)).toEqual(['archive']);
    expect(empty.jobs[0]?.details).toEqual([]);
    // The settings and the outbox once (for the archive or the delivery pass): retention itself
    // reads no sheet, only its property.
    expect(school.workbook.counters.reads).toBe(2);
    console.log(
      `empty housekeeping night: ${school.workbook.counters.reads} sheet reads, ${school.store.reads - reads} property reads`,
    );
  });
});
