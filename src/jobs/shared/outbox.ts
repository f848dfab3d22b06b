/**
 * The outbox («Очередь писем»): every message the add-on sends is first a row here. Queuing is
 * idempotent by key; delivery claims rows under the document lock, sends outside it and marks
 * each row at once, so a retry never sends twice and a crash never loses a message silently.
 */
import * as z from 'zod/mini';
import { type Cell, cellText, isDateValue } from '../../domain/cells';
import {
  type MailContent,
  MAX_CONTENT_CHARS,
  type OutgoingMail,
  recipientsOf,
  shortHash,
  splitByRecipients,
} from '../../domain/mail';
import { escapeHtml, renderHtml, renderText } from '../../mail/document';
import { lookupVocabulary } from '../../domain/parse';
import type { Settings } from '../../domain/settings';
import type { OutboxStatus } from '../../domain/vocabulary';
import type { Strings } from '../../i18n';
import type { Lock } from '../../ports/lock';
import type { Mailer } from '../../ports/mailer';
import type { Store } from '../../ports/store';
import type { JobContext } from '../context';
import { openSystemSheet, type SystemSheet, systemRow } from './system-sheet';
import { updateState } from './state';

/** The ports delivery needs on top of a job's. */
export interface DeliveryContext extends JobContext {
  readonly mailer: Mailer;
  readonly lock: Lock;
  readonly store: Store;
}

/** A row of the outbox as delivery sees it. */
export interface OutboxEntry {
  /** 1-based sheet row. */
  readonly row: number;
  readonly key: string;
  readonly job: string;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly status: OutboxStatus | undefined;
  readonly attempts: number;
  readonly error: string;
  /** The content cell as stored; parsed only when the letter is sent (parsing thousands is slow). */
  readonly contentCell: Cell;
}

/** How long one attempt to take the lock may wait. */
export const LOCK_WAIT_MS = 10_000;
/** Attempts after which a failing message stops being retried and is reported. */
export const MAX_ATTEMPTS = 5;
/** Messages claimed at once: the most that can become "unknown" if the run dies mid-batch. */
export const CLAIM_BATCH = 10;

type OutboxSheet = SystemSheet;

const openOutbox = (ctx: JobContext, strings: Strings): OutboxSheet =>
  openSystemSheet(ctx.workbook, 'outbox', strings);

const addresses = z.array(z.string());
/** What a content cell must hold to be sent; anything else (a hand-edited cell) is an error row. */
const contentSchema = z.object({
  to: addresses,
  cc: z.optional(addresses),
  bcc: z.optional(addresses),
  replyTo: z.optional(z.string()),
  text: z.string(),
  html: z.string(),
});

function parseContent(raw: Cell): MailContent | null {
  try {
    const parsed = contentSchema.safeParse(JSON.parse(cellText(raw)));
    if (!parsed.success) return null;
    return { ...parsed.data, cc: parsed.data.cc ?? [], bcc: parsed.data.bcc ?? [] };
  } catch {
    return null;
  }
}

function entriesOf(sheet: OutboxSheet): OutboxEntry[] {
  const at = (row: Cell[], key: string): Cell => row[sheet.columns.get(key) ?? -1] ?? '';
  const out: OutboxEntry[] = [];
  sheet.grid.forEach((row, i) => {
    if (i === 0) return;
    const key = cellText(at(row, 'key'));
    if (key === '') return;
    const attempts = Number(at(row, 'attempts'));
    out.push({
      row: i + 1,
      key,
      job: cellText(at(row, 'job')),
      recipients: cellText(at(row, 'recipients'))
        .split(/[,\s]+/)
        .filter(Boolean),
      subject: cellText(at(row, 'subject')),
      status: lookupVocabulary('outboxStatus', at(row, 'status')),
      attempts: Number.isFinite(attempts) ? attempts : 0,
      error: cellText(at(row, 'error')),
      contentCell: at(row, 'content'),
    });
  });
  return out;
}

