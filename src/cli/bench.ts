import { nodeHmac } from '../adapters/google/hmac';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '../adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../adapters/memory/services';
import { MemoryWorkbook } from '../adapters/memory/workbook';
import { intlZone } from '../adapters/memory/zone';
import { addDays, instantOf, type Zone } from '../domain/calendar';
import { demoSchoolWithHistory } from '../demo/history';
import { simulatedMinute } from '../jobs/cycle';
import { runScheduledJobs } from '../jobs/dispatcher';
import type { ScheduledJob } from '../jobs/scheduled-job';
import { SCHEDULED_JOBS } from '../jobs/table';
import { type Strings, stringsFor } from '../i18n';
import { sendWeeklySummaries } from '../jobs/family-summaries';
import type { Log } from '../ports/log';
import { silentLog } from '../ports/log';
import type { BenchOptions } from './args';
import { APPS_SCRIPT_COSTS, appsScriptMs } from './bench-costs';
import { cellsReadChart } from './bench-chart';
import { emptyTally, Meter, type Tally } from './bench-meter';

/**
 * `distant bench` (`npm run bench`): generated schools of 250, 1,000 and 2,000 pupils with 1, 2, 4
 * and 12 weeks of schedule and journal, each through the same Friday-to-Saturday cycle of hourly
 * dispatcher runs. For every job: service calls, cells read and written, letters and recipients,
 * Node time and the estimated Apps Script time (cli/bench-costs). Prints a table and writes
 * bench/results.json and bench/cells-read.svg.
 */

/** The Friday of the cycle: a school week of the demo. */
const FRIDAY = '2026-11-27';
/** Workspace's daily recipients (MailApp), the quota a 2,000-pupil school runs under. */
const DAILY_QUOTA = 1500;
const SIZES = [250, 1000, 2000] as const;
const HISTORIES = [1, 2, 4, 12] as const;
/** The cycle's last hour at the latest: Monday 23:00. */
const MAX_HOURS = 96;
/**
 * Node's time in a job: this process's CPU time (user and system), not the wall clock, so that a
 * busy machine (tests beside it) does not pass for work the jobs did.
 */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One job's figures in one cycle. */
export interface JobFigures extends Omit<Tally, 'calls'> {
  readonly job: string;
  readonly calls: number;
  readonly callsByKind: Tally['calls'];
  readonly appsScriptMs: number;
}

/** One school through one cycle. */
export interface CycleFigures {
  readonly pupils: number;
  readonly weeks: number;
  readonly rows: { readonly journal: number; readonly schedule: number };
  /** Cells of the journal's and the schedule's date columns (what locating the week could cost at most). */
  readonly dateColumnCells: number;
  readonly jobs: readonly JobFigures[];
  readonly total: JobFigures;
  readonly runs: number;
  readonly runsSending: number;
  /** The longest run by the estimate (Apps Script stops a run at 6 minutes). */
  readonly longestRunMs: number;
  /** Trigger time: every run's estimated duration added up. */
  readonly triggerMs: number;
  /** The sending itself: letters × the cost of one MailApp.sendEmail. */
  readonly sendingMs: number;
  readonly generateMs: number;
}

/** A section another capability adds to the results (idle runs, housekeeping, …). */
export interface BenchSection {
  readonly id: string;
  run(log: Log): unknown;
}

/** Sections of other capabilities; each adds `sections[id]` to bench/results.json. */
export const BENCH_SECTIONS: BenchSection[] = [];

function shape(pupils: number): { classesPerGrade: number; pupilsPerClass: number } {
  const classesPerGrade = Math.min(6, Math.max(2, Math.ceil(pupils / (9 * 40))));
  const pupilsPerClass = Math.min(40, Math.max(1, Math.round(pupils / (9 * classesPerGrade))));
  return { classesPerGrade, pupilsPerClass };
}

function figures(job: string, t: Tally): JobFigures {
  return {
    job,
    ...t,
    callsByKind: t.calls,
    calls: Object.values(t.calls).reduce((a, b) => a + b, 0),
    appsScriptMs: Math.round(
      appsScriptMs({
        calls: t.calls,
        cells: t.cellsRead + t.cellsWritten,
        sends: t.sends,
        nodeMs: t.nodeMs,
      }),
    ),
  };
}

