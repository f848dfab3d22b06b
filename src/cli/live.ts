/**
 * `distant run --spreadsheet ID [--teachers ID] [--send]` and `distant district --schools FILE`:
 * the hourly dispatcher — the same jobs, outbox and delivery as the Apps Script trigger — on live
 * spreadsheets over the Google APIs. Without `--send` letters become .eml files; with it they go
 * through Gmail as the delegated sender. On Cloud Run Jobs each task takes every
 * CLOUD_RUN_TASK_COUNT-th school from CLOUD_RUN_TASK_INDEX (docs/contracts.md, «Runner»).
 */
import { nodeHmac } from '../adapters/google/hmac';
import { runnerStrings, type RunnerStrings } from '../i18n/runner';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { googleCalls, type GoogleCalls, GoogleApiError } from '../adapters/google/bridge';
import { GoogleFiles } from '../adapters/google/files';
import { GmailMailer } from '../adapters/google/mailer';
import { MemoryLock, MemoryMailer } from '../adapters/memory/services';
import { intlZone } from '../adapters/memory/zone';
import { runScheduledJobs } from '../jobs/dispatcher';
import { loadSchool } from '../jobs/shared/school';
import { TEACHERS_PROPERTY, TwoWorkbooks } from '../jobs/shared/school-files';
import { SCHEDULED_JOBS } from '../jobs/table';
import type { Log } from '../ports/log';
import type { Mailer } from '../ports/mailer';
import { languageOf, UsageError } from './args';
import { EmlWriter } from './eml';
import { SheetStore } from './sheet-store';
import { SystemClock } from './system-clock';

/** The language of this command's messages: `--lang`, Russian by default. */
let t: RunnerStrings = runnerStrings('ru');

/** Scopes the runner asks for (README, «Cloud Run»). */
export const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  // Sharing the teachers' workbook and reading who may open a file (Drive permissions).
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/gmail.send',
] as const;

/** One school of a live run. */
export interface LiveSchool {
  readonly spreadsheet: string;
  readonly teachers?: string | undefined;
  readonly name?: string | undefined;
}

/** How a live run reaches Google and where it writes. */
export interface LiveOptions {
  readonly send: boolean;
  readonly out: string;
  /** The account the service account acts as (domain-wide delegation): the sender of the mail. */
  readonly as?: string | undefined;
  readonly keyFile?: string | undefined;
  /** Recipients Gmail may still take today (the school's sending limit less a reserve). */
  readonly dailyRecipients: number;
}

/** What one school's run did (out/<spreadsheet>/summary.json). */
export interface LiveSummary {
  readonly spreadsheet: string;
  readonly status: string;
  readonly jobs: readonly { job: string; summary: string }[];
  readonly sent: number;
  readonly remaining: number;
  readonly apiCalls: number;
  readonly retries: number;
  readonly error?: string;
}

function connect(options: LiveOptions): GoogleCalls {
  return googleCalls({
    // Tests point the runner at the fake Google API server with these two.
    rootUrl: process.env.DISTANT_GOOGLE_ROOT_URL,
    accessToken: process.env.DISTANT_GOOGLE_TOKEN,
    keyFile: options.keyFile,
    subject: options.as,
    scopes: [...SCOPES],
  });
}