/** Keeps the stored content under the cell limit: an over-long letter is cut with a note and a link. */
function storableContent(mail: OutgoingMail, strings: Strings, url: string): string {
  const content: MailContent = {
    to: mail.to,
    cc: mail.cc ?? [],
    bcc: mail.bcc ?? [],
    replyTo: mail.replyTo,
    text: mail.text,
    html: mail.html,
  };
  const json = JSON.stringify(content);
  if (json.length <= MAX_CONTENT_CHARS) return json;
  const note = strings.mail.shortened(url);
  const room = Math.max(
    1000,
    MAX_CONTENT_CHARS -
      4000 -
      JSON.stringify(content.to).length -
      JSON.stringify(content.bcc).length,
  );
  const text = `${mail.text.slice(0, Math.floor(room / 2))}\n…\n\n${note}\n`;
  const html = `<pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(mail.text.slice(0, Math.floor(room / 3)))}\n…</pre><p>${escapeHtml(note)}</p>`;
  return JSON.stringify({ ...content, text, html });
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
  if (!ctx.lock.tryLock(LOCK_WAIT_MS * 3))
    throw new Error('The outbox is busy (document lock); try again in a minute.');
  try {
    const sheet = openOutbox(ctx, strings);
    const known = new Set(entriesOf(sheet).map((e) => e.key));
    const now = ctx.clock.now();
    const url = ctx.workbook.url();
    const rows: Cell[][] = [];
    let duplicates = 0;
    for (const mail of mails.flatMap((m) => splitByRecipients(m))) {
      if (known.has(mail.key)) {
        duplicates++;
        continue;
      }
      known.add(mail.key);
      rows.push(
        systemRow(sheet, {
          key: mail.key,
          job: mail.job,
          created: now,
          recipients: recipientsOf(mail).join(', '),
          subject: mail.subject,
          status: strings.labels.outboxStatus.queued,
          attempts: 0,
          content: storableContent(mail, strings, url),
        }),
      );
    }
    if (rows.length > 0) {
      ctx.workbook.append(sheet.name, rows);
      updateState(ctx.store, (s) => ({ ...s, pending: s.pending + rows.length }));
    }
    return { queued: rows.length, duplicates };
  } finally {
    ctx.lock.release();
  }
}

/** Options of one delivery pass. */
export interface DeliveryOptions {
  readonly settings: Settings;
  readonly strings: Strings;
  /** Stop claiming new messages once the run has lasted this long. */
  readonly budgetMs: number;
}

/** What one delivery pass did. */
export interface DeliveryReport {
  sent: number;
  /** Recipients used (what the daily quota counts). */
  recipients: number;
  skipped: number;
  failed: number;
  unknown: number;
  /** Still queued after this pass (quota, time or transient errors). */
  remaining: number;
  /** Why the pass stopped before the queue was empty, if it did. */
  stoppedBy: 'quota' | 'time' | 'dailyLimit' | 'busy' | null;
}

type SendResult =
  | { readonly kind: 'sent' }
  | { readonly kind: 'retry'; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'dailyLimit'; readonly error: string };

const DAILY_LIMIT =
  /too many times for one day|daily (?:limit|quota)|Limit Exceeded: Email Total|quota/i;
const TRANSIENT =
  /too many times in a short time|simultaneous invocations|service unavailable|temporar|timed? ?out|try again|server error|internal error|rate limit|backend error/i;
const BACKOFF_MS = [1000, 3000, 7000];

