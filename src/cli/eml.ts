import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailEnvelope } from '../ports/mailer';

const b64 = (text: string): string =>
  Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
const header = (text: string): string =>
  /^[\x20-\x7e]*$/.test(text)
    ? text
    : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const slug = (text: string): string =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Formats a message as RFC 5322 text: multipart/alternative, UTF-8, base64 parts. */
export function toEml(mail: MailEnvelope, date: Date, from: string): string {
  const boundary = `distant-${Buffer.from(mail.key ?? mail.subject)
    .toString('hex')
    .slice(0, 24)}`;
  const lines = [
    `From: ${header(mail.name)} <${from}>`,
    `To: ${mail.to.join(', ')}`,
    ...(mail.cc.length > 0 ? [`Cc: ${mail.cc.join(', ')}`] : []),
    ...(mail.bcc.length > 0 ? [`Bcc: ${mail.bcc.join(', ')}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${header(mail.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    ...(mail.key ? [`X-Distant-Key: ${mail.key}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(mail.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(mail.html),
    `--${boundary}--`,
    '',
  ];
  return lines.join('\r\n');
}

/** Writes each message the runner "sends" as out/mail/NNNN-<key>.eml. */
export class EmlWriter {
  private count = 0;
  readonly files: string[] = [];

  constructor(
    private readonly folder: string,
    private readonly from: string,
    private readonly now: () => Date,
  ) {}

  write(mail: MailEnvelope): void {
    mkdirSync(this.folder, { recursive: true });
    this.count++;
    const name = `${String(this.count).padStart(4, '0')}-${slug(mail.key ?? mail.subject)}.eml`;
    writeFileSync(join(this.folder, name), toEml(mail, this.now(), this.from));
    this.files.push(name);
  }
}
