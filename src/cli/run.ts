import { nodeHmac } from '../adapters/google/hmac';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTime, instantOf, type Zone } from '../domain/calendar';
import { SHEET_SPECS } from '../domain/sheets';
import { FixedClock } from '../adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../adapters/memory/services';
import { MemoryFiles } from '../adapters/memory/files';
import { MemoryWorkbook } from '../adapters/memory/workbook';
import { intlZone } from '../adapters/memory/zone';
import { loadXlsx, saveXlsx, XlsxFileError } from '../adapters/xlsx';
import { MemoryForms } from '../adapters/memory/forms';
import { mondayOf } from '../domain/calendar';
import { demoWeek, type DemoEvent } from '../demo/week';
import { ensureForms } from '../jobs/ensure-forms';
import type { JobOutcome } from '../jobs/context';
import { jobNameOf, selectSteps } from '../jobs/cycle';
import { reportSheetWeek } from '../jobs/monitoring-report';
import { outboxTally } from '../jobs/shared/outbox';
import { findSheet, loadSchool } from '../jobs/shared/school';
import { TEACHERS_PROPERTY, TwoWorkbooks } from '../jobs/shared/school-files';
import { setupWorkbook } from '../jobs/setup-workbook';
import { stringsFor } from '../i18n';
import { runnerStrings, type RunnerStrings } from '../i18n/runner';
import { renderReportHtml } from '../mail/report-html';
import { type Log, silentLog } from '../ports/log';
import type { Workbook } from '../ports/workbook';
import { type RunOptions, UsageError } from './args';
import { type DemoActivity, DemoPeople } from './demo-week';
import { EmlWriter } from './eml';
import { cleanOutputs, problemsCsv } from './files';
import { writeDashboard } from './dashboard-file';

/** The demo's default moment: Saturday morning, after the week's last lessons and its letters. */
export const DEMO_NOW = '2026-11-28T10:00';

/** The runner writes files, so the only quota is Workspace's (a consumer account is planned for in the quota step). */
const DAILY_QUOTA = 1500;

/** The workbook cannot be read or lacks a required sheet: exit code 3. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

/** A result could not be written (no permission, a full disk): exit code 4. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** What a run did, as written to out/summary.json. */
export interface RunSummary {
  /** The run's moment as an instant (ISO, UTC). */
  readonly now: string;
  /** The same moment on the school's clock, `YYYY-MM-DDTHH:MM`. */
  readonly localTime: string;
  readonly timeZone: string;
  readonly source: string;
  readonly school: string;
  readonly jobs: readonly JobOutcome[];
  readonly messagesByJob: Readonly<Record<string, number>>;
  readonly problems: number;
  readonly outputs: readonly string[];
  /** The demo only: what its people did during the week (counts). */
  readonly week?: DemoActivity;
}

/** A finished run: its summary and the language the console speaks from now on (the workbook's). */
export interface RunResult {
  readonly summary: RunSummary;
  readonly strings: RunnerStrings;
}

/**
 * Performs `distant run`; returns the summary, throws UsageError (2), WorkbookError (3) or
 * OutputError (4), each with a sentence in the user's language.
 */
export async function runCommand(options: RunOptions, log: Log): Promise<RunResult> {
  const before = runnerStrings(options.lang);
  const selection = selectSteps(options.jobs);
  if (isFile(options.out)) throw new UsageError(before.errors.outIsFile(options.out), 'run');

  const moscow = intlZone('Europe/Moscow');
  const nowText = options.now ?? (options.demo ? DEMO_NOW : undefined);
  const store = new MemoryStore();
  const files = await loadFiles(options, nowText, moscow, before, store);
  const workbook = files.workbook;

  // The school's own time zone decides what "--now 2026-11-27T16:00" means; its language, what
  // the console says from here on.
  const probe = loadSchool(workbook, new FixedClock(new Date()), []);
  const t = probe.sheetName.settings === undefined ? before : runnerStrings(probe.settings.locale);
  requireSheets(workbook, t);
  const zone = intlZone(probe.settings.timezone);
  const now = nowText === undefined ? new Date() : parseLocal(nowText, zone);
  const clock = new FixedClock(now);

  const out = options.out;
  const removed = writing(t, out, () => {
    mkdirSync(out, { recursive: true });
    return cleanOutputs(out);
  });
  if (removed > 0) log.info(t.console.cleaned(removed, out));
  const eml = new EmlWriter(
    join(out, 'mail'),
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
    hmac: nodeHmac,
    store,
    now,
    jobs: selection.jobs,
    beginRun(at: Date): void {
      clock.beginRun(at);
      const today = zone.parts(at).date;
      if (today !== day) mailer.newDay();
      day = today;
    },
  };
  const people = files.demo && new DemoPeople(ctx, files.demo.forms, files.demo.events);
  const cycle = people ? { ...ctx, people: (at: Date) => people.until(at) } : ctx;

  const outcomes: JobOutcome[] = [];
  for (const step of selection.steps) {
    log.info(`▶ ${t.console.steps[step.id] ?? step.id}`);
    // Every name printed is one `--jobs` takes: the step's, or the dispatcher's job's.
    for (const outcome of step.run(cycle))
      outcomes.push({
        ...outcome,
        job: step.id === 'dispatcher' ? jobNameOf(outcome.job) : step.id,
      });
  }

  const school = loadSchool(workbook, clock);
  await writingAsync(t, join(out, 'mail'), () => eml.flush());
  const reports = writing(t, out, () => [
    ...writeReports(files.admin, out),
    writeDashboard(ctx, files.admin, out),
  ]);
  // A school in two workbooks gets both back, as it keeps them; one file stays one file.
  const saved: ReadonlyArray<readonly [string, MemoryWorkbook]> =
    files.teachers === null
      ? [['workbook.xlsx', files.admin]]
      : [
          ['administration.xlsx', files.admin],
          ['teachers.xlsx', files.teachers],
        ];
  const outputs = [
    'summary.json',
    'problems.csv',
    ...saved.map(([name]) => name),
    ...(eml.files.length > 0 ? [`mail/ (${eml.files.length})`] : []),
    ...reports,
  ];
  const csv = join(out, 'problems.csv');
  writing(t, csv, () => writeFileSync(csv, problemsCsv(school.problems, school.strings)));
  for (const [name, file] of saved) {
    const xlsx = join(out, name);
    await writingAsync(t, xlsx, () => saveXlsx(file, xlsx, zone));
  }
  const messagesByJob: Record<string, number> = {};
  for (const [job, counts] of Object.entries(outboxTally(ctx, school.strings)))
    messagesByJob[job] = counts.sent ?? 0;
  const local = zone.parts(now);
  const summary: RunSummary = {
    now: now.toISOString(),
    localTime: `${local.date}T${formatTime(local.minutes)}`,
    timeZone: zone.id,
    source: options.demo
      ? 'demo'
      : [options.workbook!, ...(options.teachers === undefined ? [] : [options.teachers])].join(
          ' + ',
        ),
    school: school.settings.schoolName,
    jobs: outcomes,
    messagesByJob,
    problems: school.problems.length,
    outputs,
    ...(people ? { week: people.activity } : {}),
  };
  const json = join(out, 'summary.json');
  writing(t, json, () => writeFileSync(json, JSON.stringify(summary, null, 2) + '\n'));
  return { summary, strings: t };
}

