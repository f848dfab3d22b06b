/**
 * Helpers for job-level tests over the in-memory adapters: a school with only its settings, the
 * ports delivery needs, and letters to queue.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import {
  MemoryLock,
  MemoryMailer,
  MemoryStore,
  MemoryTriggers,
} from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import type { Cell, Grid } from '../../src/domain/cells';
import type { OutgoingMail } from '../../src/domain/mail';
import { ru } from '../../src/i18n/ru';
import { type DeliveryReport, deliver } from '../../src/jobs/shared/delivery';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { demoSchoolWithHistory } from '../../src/demo/history';
import type { Zone } from '../../src/domain/calendar';
import { silentLog } from '../../src/ports/log';
import type { Clock } from '../../src/ports/clock';
import type { MailEnvelope, Mailer } from '../../src/ports/mailer';
import type { Workbook } from '../../src/ports/workbook';

export const ADMIN = 'zavuch@school.test';

/** «Настройки» with the given values (Moscow, live mail, no quota reserve unless told). */
export function settingsSheet(values: Record<string, string | number> = {}): Grid {
  const all: Record<string, string | number> = {
    school_name: 'Тестовая школа',
    timezone: 'Europe/Moscow',
    admin_emails: ADMIN,
    mail_mode: 'live',
    quota_reserve: 0,
    ...values,
  };
  return [['Ключ', 'Значение', 'Описание'], ...Object.entries(all).map(([k, v]) => [k, v, ''])];
}

/** Everything a job-level delivery test holds on to. */
export interface MemorySchool {
  readonly ctx: DeliveryContext;
  readonly clock: FixedClock;
  readonly workbook: MemoryWorkbook;
  readonly mailer: MemoryMailer;
  readonly lock: MemoryLock;
  readonly store: MemoryStore;
  readonly triggers: MemoryTriggers;
}

/** Options of a memory school. */
export interface MemorySchoolOptions {
  readonly now: Date;
  readonly settings?: Record<string, string | number>;
  readonly quota?: number;
  /** Called on every send, before it counts (advance the clock, throw, look at the outbox). */
  readonly onSend?: (mail: MailEnvelope) => void;
}

/**
 * The ports of a job over `workbook`: the given clock and mailer, a fresh lock and store, the
 * seal's HMAC of Node, a silent log. `with` replaces any of them.
 */
export function jobPorts(
  workbook: Workbook,
  clock: Clock,
  mailer: Mailer,
  with_: Partial<DeliveryContext> = {},
): DeliveryContext {
  return {
    workbook,
    clock,
    log: silentLog,
    mailer,
    lock: new MemoryLock(),
    store: new MemoryStore(),
    hmac: nodeHmac,
    ...with_,
  };
}

/** A school with its settings sheet and in-memory services. */
export function memorySchool(options: MemorySchoolOptions): MemorySchool {
  const clock = new FixedClock(options.now);
  const workbook = new MemoryWorkbook({ Настройки: settingsSheet(options.settings) });
  const mailer = new MemoryMailer(options.quota ?? 1500, options.onSend);
  const lock = new MemoryLock();
  const store = new MemoryStore();
  const ctx = jobPorts(workbook, clock, mailer, { lock, store });
  return { ctx, clock, workbook, mailer, lock, store, triggers: new MemoryTriggers() };
}

/**
 * A mailer whose daily quota behaves as MailApp's: a window opens with the first send after the
 * last one closed and lasts 24 hours (Quotas for Google Services: "reset 24 hours after the first
 * request"). `windowOf` tells which window a send fell in.
 */
export class QuotaWindowMailer implements Mailer {
  readonly sent: Array<MailEnvelope & { readonly at: Date }> = [];
  readonly windows: Array<{ readonly start: number; used: number }> = [];

  constructor(
    private readonly clock: { now(): Date },
    private readonly quota: number,
  ) {}

  /** The window open now, if any. */
  open(): { readonly start: number; used: number } | undefined {
    const last = this.windows.at(-1);
    return last && this.clock.now().getTime() < last.start + 24 * 3_600_000 ? last : undefined;
  }

  remainingQuota(): number {
    return this.quota - (this.open()?.used ?? 0);
  }

