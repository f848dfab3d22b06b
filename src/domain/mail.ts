/**
 * A message as jobs compose it and the outbox keeps it: recipients, subject, plain text and HTML.
 * The limits of Apps Script mail (docs/contracts.md «Jobs», docs/decisions.md «Delivery») live here.
 */

/** A message ready to queue. `key` makes a retry of the same job a no-op. */
export interface OutgoingMail {
  readonly key: string;
  readonly job: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  /** Mass messages go in Bcc so that families do not see each other's addresses. */
  readonly bcc?: readonly string[];
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The parts of a message stored in the outbox's content cell. */
export interface MailContent {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo?: string | undefined;
  readonly text: string;
  readonly html: string;
}

/** Recipients one message may carry (To + Cc + Bcc), per Apps Script. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** Daily recipients: consumer accounts and Google Workspace. */
export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;
/**
 * A sheet cell holds at most 50,000 characters and the content cell holds both parts as JSON, so
 * this, not the 200 KB mail limit, is what bounds a stored message.
 */
export const MAX_CONTENT_CHARS = 45_000;

/** Every address the message goes to, each once. */
export function recipientsOf(mail: Pick<OutgoingMail, 'to' | 'cc' | 'bcc'>): string[] {
  return [...new Set([...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? [])])];
}

/** A short stable hash (FNV-1a, 32 bits, hex) for keys: same recipients, same key. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The idempotency key of a message: job, period (a date or an ISO week), an optional topic
 * (a class, a teacher) and the recipients. The same letter composed again gets the same key.
 */
export function messageKey(
  job: string,
  period: string,
  recipients: readonly string[],
  topic = '',
): string {
  const who = shortHash(
    [...recipients]
      .map((r) => r.toLowerCase())
      .sort()
      .join(','),
  );
  return [job, period, topic, who].filter((p) => p !== '').join('|');
}

/**
 * Splits a message with more than 50 recipients into parts that each fit. To and Cc (usually the
 * school's own address) repeat on every part; the Bcc list is shared out. Each part gets the key
 * suffix `#n`, so parts are idempotent too.
 */
export function splitByRecipients(
  mail: OutgoingMail,
  max = MAX_RECIPIENTS_PER_MESSAGE,
): OutgoingMail[] {
  if (recipientsOf(mail).length <= max) return [mail];
  const head = [...new Set([...mail.to, ...(mail.cc ?? [])])];
  const parts: OutgoingMail[] = [];
  if (head.length >= max) {
    const everyone = recipientsOf(mail);
    for (let i = 0; i < everyone.length; i += max)
      parts.push({ ...mail, to: everyone.slice(i, i + max), cc: [], bcc: [] });
  } else {
    const bcc = [...new Set(mail.bcc ?? [])].filter((a) => !head.includes(a));
    const room = max - head.length;
    for (let i = 0; i < bcc.length; i += room) parts.push({ ...mail, bcc: bcc.slice(i, i + room) });
  }
  return parts.map((part, i) => ({ ...part, key: `${mail.key}#${i + 1}` }));
}
