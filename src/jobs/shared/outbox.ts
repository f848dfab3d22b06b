/**
 * The outbox («Очередь писем») as a queue: every message the add-on sends is first a row here.
 * Queuing is idempotent by key (a retried job adds nothing), a letter above 50 recipients is
 * queued in parts, and a letter the day's quota cannot hold is cut into parts at delivery
 * (`splitQueued`). One delivery pass is `delivery.ts`; the letter itself is `outbox-codec.ts`.
 */
import { type Cell, cellText, isBlank, isDateValue } from '../../domain/cells';
import {
  type MailContent,
  type OutgoingMail,
  recipientsOf,
  splitByRecipients,
} from '../../domain/mail';
import { lookupVocabulary } from '../../domain/parse';
import type { OutboxStatus } from '../../domain/vocabulary';
import { ALL_NAMES, type Strings } from '../../i18n';
import type { Lock } from '../../ports/lock';
import type { Mailer } from '../../ports/mailer';
import type { Hmac } from '../../ports/signer';
import type { Store } from '../../ports/store';
import type { JobContext } from '../context';
import { decodeLetter, encodeLetter } from './outbox-codec';
import { type OutboxSeal, outboxSeal } from './outbox-seal';
import { openSystemSheet, type SystemSheet, systemRow } from './system-sheet';
import { updateState } from './state';
import { underLock } from './lock';

/** The ports delivery needs on top of a job's. */
export interface DeliveryContext extends JobContext {
  readonly mailer: Mailer;
  readonly lock: Lock;
  readonly store: Store;
  /** Seals every queued row (jobs/shared/outbox-seal). */
  readonly hmac: Hmac;
}

/** A row of the outbox as delivery sees it. */
export interface OutboxEntry {
  /** 1-based sheet row. */
  readonly row: number;
  readonly key: string;
  readonly job: string;
  /** When it was queued (ms); parts cut off later keep their letter's. NaN when the cell is not a date. */
  readonly created: number;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly status: OutboxStatus | undefined;
  readonly attempts: number;
  readonly error: string;
  /**
   * «Отправлено» holds a time: the letter was handed to the mail then. On a row «отправляется»
   * that is the letter a dead run had in flight (docs/decisions.md, «Only the letter in flight»).
   */
  readonly handed: boolean;
  /** The content cell as stored; decoded only when the letter is sent (decoding thousands is slow). */
  readonly contentCell: Cell;
  /** The cells the seal covers, as stored. */
  readonly recipientsCell: Cell;
  readonly subjectCell: Cell;
  readonly signature: string;
}

/** The outbox sheet as read: its name, columns and rows. */
export type OutboxSheet = SystemSheet;

/** Opens the outbox (created when absent) and reads it whole. */
export function openOutbox(ctx: JobContext, strings: Strings): OutboxSheet {
  return openSystemSheet(ctx.workbook, 'outbox', strings);
}

/** The rows of the outbox with a key, in sheet order. */
export function entriesOf(sheet: OutboxSheet): OutboxEntry[] {
  const at = (row: Cell[], key: string): Cell => row[sheet.columns.get(key) ?? -1] ?? '';
  const out: OutboxEntry[] = [];
  sheet.grid.forEach((row, i) => {
    if (i === 0) return;
    const key = cellText(at(row, 'key'));
    if (key === '') return;
    const attempts = Number(at(row, 'attempts'));
    const created = at(row, 'created');
    out.push({
      row: i + 1,
      key,
      job: cellText(at(row, 'job')),
      created: isDateValue(created) ? created.getTime() : NaN,
      recipients: cellText(at(row, 'recipients'))
        .split(/[,\s]+/)
        .filter(Boolean),
      subject: cellText(at(row, 'subject')),
      status: lookupVocabulary('outboxStatus', at(row, 'status'), ALL_NAMES),
      attempts: Number.isFinite(attempts) ? attempts : 0,
      error: cellText(at(row, 'error')),
      handed: !isBlank(at(row, 'sentAt')),
      contentCell: at(row, 'content'),
      recipientsCell: at(row, 'recipients'),
      subjectCell: at(row, 'subject'),
      signature: cellText(at(row, 'signature')),
    });
  });
  return out;
}

/**
 * Queue order: by «Создано», then by row — so the rest of a letter cut at delivery, appended at
 * the bottom with its letter's time, still goes before everything queued after that letter.
 * A row without a readable time (typed by hand) goes last.
 */