/** Runs the weekly letters of the week before FRIDAY's on `memory`, keeping only what they record of marks. */
function lastWeeksLetters(
  memory: MemoryWorkbook,
  zone: Zone,
  clock: FixedClock,
  strings: Strings,
): void {
  const kept = [strings.sheets.outbox.name, strings.sheets.informed.name].map((name) => ({
    name,
    grid: memory.peek(name).map((row) => [...row]),
  }));
  const at = clock.now();
  clock.beginRun(instantOf(zone, addDays(FRIDAY, -6), 10 * 60));
  sendWeeklySummaries({
    workbook: memory,
    clock,
    log: silentLog,
    mailer: new MemoryMailer(DAILY_QUOTA),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  });
  clock.beginRun(at);
  for (const { name, grid } of kept) memory.replaceBody(name, grid.slice(1));
}

/** Runs one school through the cycle: hourly runs from Friday 00:00 until its letters are out. */
export function benchCycle(pupils: number, weeks: number, zone: Zone): CycleFigures {
  const started = performance.now();
  const sheets = demoSchoolWithHistory({ weekOf: FRIDAY, zone, weeks, ...shape(pupils) });
  const generateMs = performance.now() - started;
  const ru = stringsFor('ru');
  const journal = sheets[ru.sheets.journal.name] ?? [];
  const schedule = sheets[ru.sheets.schedule.name] ?? [];
  const memory = new MemoryWorkbook(sheets);
  const clock = new FixedClock(instantOf(zone, addDays(FRIDAY, -1), 22 * 60 + 10));
  const meter = new Meter(clock, memory);
  const mailer = new MemoryMailer(DAILY_QUOTA);
  const ctx = {
    workbook: meter.workbook(),
    clock,
    log: silentLog,
    mailer: meter.mailer(mailer),
    lock: meter.lock(new MemoryLock()),
    hmac: nodeHmac,
    store: meter.store(new MemoryStore()),
  };
  const jobs: ScheduledJob[] = SCHEDULED_JOBS.map((job) => ({
    ...job,
    run: (runCtx) => {
      meter.label = job.id;
      const t = cpuMs();
      try {
        return job.run(runCtx);
      } finally {
        meter.tally().nodeMs += cpuMs() - t;
        meter.tally().runs++;
        meter.label = 'dispatcher';
      }
    },
  }));
  let day = zone.parts(clock.now()).date;
  const run = (at: Date): { ms: number; sent: number; remaining: number } => {
    clock.beginRun(at);
    meter.newRun();
    const today = zone.parts(at).date;
    if (today !== day) mailer.newDay();
    day = today;
    const before = meter.tally('dispatcher').nodeMs;
    const jobMs = [...meter.tallies.entries()]
      .filter(([k]) => k !== 'dispatcher')
      .reduce((s, [, t]) => s + t.nodeMs, 0);
    const t = cpuMs();
    const report = runScheduledJobs(ctx, { jobs });
    const nodeMs = cpuMs() - t;
    const jobMsAfter = [...meter.tallies.entries()]
      .filter(([k]) => k !== 'dispatcher')
      .reduce((s, [, x]) => s + x.nodeMs, 0);
    meter.tally('dispatcher').nodeMs = before + Math.max(0, nodeMs - (jobMsAfter - jobMs));
    meter.tally('dispatcher').runs++;
    return {
      ms: clock.elapsedMs() + nodeMs,
      sent: report.delivery?.sent ?? 0,
      remaining: report.delivery?.remaining ?? 0,
    };
  };

  // Last week's letters as the school had them: they left «Оценки четверти» for this week's
  // (jobs/shared/term-marks-sheet); the letters themselves went last week, so the outbox and the
  // informed record are put back as they were.
  lastWeeksLetters(memory, zone, clock, ru);
  // The run before the cycle settles the week as the hourly trigger would have left it.
  run(clock.now());
  meter.tallies.clear();
  const start = instantOf(zone, FRIDAY, 0).getTime();
  let triggerMs = 0;
  let longestRunMs = 0;
  let runsSending = 0;
  let runs = 0;
  // Friday and Saturday, then on until the week's letters are all out (the daily quota may carry
  // them into Sunday and Monday), at most four days.
  let waiting = 0;
  for (let hour = 0; hour < 48 || (waiting > 0 && hour < MAX_HOURS); hour++) {
    const result = run(new Date(start + hour * 3_600_000 + simulatedMinute(hour) * 60_000));
    waiting = result.remaining;
    runs++;
    triggerMs += result.ms;
    longestRunMs = Math.max(longestRunMs, result.ms);
    if (result.sent > 0) runsSending++;
  }
  const jobsFigures = [...meter.tallies.entries()]
    .map(([job, t]) => figures(job, t))
    .sort((a, b) => b.cellsRead - a.cellsRead);
  const sum = emptyTally();
  for (const t of meter.tallies.values()) {
    for (const k of ['cellsRead', 'cellsWritten', 'sends', 'recipients', 'nodeMs'] as const)
      sum[k] += t[k];
    for (const k of Object.keys(sum.calls) as (keyof Tally['calls'])[]) sum.calls[k] += t.calls[k];
  }
  sum.runs = runs;
  const total = figures('total', sum);
  return {
    pupils,
    weeks,
    rows: { journal: journal.length - 1, schedule: schedule.length - 1 },
    dateColumnCells: journal.length - 1 + schedule.length - 1,
    jobs: jobsFigures,
    total,
    runs,
    runsSending,
    longestRunMs: Math.round(longestRunMs),
    triggerMs: Math.round(triggerMs),
    sendingMs: total.sends * APPS_SCRIPT_COSTS.send.ms,
    generateMs: Math.round(generateMs),
  };
}