  send(mail: MailEnvelope): void {
    const count = new Set([...mail.to, ...mail.cc, ...mail.bcc]).size;
    if (count > this.remainingQuota())
      throw new Error('Service invoked too many times for one day: email.');
    const open = this.open();
    if (open) open.used += count;
    else this.windows.push({ start: this.clock.now().getTime(), used: count });
    this.sent.push({ ...mail, at: this.clock.now() });
  }

  /** The window (0 = the first) a moment falls in; -1 before the first. */
  windowOf(at: Date): number {
    for (let i = this.windows.length - 1; i >= 0; i--)
      if (at.getTime() >= this.windows[i]!.start) return i;
    return -1;
  }
}

/** `count` one-recipient letters with unique keys and subjects («Письмо 1» …). */
export function outgoing(count: number, prefix = 'Письмо'): OutgoingMail[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `test|${prefix}|${i + 1}`,
    job: 'test',
    to: [`family${i + 1}@mail.test`],
    subject: `${prefix} ${i + 1}`,
    text: `Текст: ${prefix} ${i + 1}`,
    html: `<p>Текст: ${prefix} ${i + 1}</p>`,
  }));
}

const OUTBOX = ru.sheets.outbox;

/** The outbox rows as {key, recipients, subject, status, attempts, error} (uncounted). */
export function outboxRows(workbook: MemoryWorkbook): Array<{
  key: string;
  recipients: string;
  subject: string;
  status: string;
  attempts: Cell;
  error: string;
}> {
  const [header = [], ...rows] = workbook.peek(OUTBOX.name);
  const at = (row: Cell[], key: keyof typeof OUTBOX.columns): Cell =>
    row[header.indexOf(OUTBOX.columns[key] ?? '')] ?? '';
  return rows.map((row) => ({
    key: String(at(row, 'key')),
    recipients: String(at(row, 'recipients')),
    subject: String(at(row, 'subject')),
    status: String(at(row, 'status')),
    attempts: at(row, 'attempts'),
    error: String(at(row, 'error')),
  }));
}

/** How many rows have each status. */
export function statusCounts(workbook: MemoryWorkbook): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of outboxRows(workbook)) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** How many times each subject was sent. */
export function sendsBySubject(mailer: MemoryMailer): Map<string, number> {
  const sends = new Map<string, number>();
  for (const m of mailer.sent) sends.set(m.subject, (sends.get(m.subject) ?? 0) + 1);
  return sends;
}

/** The error Apps Script throws when an execution hits its time limit. */
export const KILLED = 'Exceeded maximum execution time';

/**
 * Wraps the ports so that a chosen call "kills the execution": from then on every call of the
 * workbook, the mailer, the store and the lock throws, as nothing more runs in a dead execution.
 * `killWhen` sees each call as 'workbook.write', 'mailer.send', … after it has been made.
 */
export function killable(
  ctx: DeliveryContext,
  killWhen: (call: string, calls: readonly string[]) => boolean,
): { readonly ctx: DeliveryContext; readonly killed: () => boolean } {
  const calls: string[] = [];
  let dead = false;
  const guard = <T>(call: string, run: () => T): T => {
    if (dead) throw new Error(KILLED);
    const result = run();
    calls.push(call);
    if (killWhen(call, calls)) dead = true;
    return result;
  };
  const wrap = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          guard(`${name}.${String(prop)}`, () =>
            (value as (...a: unknown[]) => unknown).apply(obj, args),
          );
      },
    });
  return {
    ctx: {
      ...ctx,
      workbook: wrap('workbook', ctx.workbook),
      mailer: wrap('mailer', ctx.mailer),
      store: wrap('store', ctx.store),
      lock: wrap('lock', ctx.lock),
    },
    killed: () => dead,
  };
}

/** One delivery pass with the school's own settings and no time limit. */
export function deliverNow(ctx: DeliveryContext): DeliveryReport {
  const school = loadSchool(ctx.workbook, ctx.clock, []);
  return deliver(ctx, { settings: school.settings, strings: school.strings, budgetMs: 1e9 });
}

const histories = new Map<string, Record<string, Grid>>();
/** The demo school with `weeks` of journal up to the week of `weekOf`, made once per test file. */
export function demoHistory(weekOf: string, zone: Zone, weeks: number): Record<string, Grid> {
  const key = `${weekOf}|${zone.id}|${weeks}`;
  let grids = histories.get(key);
  if (!grids) {
    grids = demoSchoolWithHistory({ weekOf, zone, weeks });
    histories.set(key, grids);
  }
  return grids;
}