export function inQueueOrder(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const time = (e: OutboxEntry): number => (Number.isNaN(e.created) ? Infinity : e.created);
  return [...entries].sort((a, b) => time(a) - time(b) || a.row - b.row);
}

/** The content of a message as the outbox stores it. */
function contentOf(mail: OutgoingMail): MailContent {
  return {
    to: mail.to,
    cc: mail.cc ?? [],
    bcc: mail.bcc ?? [],
    replyTo: mail.replyTo,
    text: mail.text,
    html: mail.html,
  };
}

/** The sealed row of `mail` waiting in the queue since `created`. */
export function queuedRow(
  sheet: OutboxSheet,
  seal: OutboxSeal,
  mail: OutgoingMail,
  created: Date,
  strings: Strings,
  note: () => string,
): Cell[] {
  return sealedRow(sheet, seal, {
    key: mail.key,
    job: mail.job,
    created,
    recipients: recipientsOf(mail).join(', '),
    subject: mail.subject,
    status: strings.labels.outboxStatus.queued,
    attempts: 0,
    content: encodeLetter(contentOf(mail), note),
  });
}

/** Outcome of queuing. */
export interface QueueResult {
  readonly queued: number;
  /** Messages whose key was already in the outbox (a retry of the same job). */
  readonly duplicates: number;
}

/**
 * Queues messages: split above 50 recipients, shortened above the cell limit, and skipped when
 * their key is already in the outbox. One read and one append, under the document lock.
 */
export function enqueue(
  ctx: DeliveryContext,
  strings: Strings,
  mails: readonly OutgoingMail[],
): QueueResult {
  if (mails.length === 0) return { queued: 0, duplicates: 0 };
  return underLock(
    ctx,
    () => {
      const sheet = openOutbox(ctx, strings);
      const known = new Set(entriesOf(sheet).map((e) => e.key));
      const now = ctx.clock.now();
      const note = (): string => strings.mail.shortened(ctx.workbook.url());
      const seal = outboxSeal(ctx);
      const rows: Cell[][] = [];
      let duplicates = 0;
      for (const mail of mails.flatMap((m) => splitByRecipients(m))) {
        if (known.has(mail.key)) {
          duplicates++;
          continue;
        }
        known.add(mail.key);
        rows.push(queuedRow(sheet, seal, mail, now, strings, note));
      }
      if (rows.length > 0) appendRows(ctx, sheet, rows);
      return { queued: rows.length, duplicates };
    },
    strings,
  );
}

/** Appends rows to the outbox read in `sheet` (under the lock) and counts them as pending. */
export function appendRows(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  rows: readonly Cell[][],
): void {
  ctx.workbook.append(sheet.name, rows);
  sheet.grid.push(...rows.map((r) => [...r]));
  updateState(ctx.store, (s) => ({ ...s, pending: s.pending + rows.length }));
}

/** The letter a row belongs to: its key without the `~n` of a part cut at delivery. */
export function letterKey(key: string): string {
  return key.replace(/~\d+$/, '');
}

/** The key for a new part of a letter cut at delivery: `k~2`, `k~3`, … — the first not taken. */
function freePartKey(key: string, taken: ReadonlySet<string>): string {
  const letter = letterKey(key);
  let n = 2;
  while (taken.has(`${letter}~${n}`)) n++;
  return `${letter}~${n}`;
}

/**
 * Cuts a queued letter so that the part left in its row reaches `keep` recipients: the To and
 * Cc addresses (every part repeats them) and the first Bcc addresses. The rest becomes a new row
 * `key~n` with the same «Создано» (it keeps its turn). The new row is written first: a
 * crash in between leaves both rows whole, which `repairCutLetters` puts right before anything is
 * sent; the other order could lose the rest of the letter. Returns the shortened entry, or null
 * when the letter cannot be cut there (no Bcc to share out, or `keep` no larger than its head).
 */
