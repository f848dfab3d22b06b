/**
 * Helpers for tests of the BUILT bundle (build/Code.js) in the offline Apps Script fakes: loading
 * it, filling sheets, queuing outbox rows the way another execution would, reading statuses back,
 * and killing an execution at a chosen service call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/domain/cells';
import { ru } from '../../src/i18n/ru';
import { nodeHmac } from '../../src/adapters/google/hmac';
import { outboxSeal } from '../../src/jobs/shared/outbox-seal';
import { STATE_KEY } from '../../src/jobs/shared/state';
import {
  type CellValue,
  createGasEnvironment,
  type FakeSpreadsheet,
  type GasEnvironment,
  type GasEnvironmentOptions,
} from '../fakes';

/** The built Apps Script file; `npm test` builds before jest runs. */
export const BUNDLE_PATH = join(__dirname, '..', '..', 'build', 'Code.js');

/** The entry points docs/contracts.md «Entry points» and the menus rely on (a public contract). */
export const ENTRY_POINTS = [
  'checkData',
  'checkTriggers',
  'handleEdit',
  'handleFormSubmit',
  'homepageAction',
  'onHomepage',
  'onInstall',
  'onOpen',
  'resendUnknownMail',
  'runScheduledJobs',
  'setupWorkbook',
  'showDashboard',
  'showQuotaPlan',
] as const;

/** The administrator of the test school (the fakes' default active user). */
export const ADMIN = 'admin@school.test';

let source: string | undefined;

/** The text of build/Code.js (read once). */
export function bundleSource(): string {
  return (source ??= readFileSync(BUNDLE_PATH, 'utf8'));
}

/** The oauthScopes of the built manifest (build/appsscript.json). */
export function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(BUNDLE_PATH, '..', 'appsscript.json'), 'utf8')) as {
    oauthScopes?: string[];
  };
  return manifest.oauthScopes ?? [];
}

let htmlFiles: Record<string, string> | undefined;

/**
 * The project's HTML files as `clasp push` uploads them from build/ (Dashboard, English), by the
 * name HtmlService.createHtmlOutputFromFile takes: the file name without «.html».
 */
export function projectHtmlFiles(): Record<string, string> {
  const dir = join(BUNDLE_PATH, '..');
  return (htmlFiles ??= Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -'.html'.length), readFileSync(join(dir, f), 'utf8')]),
  ));
}

/**
 * A fresh fake Apps Script environment with the bundle loaded, granted the manifest's scopes
 * (a call needing another scope fails as it would after installation).
 */
export function loadBundle(options: GasEnvironmentOptions = {}): GasEnvironment {
  const env = createGasEnvironment({
    oauthScopes: manifestScopes(),
    ...options,
    htmlFiles: { ...projectHtmlFiles(), ...options.htmlFiles },
  });
  env.load(bundleSource(), 'Code.js');
  return env;
}

/** Writes whole sheets (creating them when absent), uncounted. */
export function writeSheets(env: GasEnvironment, sheets: Record<string, Grid>): void {
  for (const [name, grid] of Object.entries(sheets)) env.spreadsheet.setSheetValues(name, grid);
}

/** Every sheet's values by name, for "nothing changed" comparisons. */
export function valuesOf(env: GasEnvironment): Record<string, CellValue[][]> {
  return Object.fromEntries(
    env.spreadsheet.sheetNames().map((name) => [name, env.spreadsheet.sheetValues(name)]),
  );
}

/** Sets one value on «Настройки» (the row whose key matches; appended when absent), uncounted. */
export function setSetting(env: GasEnvironment, key: string, value: string | number): void {
  const name = ru.sheets.settings.name;
  const grid = env.spreadsheet.sheetValues(name);
  const index = grid.findIndex((row, i) => i > 0 && row[0] === key);
  const sheet = env.spreadsheet.sheet(name);
  const row = index >= 0 ? index + 1 : grid.length + 1;
  sheet.getRange(row, 1, 1, 2).setValues([[key, value]]);
}