/** The run's files: the administration workbook, the teachers' one (or null) and both as one. */
interface RunFiles {
  readonly admin: MemoryWorkbook;
  readonly teachers: MemoryWorkbook | null;
  readonly workbook: Workbook;
  /** The demo's forms and what its people do during the week. */
  readonly demo?: { readonly forms: MemoryForms; readonly events: readonly DemoEvent[] };
}

/**
 * The school's workbooks for the run — the demo, one xlsx, or the administration workbook and
 * the teachers' one — every problem of a file a WorkbookError in words. The demo is set up as a
 * school installs it: one file, then setup moves the teachers' sheets into their own workbook.
 */
async function loadFiles(
  options: RunOptions,
  nowText: string | undefined,
  zone: Zone,
  t: RunnerStrings,
  store: MemoryStore,
): Promise<RunFiles> {
  if (options.demo) {
    // The school as it stands on Monday morning; the replay plays its week (src/demo/week).
    const local = nowText ?? DEMO_NOW;
    const week = demoWeek({ weekOf: local.slice(0, 10), zone });
    const admin = new MemoryWorkbook(week.sheets, zone.id, 'demo-administration');
    const memory = new MemoryFiles('', zone.id);
    memory.add(admin);
    const workbook = new TwoWorkbooks(admin, () => {
      const id = store.get(TEACHERS_PROPERTY);
      return id === null ? null : memory.open(id);
    });
    // Installed before the week begins: setup and its forms step at Monday 00:00.
    const clock = new FixedClock(parseLocal(`${mondayOf(local.slice(0, 10))}T00:00`, zone));
    const school = loadSchool(admin, clock, []);
    const lock = new MemoryLock();
    setupWorkbook(
      { workbook, clock, log: silentLog, files: memory, store },
      { callerEmail: school.settings.adminEmails[0] ?? '' },
    );
    const forms = new MemoryForms(admin);
    ensureForms({ workbook, clock, log: silentLog, forms, store, lock });
    const teachers = memory.open(store.get(TEACHERS_PROPERTY) ?? '') as MemoryWorkbook;
    return { admin, teachers, workbook, demo: { forms, events: week.events } };
  }
  const read = async (path: string): Promise<MemoryWorkbook> => {
    try {
      return await loadXlsx(path, zone);
    } catch (error) {
      if (error instanceof XlsxFileError && error.kind !== 'write')
        throw new WorkbookError(t.errors.file[error.kind](path));
      throw error;
    }
  };
  const admin = await read(options.workbook!);
  if (options.teachers === undefined) return { admin, teachers: null, workbook: admin };
  const teachers = await read(options.teachers);
  return { admin, teachers, workbook: new TwoWorkbooks(admin, () => teachers) };
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
function requireSheets(workbook: Workbook, t: RunnerStrings): void {
  const names = workbook.sheetNames();
  const ru = stringsFor('ru');
  const missing = SHEET_SPECS.filter(
    (s) => s.required && findSheet(names, s.key, ru) === undefined,
  );
  if (missing.length > 0) {
    const list = missing
      .map((s) => `«${ru.sheets[s.key].name}» (${stringsFor('en').sheets[s.key].name})`)
      .join(', ');
    throw new WorkbookError(t.errors.missingSheets(list));
  }
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs a write; a failure of the file system becomes an OutputError naming the path and why. */
function writing<T>(t: RunnerStrings, path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw outputError(t, path, error);
  }
}

async function writingAsync<T>(
  t: RunnerStrings,
  path: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw outputError(t, path, error);
  }
}

function outputError(t: RunnerStrings, path: string, error: unknown): Error {
  const cause = error instanceof XlsxFileError ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  // Not the file system's refusal: a bug, for the runner's last resort (exit 1).
  if (typeof code !== 'string' && !(error instanceof XlsxFileError))
    return error instanceof Error ? error : new Error(String(error));
  const reason = (code === undefined ? undefined : t.writeReasons[code]) ?? code;
  return new OutputError(t.errors.cannotWrite(path, reason ?? (error as Error).message));
}

function parseLocal(text: string, zone: Zone): Date {
  const [date = '', time = '00:00'] = text.split('T');
  return instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
}