/** Runs the dispatcher once on one school; a failing school is reported, not thrown. */
export function runSchool(
  school: LiveSchool,
  options: LiveOptions,
  calls: GoogleCalls,
  log: Log,
): LiveSummary {
  const actor = options.as ?? 'distant-runner';
  const files = new GoogleFiles(calls, actor, intlZone);
  const admin = files.workbook(school.spreadsheet);
  const store = new SheetStore(admin);
  const workbook = new TwoWorkbooks(admin, () => {
    const id = school.teachers ?? store.get(TEACHERS_PROPERTY);
    return id === null || id === undefined ? null : files.open(id);
  });
  const clock = new SystemClock();
  const before = { calls: calls.counters.calls, retries: calls.counters.retries };
  const out = join(options.out, school.spreadsheet);
  try {
    const probe = loadSchool(workbook, clock, []);
    let mailer: Mailer;
    if (options.send) {
      const from = options.as ?? probe.settings.schoolEmail;
      if (!from) throw new UsageError(t.live.sendNeedsAs, 'run');
      mailer = new GmailMailer({ calls, from, dailyRecipients: options.dailyRecipients });
    } else {
      const eml = new EmlWriter(
        join(out, 'mail'),
        probe.settings.schoolEmail || 'school@example.org',
        () => clock.now(),
      );
      mailer = new MemoryMailer(options.dailyRecipients, (mail) => eml.write(mail));
    }
    const report = runScheduledJobs(
      { workbook, clock, log, mailer, lock: new MemoryLock(), hmac: nodeHmac, store },
      { jobs: SCHEDULED_JOBS },
    );
    const summary: LiveSummary = {
      spreadsheet: school.spreadsheet,
      status: report.status,
      jobs: report.jobs.map((j) => ({ job: j.job, summary: j.summary })),
      sent: report.delivery?.sent ?? 0,
      remaining: report.delivery?.remaining ?? 0,
      apiCalls: calls.counters.calls - before.calls,
      retries: calls.counters.retries - before.retries,
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    return summary;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A permanent API error (a file not shared, a scope missing) stops this school with the call
    // and Google's reason; every write before it was one atomic request, none is half-done.
    const message =
      error instanceof GoogleApiError || error instanceof Error ? error.message : String(error);
    const summary: LiveSummary = {
      spreadsheet: school.spreadsheet,
      status: 'failed',
      jobs: [],
      sent: 0,
      remaining: 0,
      apiCalls: calls.counters.calls - before.calls,
      retries: calls.counters.retries - before.retries,
      error: message,
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    log.warn(`${school.spreadsheet}: ${message}`);
    return summary;
  }
}

/** The schools of `schools.csv`: a header naming `spreadsheet` (and optionally `teachers`, `name`). */
export function readSchools(text: string): LiveSchool[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const [head = '', ...rows] = lines;
  const columns = head.split(/[,;]/).map((h) => h.trim().toLowerCase());
  const at = columns.indexOf('spreadsheet');
  if (at < 0) throw new UsageError(t.live.schoolsHeader, 'run');
  return rows.map((line) => {
    const cells = line.split(/[,;]/).map((c) => c.trim());
    const get = (name: string): string | undefined => {
      const i = columns.indexOf(name);
      return i < 0 || cells[i] === '' ? undefined : cells[i];
    };
    return { spreadsheet: cells[at] ?? '', teachers: get('teachers'), name: get('name') };
  });
}

/** This task's share: every `count`-th school from `index` (Cloud Run Jobs' task index). */
export function shareOf<T>(items: readonly T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index);
}

function taskEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(t.live.wholeNumber(name), 'run');
  return value;
}

/** `distant run --spreadsheet …` or `distant district …`; returns the exit code. */
export function runLive(argv: readonly string[], log: Log): number {
  t = runnerStrings(languageOf(argv));
  const [command, ...rest] = argv;
  const { values: v } = parseArgs({
    args: [...rest],
    strict: true,
    options: {
      spreadsheet: { type: 'string' },
      teachers: { type: 'string' },
      schools: { type: 'string' },
      send: { type: 'boolean', default: false },
      as: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string', default: 'out' },
      'daily-recipients': { type: 'string', default: '1500' },
      quiet: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const dailyRecipients = Number(v['daily-recipients']);
  if (!Number.isInteger(dailyRecipients) || dailyRecipients < 0)
    throw new UsageError(t.live.wholeNumber('--daily-recipients'), 'run');
  const options: LiveOptions = {
    send: v.send,
    out: v.out,
    as: v.as,
    keyFile: v.key ?? process.env.GOOGLE_APPLICATION_CREDENTIALS,
    dailyRecipients,
  };
  let schools: LiveSchool[];
  if (command === 'district') {
    if (v.schools === undefined) throw new UsageError(t.live.districtNeedsSchools, 'run');
    const all = readSchools(readFileSync(v.schools, 'utf8'));
    const count = Math.max(1, taskEnv('CLOUD_RUN_TASK_COUNT', 1));
    const index = taskEnv('CLOUD_RUN_TASK_INDEX', 0);
    if (index >= count) throw new UsageError(t.live.taskIndex, 'run');
    schools = shareOf(all, index, count);
    log.info(`task ${index + 1} of ${count}: ${schools.length} of ${all.length} schools`);
  } else {
    if (v.spreadsheet === undefined) throw new UsageError(t.live.runNeedsSpreadsheet, 'run');
    schools = [{ spreadsheet: v.spreadsheet, teachers: v.teachers }];
  }
  const calls = connect(options);
  const summaries = schools.map((school) => {
    const summary = runSchool(school, options, calls, log);
    log.info(
      `${school.name ?? school.spreadsheet}: ${summary.status}; sent ${summary.sent}, waiting ${summary.remaining}; ` +
        `${summary.apiCalls} API calls${summary.error ? `; ${summary.error}` : ''}`,
    );
    return summary;
  });
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'district.json'), JSON.stringify(summaries, null, 2) + '\n');
  return summaries.some((s) => s.status === 'failed') ? 4 : 0;
}