export function splitQueued(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  entry: OutboxEntry,
  content: MailContent,
  keep: number,
  strings: Strings,
): OutboxEntry | null {
  const head = headOf(content);
  const bcc = content.bcc.filter((a) => !head.includes(a));
  const room = keep - head.length;
  if (room < 1 || room >= bcc.length) return null;
  const first: MailContent = { ...content, bcc: bcc.slice(0, room) };
  const rest: MailContent = { ...content, bcc: bcc.slice(room) };
  const note = (): string => strings.mail.shortened(ctx.workbook.url());
  const created = sheet.grid[entry.row - 1]?.[sheet.columns.get('created') ?? -1];
  const taken = new Set(entriesOf(sheet).map((e) => e.key));
  const seal = outboxSeal(ctx);
  appendRows(ctx, sheet, [
    sealedRow(sheet, seal, {
      key: freePartKey(entry.key, taken),
      job: entry.job,
      created: isDateValue(created) ? created : ctx.clock.now(),
      recipients: recipientsOf(rest).join(', '),
      subject: entry.subject,
      status: strings.labels.outboxStatus.queued,
      attempts: 0,
      content: encodeLetter(rest, note),
    }),
  ]);
  return rewriteLetter(ctx, sheet, entry, first, note);
}

/** To and Cc of a letter: the addresses each of its parts repeats. */
export function headOf(content: Pick<MailContent, 'to' | 'cc'>): string[] {
  return [...new Set([...content.to, ...content.cc])];
}

/** Writes a letter's new recipients and content into its row (one write over the columns between). */
function rewriteLetter(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  entry: OutboxEntry,
  content: MailContent,
  note: () => string,
): OutboxEntry {
  const recipientsAt = sheet.columns.get('recipients')!;
  const contentAt = sheet.columns.get('content')!;
  const signatureAt = sheet.columns.get('signature')!;
  const from = Math.min(recipientsAt, contentAt, signatureAt);
  const to = Math.max(recipientsAt, contentAt, signatureAt);
  const row = [...(sheet.grid[entry.row - 1] ?? [])];
  while (row.length <= to) row.push('');
  const recipients = recipientsOf(content);
  row[recipientsAt] = recipients.join(', ');
  row[contentAt] = encodeLetter(content, note);
  // The cut letter is the add-on's own new version: sealed again.
  const signature = outboxSeal(ctx).sign({
    key: entry.key,
    subject: entry.subjectCell,
    recipients: row[recipientsAt],
    content: row[contentAt],
  });
  row[signatureAt] = signature;
  sheet.grid[entry.row - 1] = row;
  ctx.workbook.write(sheet.name, entry.row, [row.slice(from, to + 1)], from + 1);
  return {
    ...entry,
    recipients,
    recipientsCell: row[recipientsAt] ?? '',
    contentCell: row[contentAt] ?? '',
    signature,
  };
}

/**
 * The rows of a cut whose shortening did not happen (a crash between the two writes): a queued
 * row of a letter that still holds every recipient of another, smaller part of it. After a
 * finished cut, two parts of a letter share only their To and Cc.
 */
function unfinishedCuts(entries: readonly OutboxEntry[]): Array<{
  readonly whole: OutboxEntry;
  readonly rest: OutboxEntry;
}> {
  const parts = new Map<string, OutboxEntry[]>();
  for (const e of entries) parts.set(letterKey(e.key), [...(parts.get(letterKey(e.key)) ?? []), e]);
  const out: Array<{ whole: OutboxEntry; rest: OutboxEntry }> = [];
  for (const group of parts.values()) {
    if (group.length < 2) continue;
    for (const whole of group.filter((e) => e.status === 'queued')) {
      const mine = new Set(whole.recipients);
      for (const rest of group)
        if (
          rest !== whole &&
          rest.recipients.length > 0 &&
          rest.recipients.length < whole.recipients.length &&
          rest.recipients.every((a) => mine.has(a))
        )
          out.push({ whole, rest });
    }
  }
  return out;
}

/** Finishes cuts a crash interrupted: the whole row loses the recipients its rest row holds. */
export function repairCutLetters(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  entries: readonly OutboxEntry[],
  strings: Strings,
): number {
  const note = (): string => strings.mail.shortened(ctx.workbook.url());
  let repaired = 0;
  for (const { whole, rest } of unfinishedCuts(entries)) {
    const current = entriesOf(sheet).find((e) => e.row === whole.row) ?? whole;
    const content = decodeLetter(current.contentCell);
    if (content === null) continue;
    const head = new Set(headOf(content));
    const theirs = new Set(rest.recipients.filter((a) => !head.has(a)));
    rewriteLetter(
      ctx,
      sheet,
      current,
      { ...content, bcc: content.bcc.filter((a) => !theirs.has(a)) },
      note,
    );
    repaired++;
  }
  return repaired;
}

