/**
 * The same job tests on the in-memory workbook and on the Google adapters against the fake
 * Google API server (test/fakes/google-api-server): one body per test, parametrised by adapter.
 * The weekly cycle must come out the same on both — the same letters, the same outbox.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryMailer } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { type Grid, isDateValue } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { messyWorkbook, MESSY_EXPECTED } from '../../src/demo/messy';
import { checkData } from '../../src/jobs/check-data';
import { CYCLE_STEPS, type CycleContext } from '../../src/jobs/cycle';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { publishNextDay } from '../../src/jobs/publish-schedule';
import { deliver } from '../../src/jobs/shared/delivery';
import { loadSchool } from '../../src/jobs/shared/school';
import type { MailEnvelope, Mailer } from '../../src/ports/mailer';
import type { Workbook } from '../../src/ports/workbook';
import { FakeGoogle, googleSide } from '../support/google';
import { jobPorts } from '../support/memory';

jest.setTimeout(180_000);

const zone = intlZone('Europe/Moscow');
const FRIDAY = '2026-11-27';
const SCHOOL = 'school-sheet';

/** One adapter under test: a workbook holding `grids`, a mailer, and how to look at the result. */
interface Adapter {
  readonly name: string;
  open(grids: Record<string, Grid>): Promise<{ workbook: Workbook; mailer: Mailer }>;
  sheet(name: string): Promise<Grid>;
  /** The workbook as the next run opens it (over the API: what the formats say is a date). */
  reopen(): Workbook;
}

const memory = (id = 'memory-sheet'): Adapter => {
  let book: MemoryWorkbook | undefined;
  return {
    name: 'memory',
    open: (grids) => {
      book = new MemoryWorkbook(grids, 'Europe/Moscow', id);
      return Promise.resolve({ workbook: book, mailer: new MemoryMailer(1500) });
    },
    sheet: (name) => Promise.resolve(book!.peek(name)),
    reopen: () => book!,
  };
};

const fake = new FakeGoogle();
let counter = 0;
const google = (id = `${SCHOOL}-${++counter}`): Adapter => {
  return {
    name: 'google',
    open: async (grids) => {
      await fake.addSpreadsheet(id, grids);
      const side = googleSide(fake.rootUrl, id);
      return { workbook: side.workbook, mailer: side.mailer };
    },
    sheet: (name) => fake.grid(id, name),
    reopen: () => googleSide(fake.rootUrl, id).workbook,
  };
};

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

/** Records every letter a mailer is given (the Google one still sends it to the fake Gmail). */
function recording(inner: Mailer): { mailer: Mailer; sent: MailEnvelope[] } {
  const sent: MailEnvelope[] = [];
  return {
    sent,
    mailer: {
      remainingQuota: () => inner.remainingQuota(),
      send: (mail) => {
        inner.send(mail);
        sent.push(mail);
      },
    },
  };
}

const smallSchool = (): Record<string, Grid> =>
  demoSchool({ weekOf: FRIDAY, zone, classesPerGrade: 1, pupilsPerClass: 4 });

/** The outbox as subject, status and recipients, in sheet order. */
async function outbox(adapter: Adapter): Promise<string[]> {
  const [header = [], ...rows] = await adapter.sheet(ru.sheets.outbox.name);
  const at = (key: keyof typeof ru.sheets.outbox.columns) =>
    header.indexOf(ru.sheets.outbox.columns[key] ?? '');
  return rows.map(
    (r) =>
      `${String(r[at('subject')])} | ${String(r[at('status')])} | ${String(r[at('recipients')])}`,
  );
}

type Outcome = { letters: string[]; outbox: string[]; stamped: number };

/** The weekly cycle of the runner: Monday 00:00 to Friday 16:00, hour by hour. */
async function weeklyCycle(adapter: Adapter): Promise<Outcome> {
  const { workbook, mailer: inner } = await adapter.open(smallSchool());
  const { mailer, sent } = recording(inner);
  const now = instantOf(zone, FRIDAY, 16 * 60);
  const clock = new FixedClock(now);
  const ctx: CycleContext = {
    ...jobPorts(workbook, clock, mailer),
    now,
    beginRun: (at) => clock.beginRun(at),
  };
  for (const step of CYCLE_STEPS) step.run(ctx);
  const schedule = await adapter.sheet(ru.sheets.schedule.name);
  const published = schedule[0]!.indexOf(ru.sheets.schedule.columns.published ?? '');
  return {
    letters: sent.map((m) => `${m.subject} → ${[...m.to, ...m.cc, ...m.bcc].join(',')}\n${m.text}`),
    outbox: await outbox(adapter),
    stamped: schedule.slice(1).filter((r) => isDateValue(r[published])).length,
  };
}

