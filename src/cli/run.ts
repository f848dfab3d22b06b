import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf, type Zone } from '../domain/calendar';
import { SHEET_SPECS } from '../domain/sheets';
import { FixedClock } from '../adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../adapters/memory/services';
import { MemoryWorkbook } from '../adapters/memory/workbook';
import { intlZone } from '../adapters/memory/zone';
import { loadXlsx, saveXlsx } from '../adapters/xlsx';
import { demoSchool } from '../demo';
import type { JobOutcome } from '../jobs/context';
import { selectSteps } from '../jobs/cycle';
import { reportSheetWeek } from '../jobs/monitoring-report';
import { outboxTally } from '../jobs/shared/outbox';
import { findSheet, loadSchool } from '../jobs/shared/school';
import { stringsFor } from '../i18n';
import { renderReportHtml } from '../mail/report-html';
import type { Log } from '../ports/log';
import { type RunOptions, UsageError } from './args';
import { EmlWriter } from './eml';
import { problemsCsv } from './files';

/** The demo's default moment: Friday of a school week, after the weekly letters' hour. */
export const DEMO_NOW = '2026-11-27T16:00';

/** The runner writes files, so the only quota is Workspace's (a consumer account is planned for in the quota step). */
const DAILY_QUOTA = 1500;

/** The workbook cannot be read or lacks a required sheet: exit code 3. */
export class WorkbookError extends Error {}

/** What a run did, as written to out/summary.json. */
export interface RunSummary {
  readonly now: string;
  readonly timeZone: string;
  readonly source: string;
  readonly school: string;
  readonly jobs: readonly JobOutcome[];
  readonly messagesByJob: Readonly<Record<string, number>>;
  readonly problems: number;
  readonly outputs: readonly string[];
}

/** Performs `distant run`; returns the summary, throws UsageError (2) or WorkbookError (3). */
export async function runCommand(options: RunOptions, log: Log): Promise<RunSummary> {
  const { steps, unknown } = selectSteps(options.jobs);
  if (unknown.length > 0) throw new UsageError(`unknown job(s): ${unknown.join(', ')}`);

  const moscow = intlZone('Europe/Moscow');
  const nowText = options.now ?? (options.demo ? DEMO_NOW : undefined);
  let workbook: MemoryWorkbook;
  if (options.demo) {
    workbook = new MemoryWorkbook(
      demoSchool({ weekOf: (nowText ?? DEMO_NOW).slice(0, 10), zone: moscow }),
    );
  } else {
    try {
      workbook = await loadXlsx(options.workbook!, moscow);
    } catch (error) {
      throw new WorkbookError(error instanceof Error ? error.message : String(error));
    }
  }
  requireSheets(workbook);

  // The school's own time zone decides what "--now 2026-11-27T16:00" means.
  const probe = loadSchool(workbook, new FixedClock(new Date()), []);
  const zone = intlZone(probe.settings.timezone);
  const now = nowText === undefined ? new Date() : parseLocal(nowText, zone);
  const clock = new FixedClock(now);
  mkdirSync(options.out, { recursive: true });
  const eml = new EmlWriter(
    join(options.out, 'mail'),
    probe.settings.schoolEmail || 'school@example.org',
    () => clock.now(),
  );
  const mailer = new MemoryMailer(DAILY_QUOTA, (mail) => eml.write(mail));
  let day = zone.parts(now).date;
  const ctx = {
    workbook,
    clock,
    log,
    mailer,
    lock: new MemoryLock(),
    store: new MemoryStore(),
    now,
    beginRun(at: Date): void {
      clock.beginRun(at);
      const today = zone.parts(at).date;
      if (today !== day) mailer.newDay();
      day = today;
    },
  };

  const outcomes: JobOutcome[] = [];
  for (const step of steps) {
    log.info(`▶ ${step.title}`);
    outcomes.push(...step.run(ctx));
  }

  const school = loadSchool(workbook, clock);
  const reports = writeReports(workbook, options.out);
  const outputs = [
    'summary.json',
    'problems.csv',
    'workbook.xlsx',
    ...(eml.files.length > 0 ? [`mail/ (${eml.files.length})`] : []),
    ...reports,
  ];
  writeFileSync(join(options.out, 'problems.csv'), problemsCsv(school.problems, school.strings));
  await saveXlsx(workbook, join(options.out, 'workbook.xlsx'), zone);
  const messagesByJob: Record<string, number> = {};
  for (const [job, counts] of Object.entries(outboxTally(ctx, school.strings)))
    messagesByJob[job] = counts.sent ?? 0;
  const summary: RunSummary = {
    now: now.toISOString(),
    timeZone: zone.id,
    source: options.demo ? 'demo' : options.workbook!,
    school: school.settings.schoolName,
    jobs: outcomes,
    messagesByJob,
    problems: school.problems.length,
    outputs,
  };
  writeFileSync(join(options.out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

/** Writes `report-YYYY-Wnn.html` for every report sheet of the final workbook; returns the file names. */
function writeReports(workbook: MemoryWorkbook, out: string): string[] {
  const files: string[] = [];
  for (const name of workbook.sheetNames()) {
    const week = reportSheetWeek(name);
    if (week === undefined) continue;
    const file = `report-${week}.html`;
    writeFileSync(join(out, file), renderReportHtml(workbook.peek(name)));
    files.push(file);
  }
  return files;
}

/** Exit 3 with the sheet's name when a sheet the add-on cannot run without is missing. */
function requireSheets(workbook: MemoryWorkbook): void {
  const names = workbook.sheetNames();
  const ru = stringsFor('ru');
  const missing = SHEET_SPECS.filter(
    (s) => s.required && findSheet(names, s.key, ru) === undefined,
  );
  if (missing.length > 0) {
    const list = missing
      .map((s) => `«${ru.sheets[s.key].name}» (${stringsFor('en').sheets[s.key].name})`)
      .join(', ');
    throw new WorkbookError(`the workbook lacks required sheet(s): ${list}`);
  }
}

function parseLocal(text: string, zone: Zone): Date {
  const [date = '', time = '00:00'] = text.split('T');
  return instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
}
