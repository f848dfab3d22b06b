import { EMAIL_RE } from './spreadsheet-app';
import { FakeBlob, zonedFields } from './utilities';
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
const BODY_LIMIT_BYTES = 200 * 1024;

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

/** Mailbox state: what was sent, the daily recipient quota, injected failures. */
export class MailState {
  sent: SentMail[] = [];
  /** Recipients sent today, per sending account (the quota is each user's). */
  private used = new Map<string, number>();
  private day: string;
  private failures: { count: number; message: string } = { count: 0, message: '' };

  constructor(private readonly state: GasState) {
    this.day = this.pacificDay();
  }

  private pacificDay(): string {
    const f = zonedFields(this.state.clock.nowMs(), 'America/Los_Angeles');
    return `${f.year}-${f.month}-${f.day}`;
  }
  private roll(): void {
    const today = this.pacificDay();
    if (today !== this.day) {
      this.day = today;
      this.used.clear();
    }
  }
  /**
   * Recipients `email` (default: the effective user) may still send today; the quota is per user
   * and resets at midnight Pacific time, by the fake clock.
   */
  remainingQuota(email: string = this.state.effectiveUserEmail): number {
    this.roll();
    return Math.max(0, this.state.mailQuota - (this.used.get(email.toLowerCase()) ?? 0));
  }
  setQuota(n: number): void {
    this.state.mailQuota = n;
  }
  /** The next `count` sendEmail calls throw Error(message) without sending. */
  failNext(count: number, message = 'Service unavailable: Email'): void {
    this.failures = { count, message };
  }
  resetDay(): void {
    this.used.clear();
    this.day = this.pacificDay();
  }
  _takeFailure(): string | null {
    if (this.failures.count <= 0) return null;
    this.failures.count -= 1;
    return this.failures.message;
  }
  _spend(n: number): void {
    this.roll();
    const who = this.state.effectiveUserEmail.toLowerCase();
    this.used.set(who, (this.used.get(who) ?? 0) + n);
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
    if (byteLength(body) > BODY_LIMIT_BYTES || byteLength(htmlBody ?? '') > BODY_LIMIT_BYTES) {
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