/** Sends with backoff on transient errors; a daily-limit error is never retried in a loop. */
function sendWithRetry(ctx: DeliveryContext, send: () => void): SendResult {
  for (let attempt = 0; ; attempt++) {
    try {
      send();
      return { kind: 'sent' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (DAILY_LIMIT.test(message) && !TRANSIENT.test(message))
        return { kind: 'dailyLimit', error: message };
      if (!TRANSIENT.test(message)) return { kind: 'failed', error: message };
      const wait = BACKOFF_MS[attempt];
      if (wait === undefined) return { kind: 'retry', error: message };
      // Jitter keeps two executions that failed together from retrying together.
      ctx.clock.sleep(wait + Math.floor(Math.random() * 500));
    }
  }
}

/**
 * One delivery pass: marks rows left «отправляется» by a dead run as «неизвестно» and tells the
 * admins; then, batch by batch, claims queued rows under the lock, sends them without it and
 * marks each at once — until the queue, the quota (less `quota_reserve`) or the time runs out.
 */
export function deliver(ctx: DeliveryContext, options: DeliveryOptions): DeliveryReport {
  const { settings, strings } = options;
  const report: DeliveryReport = {
    sent: 0,
    recipients: 0,
    skipped: 0,
    failed: 0,
    unknown: 0,
    remaining: 0,
    stoppedBy: null,
  };
  const label = strings.labels.outboxStatus;
  const failures: OutboxEntry[] = [];
  // A letter that failed transiently waits for the next run rather than being hammered in this one.
  const deferred = new Set<string>();
  let quotaLeft = Number.POSITIVE_INFINITY;
  let lastSheet: OutboxSheet | undefined;

  for (;;) {
    if (ctx.clock.elapsedMs() > options.budgetMs) {
      report.stoppedBy = 'time';
      break;
    }
    if (!ctx.lock.tryLock(LOCK_WAIT_MS)) {
      report.stoppedBy = 'busy';
      break;
    }
    let sheet: OutboxSheet;
    let claimed: OutboxEntry[] = [];
    let queued: OutboxEntry[];
    try {
      // The whole queue is read once; later batches re-read only the status columns (a person may
      // have re-queued a row) unless rows were added meanwhile.
      sheet =
        lastSheet === undefined
          ? openOutbox(ctx, strings)
          : refreshStatuses(ctx, lastSheet, strings);
      lastSheet = sheet;
      const entries = entriesOf(sheet);
      // Only one dispatcher runs at a time (the lease), so «sending» here means a run died mid-send.
      const orphans = entries.filter((e) => e.status === 'sending');
      if (orphans.length > 0) {
        for (const e of orphans)
          mark(ctx, sheet, e, { status: label.unknown, error: strings.mail.unknownFateError });
        report.unknown += orphans.length;
        alertAdmins(ctx, sheet, settings, strings, 'unknown', orphans);
      }
      queued = entries.filter((e) => e.status === 'queued' && !deferred.has(e.key));
      if (settings.mailMode === 'off') {
        for (const e of queued) mark(ctx, sheet, e, { status: label.skipped });
        report.skipped += queued.length;
        queued = [];
      }
      if (queued.length > 0 && quotaLeft === Number.POSITIVE_INFINITY) {
        quotaLeft = ctx.mailer.remainingQuota() - settings.quotaReserve;
      }
      for (const e of queued) {
        if (claimed.length >= CLAIM_BATCH) break;
        const cost = recipientsFor(e, settings).length;
        if (cost > quotaLeft) break;
        quotaLeft -= cost;
        claimed.push(e);
      }
      if (claimed.length > 0) {
        claimed = claimed.map((e) => ({ ...e, attempts: e.attempts + 1 }));
        markMany(ctx, sheet, claimed, label.sending);
      }
    } finally {
      ctx.lock.release();
    }
    if (claimed.length === 0) {
      if (queued.length > 0) report.stoppedBy = 'quota';
      break;
    }

    let stop = false;
    for (const entry of claimed) {
      if (stop) {
        mark(ctx, sheet, entry, { status: label.queued, attempts: entry.attempts - 1 });
        continue;
      }
      const content = parseContent(entry.contentCell);
      const result =
        content === null
          ? ({ kind: 'failed', error: 'damaged content' } as const)
          : sendWithRetry(ctx, () =>
              ctx.mailer.send(envelopeFor(entry, content, settings, strings)),
            );
      switch (result.kind) {
        case 'sent':
          mark(ctx, sheet, entry, { status: label.sent, sentAt: ctx.clock.now(), error: '' });
          report.sent++;
          report.recipients += recipientsFor(entry, settings).length;
          break;
        case 'retry':
          if (entry.attempts >= MAX_ATTEMPTS) {
            mark(ctx, sheet, entry, { status: label.error, error: result.error });
            report.failed++;
            failures.push({ ...entry, error: result.error });
          } else {
            mark(ctx, sheet, entry, { status: label.queued, error: result.error });
            deferred.add(entry.key);
          }
          break;
        case 'failed':
          mark(ctx, sheet, entry, { status: label.error, error: result.error });
          report.failed++;
          failures.push({ ...entry, error: result.error });
          break;
        case 'dailyLimit':
          // Not sent: back to the queue, without counting the attempt, until tomorrow's quota.
          mark(ctx, sheet, entry, {
            status: label.queued,
            attempts: entry.attempts - 1,
            error: result.error,
          });
          report.stoppedBy = 'dailyLimit';
          stop = true;
          break;
      }
    }
    if (stop) break;
  }
  // The sheet as this pass left it (every mark updated it) says what still waits.
  report.remaining = lastSheet
    ? entriesOf(lastSheet).filter((e) => e.status === 'queued').length
    : 0;

  if (failures.length > 0 && ctx.lock.tryLock(LOCK_WAIT_MS)) {
    try {
      alertAdmins(ctx, openOutbox(ctx, strings), settings, strings, 'failed', failures);
    } finally {
      ctx.lock.release();
    }
  }
  return report;
}

/** The sheet with fresh status and attempt cells, or read anew when it has grown. */
function refreshStatuses(ctx: JobContext, sheet: OutboxSheet, strings: Strings): OutboxSheet {
  const status = sheet.columns.get('status')!;
  const attempts = sheet.columns.get('attempts')!;
  const from = Math.min(status, attempts);
  const count = Math.abs(status - attempts) + 1;
  const fresh = ctx.workbook.readColumns(sheet.name, from + 1, count);
  if (fresh === null || fresh.length !== sheet.grid.length) return openOutbox(ctx, strings);
  fresh.forEach((cells, r) => {
    const row = sheet.grid[r];
    if (row === undefined || r === 0) return;
    row[status] = cells[status - from] ?? '';
    row[attempts] = cells[attempts - from] ?? '';
  });
  return sheet;
}

/**
 * Who actually receives a row: the admins in preview mode, the recipients otherwise. The
 * «Получатели» column says it without parsing the letter; a hand-made row without it is parsed.
 */
function recipientsFor(entry: OutboxEntry, settings: Settings): readonly string[] {
  if (settings.mailMode === 'preview') return settings.adminEmails;
  if (entry.recipients.length > 0) return entry.recipients;
  const content = parseContent(entry.contentCell);
  return content ? recipientsOf(content) : [];
}

function envelopeFor(
  entry: OutboxEntry,
  content: MailContent,
  settings: Settings,
  strings: Strings,
) {
  const name = settings.schoolName || strings.appName;
  if (settings.mailMode !== 'preview') {
    return { ...content, name, subject: entry.subject, key: entry.key };
  }
  const note = strings.mail.previewNote(recipientsOf(content).join(', '));
  const escaped = escapeHtml(note);
  return {
    to: settings.adminEmails,
    cc: [],
    bcc: [],
    replyTo: content.replyTo,
    name,
    key: entry.key,
    subject: `${strings.mail.previewPrefix}${entry.subject}`,
    text: `${note}\n\n${content.text}`,
    html: `<p style="background:#fff3cd;padding:8px;font-family:Arial,sans-serif">${escaped}</p>${content.html}`,
  };
}

interface Mark {
  readonly status: string;
  readonly attempts?: number;
  readonly sentAt?: Date;
  readonly error?: string;
}

/** Writes the status cells of one row (one setValues over the status…error columns). */
function mark(ctx: JobContext, sheet: OutboxSheet, entry: OutboxEntry, change: Mark): void {
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

/** Claims a batch: one write over the block of rows it spans. */
function markMany(
  ctx: JobContext,
  sheet: OutboxSheet,
  entries: readonly OutboxEntry[],
  status: string,
): void {
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

/** Queues one letter to the admins about rows that need a person (under the lock already held). */
function alertAdmins(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  settings: Settings,
  strings: Strings,
  kind: 'unknown' | 'failed',
  entries: readonly OutboxEntry[],
): void {
  if (settings.adminEmails.length === 0) {
    ctx.log.warn(`${entries.length} outbox rows need attention, but admin_emails is empty`);
    return;
  }
  const subject =
    kind === 'unknown'
      ? strings.mail.unknownFateSubject(entries.length)
      : strings.mail.failedSubject(entries.length);
  const intro = kind === 'unknown' ? strings.mail.unknownFateIntro : strings.mail.failedIntro;
  const lines = entries.map((e) =>
    strings.mail.alertLine(
      e.subject,
      `${e.recipients.slice(0, 5).join(', ')}${e.recipients.length > 5 ? ' …' : ''}`,
      sheet.name,
      e.row,
      kind === 'failed' ? e.error : '',
    ),
  );
  const queued = strings.labels.outboxStatus.queued;
  const howTo =
    kind === 'unknown'
      ? strings.mail.unknownFateHowTo(sheet.name, queued, strings.menu.resendUnknown)
      : strings.mail.failedHowTo(sheet.name, queued);
  const letter = {
    title: subject,
    blocks: [
      { kind: 'paragraph', parts: [intro] },
      { kind: 'list', items: lines.map((l) => [l]) },
      { kind: 'paragraph', parts: [howTo] },
    ],
  } as const;
  const text = renderText(letter);
  const html = renderHtml(letter);
  const keyHash = `alert|${kind}|${ctx.clock.now().toISOString().slice(0, 10)}|${shortHash(entries.map((e) => e.key).join(','))}`;
  if (entriesOf(sheet).some((e) => e.key === keyHash)) return;
  const row = systemRow(sheet, {
    key: keyHash,
    job: 'alert',
    created: ctx.clock.now(),
    recipients: settings.adminEmails.join(', '),
    subject,
    status: strings.labels.outboxStatus.queued,
    attempts: 0,
    content: JSON.stringify({ to: settings.adminEmails, cc: [], bcc: [], text, html }),
  });
  ctx.workbook.append(sheet.name, [row]);
  sheet.grid.push(row);
  updateState(ctx.store, (s) => ({ ...s, pending: s.pending + 1 }));
}

/** Puts every «неизвестно» row back in the queue (the admin's one click after checking). */
export function requeueUnknown(ctx: DeliveryContext, strings: Strings): number {
  if (!ctx.lock.tryLock(LOCK_WAIT_MS * 3))
    throw new Error('The outbox is busy (document lock); try again in a minute.');
  try {
    const sheet = openOutbox(ctx, strings);
    const unknown = entriesOf(sheet).filter((e) => e.status === 'unknown');
    for (const e of unknown)
      mark(ctx, sheet, e, { status: strings.labels.outboxStatus.queued, error: '' });
    if (unknown.length > 0)
      updateState(ctx.store, (s) => ({ ...s, pending: s.pending + unknown.length }));
    return unknown.length;
  } finally {
    ctx.lock.release();
  }
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

/** Statuses after which a row is history: nothing will happen to it any more. */
const FINAL: ReadonlySet<OutboxStatus> = new Set(['sent', 'skipped', 'error']);

/**
 * Deletes the outbox's oldest rows once they are history and older than `archive_weeks` (the
 * letters hold pupils' data; a school keeps them only as long as it chose). Rows are appended in
 * time order, so history is the block at the top; the first row that still matters stops it.
 */
export function archiveOutbox(
  ctx: DeliveryContext,
  strings: Strings,
  archiveWeeks: number,
): number {
  if (!ctx.lock.tryLock(LOCK_WAIT_MS)) return 0;
  try {
    const sheet = openOutbox(ctx, strings);
    const horizon = ctx.clock.now().getTime() - archiveWeeks * 7 * 86_400_000;
    const createdAt = sheet.columns.get('created')!;
    let count = 0;
    for (const entry of entriesOf(sheet)) {
      const created = sheet.grid[entry.row - 1]?.[createdAt];
      const time = isDateValue(created) ? created.getTime() : NaN;
      if (
        entry.row !== count + 2 ||
        entry.status === undefined ||
        !FINAL.has(entry.status) ||
        !(time < horizon)
      )
        break;
      count++;
    }
    if (count > 0) ctx.workbook.deleteRows(sheet.name, 2, count);
    return count;
  } finally {
    ctx.lock.release();
  }
}
