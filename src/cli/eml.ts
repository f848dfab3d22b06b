import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailEnvelope } from '../ports/mailer';

const slug = (text: string): string =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Formats a message as RFC 5322 text with nodemailer's composer: Message-ID and Date, header
 * lines folded (a Bcc of 60 families stays under 998 characters a line), display names quoted or
 * encoded as needed, encoded words within 75 characters, UTF-8 text and HTML parts.
 *
 * @param mail the message as the mailer got it
 * @param date when it was "sent" (the run's simulated clock)
 * @param from the school's address; the display name is the mail's `name`
 */
export async function toEml(mail: MailEnvelope, date: Date, from: string): Promise<string> {
  const id = digest(`${mail.key ?? ''}|${mail.subject}|${date.toISOString()}`);
  const domain = from.includes('@') ? from.slice(from.lastIndexOf('@') + 1) : 'distant.invalid';
  const node = new MailComposer({
    from: { name: mail.name, address: from },
    to: [...mail.to],
    cc: [...mail.cc],
    bcc: [...mail.bcc],
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date,
    messageId: `<${id.slice(0, 32)}@${domain}>`,
    // The same letter gives the same file: boundaries from its id, not from chance.
    baseBoundary: id.slice(32, 48),
    newline: '\r\n',
    ...(mail.key ? { headers: { 'X-Distant-Key': mail.key } } : {}),
  }).compile();
  // The file shows whom the letter went to, Bcc included (a mail program never sends a file).
  node.keepBcc = true;
  const message = await node.build();
  return message.toString('utf8');
}

/**
 * Collects each message the runner "sends" and writes them as out/mail/NNNN-<key>.eml on
 * `flush`: the composer is asynchronous and the mailer port is not.
 */
export class EmlWriter {
  private readonly pending: Array<{ name: string; mail: MailEnvelope; date: Date }> = [];
  readonly files: string[] = [];

  /**
   * @param folder out/mail, created on the first letter
   * @param from the school's address
   * @param now the run's clock
   */
  constructor(
    private readonly folder: string,
    private readonly from: string,
    private readonly now: () => Date,
  ) {}

  /** Takes one sent message (its file name is fixed now, in sending order). */
  write(mail: MailEnvelope): void {
    const name = `${String(this.files.length + 1).padStart(4, '0')}-${slug(mail.key ?? mail.subject)}.eml`;
    this.pending.push({ name, mail, date: this.now() });
    this.files.push(name);
  }

  /** Writes every message taken since the last flush. */
  async flush(): Promise<void> {
    if (this.pending.length > 0) mkdirSync(this.folder, { recursive: true });
    for (const { name, mail, date } of this.pending.splice(0))
      writeFileSync(join(this.folder, name), await toEml(mail, date, this.from));
  }
}