/** The acceptance figures of issue 12, worked out from the cycles. */
export function acceptance(cycles: readonly CycleFigures[]) {
  const of = (pupils: number, weeks: number) =>
    cycles.find((c) => c.pupils === pupils && c.weeks === weeks);
  const pupilsList = [...new Set(cycles.map((c) => c.pupils))];
  const historyFlat = pupilsList.map((pupils) => {
    const two = of(pupils, 2)?.total.cellsRead ?? NaN;
    const twelve = of(pupils, 12)?.total.cellsRead ?? NaN;
    const ratio = twelve / two;
    return {
      pupils,
      cells2weeks: two,
      cells12weeks: twelve,
      ratio,
      ok: Math.abs(ratio - 1) <= 0.1,
    };
  });
  // «The week's data»: what the cycle reads when the sheets hold this week alone; «the date
  // column»: the journal's and the schedule's date columns at that history, read once.
  const weekData = cycles
    .filter((c) => c.weeks > 1)
    .map((c) => {
      const week = of(c.pupils, 1)?.total.cellsRead ?? NaN;
      const bound = 1.5 * (week + c.dateColumnCells);
      return {
        pupils: c.pupils,
        weeks: c.weeks,
        cellsRead: c.total.cellsRead,
        weekDataCells: week,
        dateColumnCells: c.dateColumnCells,
        bound,
        ok: c.total.cellsRead <= bound,
      };
    });
  const big = cycles.filter((c) => c.pupils === Math.max(...pupilsList));
  const triggerVsSending = big.map((c) => ({
    pupils: c.pupils,
    weeks: c.weeks,
    triggerMs: c.triggerMs,
    sendingMs: c.sendingMs,
    ratio: c.triggerMs / c.sendingMs,
    ok: c.triggerMs <= 1.2 * c.sendingMs,
  }));
  return { historyFlat, weekData, triggerVsSending };
}

const n = (v: number): string => Math.round(v).toLocaleString('en-US');