describe.each([
  ['memory', memory],
  ['google', google],
])('on the %s adapter', (_name, make) => {
  it('publication sends the next school day to each class and stamps the rows', async () => {
    const adapter = make();
    const { workbook, mailer: inner } = await adapter.open(smallSchool());
    const { mailer, sent } = recording(inner);
    const clock = new FixedClock(instantOf(zone, FRIDAY, 17 * 60 + 30));
    const ctx = jobPorts(workbook, clock, mailer);
    const outcome = publishNextDay(ctx);
    expect(outcome.messages).toBeGreaterThan(0);
    const school = loadSchool(workbook, clock, []);
    const report = deliver(ctx, {
      settings: school.settings,
      strings: school.strings,
      budgetMs: 1e9,
    });
    expect(report.sent).toBe(outcome.messages);
    expect(sent.every((m) => m.subject.length > 0)).toBe(true);
    expect((await outbox(adapter)).every((row) => row.includes(ru.labels.outboxStatus.sent))).toBe(
      true,
    );
    // A second run sends nothing new: the outbox key and the stamps hold.
    expect(publishNextDay(ctx).messages).toBe(0);
  });

  it('a text that looks like a formula stays text', async () => {
    const adapter = make();
    const { workbook } = await adapter.open(smallSchool());
    workbook.createSheet('Проба');
    workbook.write('Проба', 1, [['=IMPORTXML("http://x")', '+7 900', 5, true]]);
    expect((await adapter.sheet('Проба'))[0]).toEqual([
      '=IMPORTXML("http://x")',
      '+7 900',
      5,
      true,
    ]);
  });
});

/** The ports of a job on `workbook` at `at`, letters recorded. */
function jobContext(workbook: Workbook, inner: Mailer, at: Date) {
  const { mailer, sent } = recording(inner);
  return { sent, ctx: jobPorts(workbook, new FixedClock(at), mailer) };
}

/** One job on both adapters from the same grids: what each left in `sheets` and what it sent. */
async function onBoth(
  grids: () => Record<string, Grid>,
  sheets: readonly string[] | ((names: readonly string[]) => string[]),
  job: (ctx: ReturnType<typeof jobContext>['ctx']) => void,
): Promise<Array<{ sheets: Grid[]; sent: MailEnvelope[] }>> {
  const results = [];
  for (const adapter of [memory('both'), google('both')]) {
    const { workbook, mailer } = await adapter.open(grids());
    const { ctx, sent } = jobContext(workbook, mailer, instantOf(zone, '2026-11-28', 9 * 60));
    job(ctx);
    const names = typeof sheets === 'function' ? sheets(workbook.sheetNames()) : sheets;
    // Read back as the next run would: over the API a date is a serial number, and only the
    // date format written with it makes it a date again.
    const next = adapter.reopen();
    results.push({ sheets: names.map((n) => next.read(n) ?? []), sent });
  }
  return results;
}

describe('the same job on both adapters leaves the same sheets', () => {
  it('setup of an empty workbook: every sheet and header, and a second run changes nothing', async () => {
    const names = [ru.sheets.settings.name, ru.sheets.pupils.name, ru.sheets.outbox.name];
    const [inMemory, overApi] = await onBoth(
      () => ({}),
      names,
      (ctx) => {
        setupWorkbook(ctx, { callerEmail: 'director@school.test' });
        const again = setupWorkbook(ctx, { callerEmail: 'director@school.test' });
        expect(again.details).toEqual([]);
      },
    );
    expect(overApi!.sheets).toEqual(inMemory!.sheets);
    expect(inMemory!.sheets[0]!.length).toBeGreaterThan(5);
  });

  it('checkData on a messy workbook: the same located problems', async () => {
    const [inMemory, overApi] = await onBoth(
      () => messyWorkbook(zone),
      [ru.sheets.problems.name],
      (ctx) => {
        checkData(ctx);
      },
    );
    const problems = overApi!.sheets[0]!;
    expect(problems).toEqual(inMemory!.sheets[0]);
    // Every expected problem of the messy workbook is there, with its sheet and row.
    const text = problems.map((r) => r.join('|')).join('\n');
    for (const p of MESSY_EXPECTED) expect(text).toContain(`${p.sheet}|${p.row}`);
  });

  it('Saturday: the family letters and the report, the same letters and the same report sheet', async () => {
    const [inMemory, overApi] = await onBoth(
      smallSchool,
      (names) => [
        ru.sheets.outbox.name,
        ...names.filter((n) => n.startsWith(ru.report.sheetName(''))),
      ],
      (ctx) => {
        sendWeeklySummaries(ctx);
        buildWeeklyReport(ctx);
        const school = loadSchool(ctx.workbook, ctx.clock, []);
        deliver(ctx, { settings: school.settings, strings: school.strings, budgetMs: 1e9 });
      },
    );
    expect(inMemory!.sent.length).toBeGreaterThan(5);
    expect(overApi!.sent.map((m) => [m.subject, m.to, m.bcc, m.text])).toEqual(
      inMemory!.sent.map((m) => [m.subject, m.to, m.bcc, m.text]),
    );
    expect(overApi!.sheets[1]).toEqual(inMemory!.sheets[1]);
    expect(inMemory!.sheets[1]!.length).toBeGreaterThan(10);
  });
});

describe('the weekly cycle', () => {
  it('comes out the same on the Google adapters as in memory', async () => {
    // The same file id on both: letters link to the workbook.
    const inMemory = await weeklyCycle(memory('weekly'));
    const overApi = await weeklyCycle(google('weekly'));
    // Schedules, reminders, the admins' lists: the weekly letters leave on Saturday morning.
    expect(inMemory.letters.length).toBeGreaterThan(5);
    expect(overApi.letters).toEqual(inMemory.letters);
    expect(overApi.outbox).toEqual(inMemory.outbox);
    expect(overApi.stamped).toBe(inMemory.stamped);
  });
});