/**
 * A school ready to deliver: setup run by the admin, then mail_mode and quota_reserve set as the
 * delivery tests need (live, 0 unless told otherwise), counters zeroed.
 */
export function deliveryEnvironment(
  options: GasEnvironmentOptions = {},
  settings: Record<string, string | number> = {},
): GasEnvironment {
  const env = loadBundle(options);
  env.call('setupWorkbook');
  for (const [key, value] of Object.entries({ mail_mode: 'live', quota_reserve: 0, ...settings }))
    setSetting(env, key, value);
  env.ui.alerts.length = 0;
  env.counters.reset();
  return env;
}

/** A test letter for the outbox. */
export interface TestLetter {
  readonly key: string;
  readonly subject: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  readonly text?: string;
}

/** `count` one-recipient letters with unique keys and subjects («Письмо 1» …). */
export function letters(count: number, prefix = 'Письмо'): TestLetter[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `test|${prefix}|${i + 1}`,
    subject: `${prefix} ${i + 1}`,
    to: [`family${i + 1}@mail.test`],
  }));
}

const OUTBOX = ru.sheets.outbox;

/** Column index (0-based) of an outbox column on the sheet as it stands. */
function outboxColumn(env: GasEnvironment, key: keyof typeof OUTBOX.columns): number {
  const header = env.spreadsheet.sheetValues(OUTBOX.name)[0] ?? [];
  const index = header.indexOf(OUTBOX.columns[key] ?? '');
  if (index < 0) throw new Error(`no column «${OUTBOX.columns[key]}» on «${OUTBOX.name}»`);
  return index;
}

/**
 * Appends rows to «Очередь писем» as another execution would have left them: status «в очереди»,
 * 0 attempts, the letter as JSON in «Содержимое».
 */
export function queueLetters(env: GasEnvironment, mails: readonly TestLetter[]): void {
  const grid = env.spreadsheet.sheetValues(OUTBOX.name);
  const header = grid[0] ?? [];
  const created = env.clock.now();
  // Signed as the add-on's enqueue signs, with the school's secret (made here if none yet).
  const props = env.properties.document;
  const seal = outboxSeal({
    hmac: nodeHmac,
    store: {
      get: (k) => props.getProperty(k),
      set: (k, v) => void props.setProperty(k, v),
      delete: (k) => void props.deleteProperty(k),
      keys: () => Object.keys(props.getProperties()),
    },
  });
  const rows = mails.map((mail) => {
    const row: CellValue[] = header.map(() => '');
    const put = (key: keyof typeof OUTBOX.columns, value: CellValue): void => {
      row[outboxColumn(env, key)] = value;
    };
    const content = {
      to: mail.to,
      cc: mail.cc ?? [],
      bcc: mail.bcc ?? [],
      text: mail.text ?? `Текст: ${mail.subject}`,
      html: `<p>${mail.text ?? `Текст: ${mail.subject}`}</p>`,
    };
    put('key', mail.key);
    put('job', 'test');
    put('created', created);
    put('recipients', [...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? [])].join(', '));
    put('subject', mail.subject);
    put('status', ru.labels.outboxStatus.queued);
    put('attempts', 0);
    put('content', JSON.stringify(content));
    const recipients = [...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? [])].join(', ');
    put(
      'signature',
      seal.sign({
        key: mail.key,
        subject: mail.subject,
        recipients,
        content: JSON.stringify(content),
      }),
    );
    return row;
  });
  env.spreadsheet.setSheetValues(OUTBOX.name, [...grid, ...rows]);
  // Queuing counts the letters as pending in the dispatcher's state, as the add-on's enqueue does.
  const raw = env.properties.document.getProperty(STATE_KEY);
  const state = raw ? (JSON.parse(raw) as { pending?: number }) : {};
  env.properties.document.setProperty(
    STATE_KEY,
    JSON.stringify({ ...state, pending: (state.pending ?? 0) + rows.length }),
  );
}

