import { EMAIL_RE } from './spreadsheet-app';
import { FakeBlob } from './utilities';
import {
  asString,
  badSignature,
  byteLength,
  fail,
  GasObject,
  type GasState,
  isPlainObject,
  unwrap,
} from './core';

/** A message as recorded by the fake (env.mail.sent). */
export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments?: Array<{ name: string | null; contentType: string | null; size: number }>;
  at: Date;
  /** The account that sent it: the effective user (a trigger's owner). */
  from: string;
}

const RECIPIENTS_PER_MESSAGE = 50;
/** Body size per message: 200 KB on consumer accounts, 400 KB on Workspace (Quotas page, "Current limitations"). */
const BODY_LIMIT_BYTES = { consumer: 200 * 1024, workspace: 400 * 1024 } as const;
/** "Quotas are per user and reset 24 hours after the first request" (Quotas for Google Services). */
const QUOTA_WINDOW_MS = 24 * 3_600_000;

function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return asString(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function bare(address: string): string {
  const m = /<([^>]*)>\s*$/.exec(address);
  return (m ? (m[1] ?? '') : address).trim();
}

/** One quota window: it opens with the first send after the last one closed and lasts 24 hours. */
export interface QuotaWindow {
  readonly start: Date;
  used: number;
  /** Closed early by the test helper `resetDay`. */
  closed?: boolean;
}

/** Mailbox state: what was sent, the daily recipient quota, injected failures. */
export class MailState {
  sent: SentMail[] = [];
  /** Each sending account's quota windows, oldest first (the quota is each user's). */
  private readonly byUser = new Map<string, QuotaWindow[]>();
  private failures: { count: number; message: string } = { count: 0, message: '' };

  constructor(private readonly state: GasState) {}

  /** The quota windows of `email` (default: the effective user), oldest first. */
  windowsOf(email: string = this.state.effectiveUserEmail): QuotaWindow[] {
    const key = email.toLowerCase();
    let list = this.byUser.get(key);
    if (list === undefined) this.byUser.set(key, (list = []));
    return list;
  }
  /** The effective user's quota windows, oldest first. */
  get windows(): QuotaWindow[] {
    return this.windowsOf();
  }
  /** The window of `email` still open at the fake clock's time, if any. */
  private open(email?: string): QuotaWindow | undefined {
    const last = this.windowsOf(email).at(-1);
    return last && !last.closed && this.state.clock.nowMs() < last.start.getTime() + QUOTA_WINDOW_MS
      ? last
      : undefined;
  }
  /**
   * Recipients `email` (default: the effective user) may still send in the current window; the
   * window closes 24 hours after the send that opened it (not at a midnight), and the full quota
   * is back after that.
   */
  remainingQuota(email: string = this.state.effectiveUserEmail): number {
    return Math.max(0, this.state.mailQuota - (this.open(email)?.used ?? 0));
  }
  /** Which of the effective user's windows (0 = the first) a send at `at` fell in; -1 before the first. */
  windowOf(at: Date, email?: string): number {
    const windows = this.windowsOf(email);
    for (let i = windows.length - 1; i >= 0; i--)
      if (at.getTime() >= windows[i]!.start.getTime()) return i;
    return -1;
  }
  setQuota(n: number): void {
    this.state.mailQuota = n;
  }
  /** The next `count` sendEmail calls throw Error(message) without sending. */
  failNext(count: number, message = 'Service unavailable: Email'): void {
    this.failures = { count, message };
  }
  /** Test helper: closes every user's current window at once, as if 24 hours had passed. */
  resetDay(): void {
    for (const email of this.byUser.keys()) {
      const open = this.open(email);
      if (open) open.closed = true;
    }
  }
  _takeFailure(): string | null {
    if (this.failures.count <= 0) return null;
    this.failures.count -= 1;
    return this.failures.message;
  }
  _spend(n: number): void {
    const open = this.open();
    if (open) open.used += n;
    else this.windowsOf().push({ start: this.state.clock.now(), used: n });
  }
}

/** MailApp service: sendEmail (both forms) and getRemainingDailyQuota, with the consumer-account limits. */
export class FakeMailApp extends GasObject {
  constructor(
    private readonly state: GasState,
    private readonly mail: MailState,
  ) {
    super('MailApp');
  }

  /** sendEmail(message) | sendEmail(to, subject, body, options?) | sendEmail(to, replyTo, subject, body). */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let m: Record<string, unknown>;
    if (isPlainObject(a) && b === undefined) m = a;
    else if (
      typeof a === 'string' &&
      typeof b === 'string' &&
      typeof c === 'string' &&
      typeof d === 'string'
    ) {
      m = { to: a, replyTo: b, subject: c, body: d };
    } else if (
      typeof a === 'string' &&
      typeof b === 'string' &&
      typeof c === 'string' &&
      (d === undefined || isPlainObject(d))
    ) {
      m = { ...(d ?? {}), to: a, subject: b, body: c };
    } else
      badSignature(
        'MailApp.sendEmail',
        [a, b, c, d].filter((x) => x !== undefined),
      );
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) fail('Failed to send email: no recipient');
    for (const addr of all) if (!EMAIL_RE.test(bare(addr))) fail(`Invalid email: ${addr}`);
    if (
      m.replyTo !== undefined &&
      m.replyTo !== null &&
      m.replyTo !== '' &&
      !EMAIL_RE.test(bare(asString(m.replyTo)))
    ) {
      fail(`Invalid email: ${asString(m.replyTo)}`);
    }
    if (all.length > RECIPIENTS_PER_MESSAGE) fail('Limit Exceeded: Email Recipients Per Message.');
    const subject = m.subject === undefined || m.subject === null ? '' : asString(m.subject);
    if (subject.length > 250) fail('Argument too large: subject');
    const body = m.body === undefined || m.body === null ? '' : asString(m.body);
    const htmlBody = m.htmlBody === undefined || m.htmlBody === null ? null : asString(m.htmlBody);
    const limit = BODY_LIMIT_BYTES[this.state.account];
    if (byteLength(body) > limit || byteLength(htmlBody ?? '') > limit) {
      fail('Limit Exceeded: Email Body Size.');
    }
    const injected = this.mail._takeFailure();
    if (injected !== null) throw new Error(injected);
    if (all.length > this.mail.remainingQuota())
      fail('Service invoked too many times for one day: email.');
    const blobs = unwrap<unknown[]>(Array.isArray(m.attachments) ? m.attachments : []);
    const attachments = blobs.map((x) => {
      if (!(x instanceof FakeBlob)) badSignature('MailApp.sendEmail', [m]);
      return { name: x.getName(), contentType: x.getContentType(), size: x._size() };
    });
    this.mail._spend(all.length);
    this.mail.sent.push({
      to: to.join(','),
      cc: cc.join(','),
      bcc: bcc.join(','),
      subject,
      body,
      htmlBody,
      name: m.name === undefined ? null : asString(m.name),
      replyTo: m.replyTo ? asString(m.replyTo) : null,
      noReply: Boolean(m.noReply),
      ...(attachments.length > 0 ? { attachments } : {}),
      at: this.state.clock.now(),
      from: this.state.effectiveUserEmail.toLowerCase(),
    });
  }

  getRemainingDailyQuota(): number {
    return this.mail.remainingQuota();
  }
}
