import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '../adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../adapters/memory/services';
import { MemoryWorkbook } from '../adapters/memory/workbook';
import { intlZone } from '../adapters/memory/zone';
import { instantOf } from '../domain/calendar';
import { demoSchool } from '../demo';
import { checkData } from '../jobs/check-data';
import { runScheduledJobs } from '../jobs/dispatcher';
import { deliver } from '../jobs/shared/delivery';
import { loadSchool } from '../jobs/shared/school';
import { SCHEDULED_JOBS } from '../jobs/table';
import type { Log } from '../ports/log';
import { silentLog } from '../ports/log';
import type { BenchOptions } from './args';

/**
 * `distant bench`: figures of the core on a generated school of the given size — time per step
 * and the workbook calls and cells each step needs (what Apps Script would bill in round trips).
 */
export function runBench(options: BenchOptions, log: Log): void {
  const zone = intlZone('Europe/Moscow');
  const classesPerGrade = Math.min(6, Math.max(2, Math.ceil(options.pupils / (9 * 40))));
  const pupilsPerClass = Math.min(
    40,
    Math.max(1, Math.round(options.pupils / (9 * classesPerGrade))),
  );
  let t = performance.now();
  const sheets = demoSchool({ weekOf: '2026-11-27', zone, classesPerGrade, pupilsPerClass });
  const generated = performance.now() - t;
  const workbook = new MemoryWorkbook(sheets);
  const clock = new FixedClock(instantOf(zone, '2026-11-27', 18 * 60));
  const mailer = new MemoryMailer(100_000);
  const ctx = {
    workbook,
    clock,
    log: silentLog,
    mailer,
    lock: new MemoryLock(),
    store: new MemoryStore(),
  };
  const rows = Object.fromEntries(
    Object.entries(sheets).map(([name, grid]) => [name, grid.length - 1]),
  );

  const step = (name: string, action: () => string): void => {
    const before = { ...workbook.counters };
    t = performance.now();
    const note = action();
    const ms = performance.now() - t;
    const c = workbook.counters;
    log.info(
      `${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms   reads ${c.reads - before.reads}, writes ${c.writes - before.writes}, ` +
        `cells read ${c.cellsRead - before.cellsRead}, written ${c.cellsWritten - before.cellsWritten}${note ? `   ${note}` : ''}`,
    );
  };

  log.info(
    `school: ${classesPerGrade * 9} classes × ${pupilsPerClass} pupils; rows ${JSON.stringify(rows)}`,
  );
  log.info(`${'generate demo school'.padEnd(28)} ${generated.toFixed(0).padStart(6)} ms`);
  step(
    'load and check all sheets',
    () => `${loadSchool(workbook, clock).problems.length} problems`,
  );
  step('checkData', () => checkData(ctx).summary);
  step('dispatcher (Friday 18:00)', () => {
    const report = runScheduledJobs(ctx, { jobs: SCHEDULED_JOBS, budgetMs: 1e9 });
    return `${report.jobs.map((j) => `${j.job}: ${j.messages}`).join(', ')}; sent ${report.delivery?.sent ?? 0}`;
  });
  step('delivery pass (queue empty)', () => {
    const school = loadSchool(workbook, clock, []);
    const report = deliver(ctx, {
      settings: school.settings,
      strings: school.strings,
      budgetMs: 1e9,
    });
    return `sent ${report.sent}`;
  });
  clock.beginRun(instantOf(zone, '2026-11-27', 19 * 60 + 5));
  step(
    'idle dispatcher run',
    () =>
      `${runScheduledJobs(ctx, { jobs: SCHEDULED_JOBS }).status}; store reads/writes ${ctx.store.reads}/${ctx.store.writes}`,
  );
  if (existsSync('build/Code.js'))
    log.info(`build/Code.js: ${(statSync('build/Code.js').size / 1024).toFixed(1)} KB`);
}
