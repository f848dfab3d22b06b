/**
 * The Mailer port over the Gmail API (`users.messages.send`), sending as `from` — the account a
 * service account acts for by domain-wide delegation. Gmail has no "remaining quota" call: the
 * day's allowance is the school's setting (`dailyRecipients`), counted down as this process sends.
 */
import { createHash } from 'node:crypto';
import type { MailEnvelope, Mailer } from '../../ports/mailer';
import type { GoogleCalls } from './bridge';
import { base64url, rfc5322 } from './mime';

/** Options of the Gmail mailer. */
export interface GmailMailerOptions {
  readonly calls: GoogleCalls;
  /** The sender (the delegated user); `users/me` is that user. */
  readonly from: string;
  /** Recipients that may be sent to today (Gmail's per-user sending limits, less a reserve). */
  readonly dailyRecipients: number;
  readonly now?: () => Date;
}

/** Sends each letter as one Gmail message. */
export class GmailMailer implements Mailer {
  private used = 0;
  readonly sent: string[] = [];

  constructor(private readonly options: GmailMailerOptions) {}

  remainingQuota(): number {
    return Math.max(0, this.options.dailyRecipients - this.used);
  }

  send(mail: MailEnvelope): void {
    const boundary = `distant-${createHash('sha256')
      .update(mail.key ?? mail.subject)
      .digest('hex')
      .slice(0, 24)}`;
    const raw = rfc5322(mail, {
      from: this.options.from,
      date: (this.options.now ?? (() => new Date()))(),
      boundary,
    });
    const data = this.options.calls.call<{ id?: string }>(
      'gmail',
      'users.messages.send',
      { userId: 'me', requestBody: { raw: base64url(raw) } },
      'gmailSend',
    );
    this.used += new Set([...mail.to, ...mail.cc, ...mail.bcc]).size;
    this.sent.push(data.id ?? '');
  }
}