/** Prints one cycle as a table. */
function printCycle(c: CycleFigures, log: Log): void {
  log.info(
    `\n${c.pupils} pupils, ${c.weeks} wk of history (journal ${n(c.rows.journal)} rows, schedule ${n(c.rows.schedule)}): ` +
      `${c.runs} runs, ${c.runsSending} sending; trigger ${(c.triggerMs / 1000).toFixed(0)} s, sending ${(c.sendingMs / 1000).toFixed(0)} s ` +
      `(×${(c.triggerMs / Math.max(1, c.sendingMs)).toFixed(2)}), longest run ${(c.longestRunMs / 1000).toFixed(0)} s`,
  );
  log.info(
    `  ${'job'.padEnd(18)} ${'runs'.padStart(5)} ${'calls'.padStart(7)} ${'cells read'.padStart(11)} ${'written'.padStart(9)} ` +
      `${'letters'.padStart(8)} ${'recip.'.padStart(7)} ${'Node ms'.padStart(8)} ${'GAS s'.padStart(7)}`,
  );
  for (const j of [...c.jobs, c.total])
    log.info(
      `  ${j.job.padEnd(18)} ${String(j.runs).padStart(5)} ${n(j.calls).padStart(7)} ${n(j.cellsRead).padStart(11)} ` +
        `${n(j.cellsWritten).padStart(9)} ${n(j.sends).padStart(8)} ${n(j.recipients).padStart(7)} ` +
        `${n(j.nodeMs).padStart(8)} ${(j.appsScriptMs / 1000).toFixed(1).padStart(7)}`,
    );
}

/** `distant bench`: every size and history, or one size with `--pupils`. */
export function runBench(options: BenchOptions, log: Log, out = 'bench'): void {
  const zone = intlZone('Europe/Moscow');
  const sizes = options.pupils === undefined ? SIZES : [options.pupils];
  const cycles: CycleFigures[] = [];
  log.info(
    'Costs of the Apps Script estimate:\n' +
      Object.entries(APPS_SCRIPT_COSTS)
        .map(([k, c]) => `  ${k}: ${c.ms} ms — ${c.source}`)
        .join('\n'),
  );
  for (const pupils of sizes)
    for (const weeks of HISTORIES) {
      const cycle = benchCycle(pupils, weeks, zone);
      cycles.push(cycle);
      printCycle(cycle, log);
    }
  const checks = acceptance(cycles);
  log.info('\nAcceptance (issue 12):');
  for (const h of checks.historyFlat)
    log.info(
      `  ${h.pupils} pupils: cells read 2 → 12 weeks ${n(h.cells2weeks)} → ${n(h.cells12weeks)} (×${h.ratio.toFixed(3)}) ${h.ok ? 'ok' : 'OVER 10%'}`,
    );
  for (const w of checks.weekData)
    log.info(
      `  ${w.pupils} pupils, ${w.weeks} wk: ${n(w.cellsRead)} ≤ 1.5 × (${n(w.weekDataCells)} + ${n(w.dateColumnCells)}) = ${n(w.bound)} ${w.ok ? 'ok' : 'OVER'}`,
    );
  for (const t of checks.triggerVsSending)
    log.info(
      `  ${t.pupils} pupils, ${t.weeks} wk: trigger ${(t.triggerMs / 1000).toFixed(0)} s / sending ${(t.sendingMs / 1000).toFixed(0)} s = ×${t.ratio.toFixed(3)} ${t.ok ? 'ok' : 'OVER 1.2'}`,
    );
  const sections: Record<string, unknown> = {};
  for (const section of BENCH_SECTIONS) sections[section.id] = section.run(log);
  mkdirSync(out, { recursive: true });
  const results = {
    generatedAt: new Date().toISOString(),
    cycle: `hourly dispatcher runs from ${FRIDAY} 00:00 to ${addDays(FRIDAY, 1)} 23:00 (Europe/Moscow), and on until the outbox is empty (at most ${addDays(FRIDAY, 3)} 23:00), after one settling run the evening before; MailApp quota ${DAILY_QUOTA} recipients a day`,
    costs: APPS_SCRIPT_COSTS,
    cycles,
    acceptance: checks,
    sections,
  };
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(
    join(out, 'cells-read.svg'),
    cellsReadChart(
      cycles.map((c) => ({ pupils: c.pupils, weeks: c.weeks, cellsRead: c.total.cellsRead })),
    ),
  );
  log.info(`\nWrote ${out}/results.json and ${out}/cells-read.svg`);
}