/** One outbox row as the tests look at it. */
export interface OutboxView {
  readonly row: number;
  readonly key: string;
  readonly job: string;
  readonly subject: string;
  readonly status: string;
  readonly attempts: CellValue;
  readonly sentAt: CellValue;
  readonly error: string;
}

/** The rows of «Очередь писем» (uncounted). */
export function outbox(env: GasEnvironment): OutboxView[] {
  const grid = env.spreadsheet.sheetValues(OUTBOX.name);
  const at = (row: CellValue[], key: keyof typeof OUTBOX.columns): CellValue =>
    row[outboxColumn(env, key)] ?? '';
  return grid
    .map((row, i) => ({
      row: i + 1,
      key: String(at(row, 'key')),
      job: String(at(row, 'job')),
      subject: String(at(row, 'subject')),
      status: String(at(row, 'status')),
      attempts: at(row, 'attempts'),
      sentAt: at(row, 'sentAt'),
      error: String(at(row, 'error')),
    }))
    .filter((r) => r.row > 1 && r.key !== '');
}

/** How many rows have each status. */
export function statusCounts(env: GasEnvironment): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of outbox(env)) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** How many times each subject was sent (to find duplicates). */
export function sendsBySubject(env: GasEnvironment): Map<string, number> {
  const sends = new Map<string, number>();
  for (const m of env.mail.sent) sends.set(m.subject, (sends.get(m.subject) ?? 0) + 1);
  return sends;
}

/**
 * Calls `listener` with every service call the script makes (method name such as
 * 'MailApp.sendEmail'), before the call runs. Returns the function that stops listening.
 */
export function onServiceCall(env: GasEnvironment, listener: (method: string) => void): () => void {
  const counters = env.counters;
  const original = counters.count.bind(counters);
  counters.count = (method: string): void => {
    original(method);
    listener(method);
  };
  return () => {
    counters.count = original;
  };
}

/** The fakes' execution limit (6 minutes). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

/**
 * Kills an execution like Apps Script does at its time limit: the first service call for which
 * `shouldKill` answers true (asked before the call runs; `calls` ends with it) throws 'Exceeded
 * maximum execution time', and so does every later call of that execution.
 */
export function killWhen(
  env: GasEnvironment,
  shouldKill: (method: string, calls: readonly string[]) => boolean,
): { readonly killed: () => boolean; readonly disarm: () => void } {
  const calls: string[] = [];
  let killed = false;
  const stop = onServiceCall(env, (method) => {
    calls.push(method);
    if (killed || !shouldKill(method, calls)) return;
    killed = true;
    // The fakes refuse every call once an execution has lasted longer than its limit.
    env.clock.advance(EXECUTION_LIMIT_MS + 1);
  });
  return { killed: () => killed, disarm: stop };
}

/** Hours in milliseconds. */
export const HOUR_MS = 3_600_000;
/** Days in milliseconds. */
export const DAY_MS = 24 * HOUR_MS;

/** The teachers' workbook setup made or linked (raw, uncounted); throws before setup. */
export function teachersFile(env: GasEnvironment): FakeSpreadsheet {
  const id = env.properties.document.getProperty('distant.teachers');
  const file = id === null ? null : env.files.get(id);
  if (!file) throw new Error('no teachers’ workbook yet: run setupWorkbook first');
  return file;
}

/**
 * Counts the reads of one project HTML file (HtmlService.createHtmlOutputFromFile(name) in the
 * fake looks the file up once per call): `reads()` tells how many so far.
 */
export function countFileReads(env: GasEnvironment, name: string): { reads: () => number } {
  const text = env.htmlFiles[name];
  if (text === undefined) throw new Error(`no project file ${name}`);
  let count = 0;
  Object.defineProperty(env.htmlFiles, name, {
    enumerable: true,
    get: () => {
      count += 1;
      return text;
    },
  });
  return { reads: () => count };
}