/** A change of a row's status cells. */
export interface Mark {
  readonly status: string;
  readonly attempts?: number;
  /** '' clears it: a letter handed over that did not go. */
  readonly sentAt?: Date | '';
  readonly error?: string;
}

/** Writes the status cells of one row (one setValues over the status…error columns). */
export function markRow(
  ctx: JobContext,
  sheet: OutboxSheet,
  entry: OutboxEntry,
  change: Mark,
): void {
  const keys = ['status', 'attempts', 'sentAt', 'error'] as const;
  const indexes = keys.map((k) => sheet.columns.get(k)!);
  const from = Math.min(...indexes);
  const to = Math.max(...indexes);
  const row = [...(sheet.grid[entry.row - 1] ?? [])];
  while (row.length <= to) row.push('');
  row[sheet.columns.get('status')!] = change.status;
  row[sheet.columns.get('attempts')!] = change.attempts ?? entry.attempts;
  if (change.sentAt !== undefined) row[sheet.columns.get('sentAt')!] = change.sentAt;
  if (change.error !== undefined) row[sheet.columns.get('error')!] = change.error;
  sheet.grid[entry.row - 1] = row;
  ctx.workbook.write(sheet.name, entry.row, [row.slice(from, to + 1)], from + 1);
}

/** Sets status and attempts of several rows: one write over the block of rows they span. */
export function markRows(
  ctx: JobContext,
  sheet: OutboxSheet,
  entries: readonly OutboxEntry[],
  status: string,
): void {
  if (entries.length === 0) return;
  const statusIndex = sheet.columns.get('status')!;
  const attemptsIndex = sheet.columns.get('attempts')!;
  const from = Math.min(statusIndex, attemptsIndex);
  const to = Math.max(statusIndex, attemptsIndex);
  const first = Math.min(...entries.map((e) => e.row));
  const last = Math.max(...entries.map((e) => e.row));
  const byRow = new Map(entries.map((e) => [e.row, e]));
  const block: Cell[][] = [];
  for (let r = first; r <= last; r++) {
    const row = [...(sheet.grid[r - 1] ?? [])];
    while (row.length <= to) row.push('');
    const entry = byRow.get(r);
    if (entry) {
      row[statusIndex] = status;
      row[attemptsIndex] = entry.attempts;
      sheet.grid[r - 1] = row;
    }
    block.push(row.slice(from, to + 1));
  }
  ctx.workbook.write(sheet.name, first, block, from + 1);
}

/** Puts every «неизвестно» row back in the queue (the admin's one click after checking). */
export function requeueUnknown(ctx: DeliveryContext, strings: Strings): number {
  return underLock(
    ctx,
    () => {
      const sheet = openOutbox(ctx, strings);
      const unknown = entriesOf(sheet).filter((e) => e.status === 'unknown');
      for (const e of unknown)
        markRow(ctx, sheet, e, {
          status: strings.labels.outboxStatus.queued,
          sentAt: '',
          error: '',
        });
      if (unknown.length > 0)
        updateState(ctx.store, (s) => ({ ...s, pending: s.pending + unknown.length }));
      return unknown.length;
    },
    strings,
  );
}

/** Rows of the outbox by job and status, for summaries and the report. */
export function outboxTally(
  ctx: JobContext,
  strings: Strings,
): Record<string, Partial<Record<OutboxStatus, number>>> {
  const tally: Record<string, Partial<Record<OutboxStatus, number>>> = {};
  for (const e of entriesOf(openOutbox(ctx, strings))) {
    const byStatus = (tally[e.job] ??= {});
    const status = e.status ?? 'error';
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  return tally;
}

/** A row of the outbox with its seal over the cells that say whom it reaches and what it says. */
export function sealedRow(
  sheet: OutboxSheet,
  seal: OutboxSeal,
  values: Readonly<Record<string, Cell>> & { readonly key: string },
): Cell[] {
  const signature = seal.sign({
    key: values.key,
    subject: values.subject,
    recipients: values.recipients,
    content: values.content,
  });
  return systemRow(sheet, { ...values, signature });
}

/** True when a row still says what the add-on queued: its seal verifies. */
export function isSealed(seal: OutboxSeal, entry: OutboxEntry): boolean {
  return seal.verifies(
    {
      key: entry.key,
      subject: entry.subjectCell,
      recipients: entry.recipientsCell,
      content: entry.contentCell,
    },
    entry.signature,
  );
}
