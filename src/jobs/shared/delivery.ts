/**
 * One delivery pass over the outbox. Batch by batch it claims queued letters under the document
 * lock («отправляется»), sends them without it and marks each at once, until the queue, the
 * quota (less `quota_reserve`) or the time runs out. Before each send it writes the moment the
 * letter is handed over in its row («Отправлено», still «отправляется»), so that after a crash
 * only that one letter has an unknown fate: the others the dead run claimed go back to the queue
 * by themselves. A cell of the row, not a document property: a property write per letter was a
 * quarter of the sending time (docs/decisions.md, «Only the letter in flight»).
 */
import { type MailContent, recipientsOf, shortHash } from '../../domain/mail';
import { afterFailure, classifyMailError, type MailError } from '../../domain/mail-retry';
import {
  fillQuota,
  forecastQueue,
  type QueueForecast,
  type WaitingLetter,
} from '../../domain/quota-fill';
import type { Settings } from '../../domain/settings';
import type { Strings } from '../../i18n';
import { escapeHtml } from '../../mail/document';
import type { Letter } from '../../mail/form-letters';
import { heldMailLetter } from '../../mail/held-mail';
import { type AlertKind, outboxAlertLetter } from '../../mail/outbox-alert';
import type { MailEnvelope } from '../../ports/mailer';
import type { JobContext } from '../context';
import {
  appendRows,
  type DeliveryContext,
  entriesOf,
  headOf,
  inQueueOrder,
  isSealed,
  markRow,
  markRows,
  openOutbox,
  queuedRow,
  type OutboxEntry,
  type OutboxSheet,
  repairCutLetters,
  splitQueued,
} from './outbox';
import { decodeLetter } from './outbox-codec';
import { mailHold } from './mail-hold';
import { type OutboxSeal, outboxSeal } from './outbox-seal';
import type { QuotaMemory } from './state';
import { unlessBusy } from './lock';
import { outgoingMail } from '../../mail/letter';

/**
 * Messages of a pass's first claim: one read of the statuses serves this many sends. Each later
 * claim doubles, up to `CLAIM_BATCH_MAX`: a long Friday queue takes the lock and reads the
 * statuses once per 80 letters, while a dead run's first claim leaves few rows to the lease.
 */
export const CLAIM_BATCH = 10;
/** The largest claim (80 letters are 20 s of sending; the time budget is checked before each). */
export const CLAIM_BATCH_MAX = 80;
/**
 * The document property written once, at the first claim of this version: its presence says
 * rows are marked before their send. A run of an older version wrote the key in flight there.
 */
export const IN_FLIGHT_KEY = 'distant.sending';

/** Options of one delivery pass. */
export interface DeliveryOptions {
  readonly settings: Settings;
  readonly strings: Strings;
  /** Stop claiming new messages once the run has lasted this long. */
  readonly budgetMs: number;
  /** The largest quota seen lately (dispatcher state); the pass returns it updated. */
  readonly quota?: QuotaMemory | undefined;
  /**
   * The caller knows nothing is queued and no run died mid-send (the dispatcher's count and
   * lease): the outbox is not even read.
   */
  readonly knownEmpty?: boolean;
  /** The jitter of retries (tests give a fixed one). */
  readonly random?: () => number;
}

/** What one delivery pass did. */
export interface DeliveryReport {
  sent: number;
  /** Recipients used (what the daily quota counts). */
  recipients: number;
  skipped: number;
  failed: number;
  unknown: number;
  /** Letters a dead run had claimed but not sent, put back in the queue. */
  returned: number;
  /** Letters cut into parts to fit the day's quota (each cut adds a row). */
  cut: number;
  /** Alerts to the admins this pass queued. */
  alerts: number;
  /** Letters left waiting because strangers can edit the administration workbook. */
  held: number;
  /** Still queued after this pass (quota, time or transient errors). */
  remaining: number;
  /** Why the pass stopped before the queue was empty, if it did. */
  stoppedBy: 'quota' | 'time' | 'dailyLimit' | 'busy' | null;
  /** The quota memory to keep for the next pass. */
  quota?: QuotaMemory | undefined;
  /** False when the pass trusted `knownEmpty` and read nothing. */
  readOutbox: boolean;
}

type SendResult =
  | { readonly kind: 'sent' }
  | { readonly kind: 'later' | 'giveUp' | 'stopForToday'; readonly error: MailError };

/** The letter a pass was handing to MailApp when it last wrote down. */
interface InFlight {
  readonly key: string;
}

function readInFlight(ctx: DeliveryContext): InFlight | null {
  const raw = ctx.store.get(IN_FLIGHT_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<InFlight>;
    return typeof parsed.key === 'string' ? { key: parsed.key } : { key: '' };
  } catch {
    return { key: '' };
  }
}

/** Sends once, then as the retry rules say; a daily-limit error is never retried in a loop. */
function sendWithRetry(
  ctx: DeliveryContext,
  mail: MailEnvelope,
  attempts: number,
  random: () => number,
): SendResult {
  for (let tries = 1; ; tries++) {
    try {
      ctx.mailer.send(mail);
      return { kind: 'sent' };
    } catch (thrown) {
      const error = classifyMailError(thrown instanceof Error ? thrown.message : String(thrown));
      const decision = afterFailure(error, tries, attempts, random);
      if (decision.kind !== 'wait') return { kind: decision.kind, error };
      ctx.clock.sleep(decision.ms);
    }
  }
}

/**
 * The quota memory after reading `remaining`. Within a window the quota only falls, so a reading
 * above the last one means the window was restored: that reading is what a whole day holds now
 * (larger or smaller than before, if the account's other tools changed their habits).
 */
function rememberQuota(memory: QuotaMemory | undefined, remaining: number): QuotaMemory {
  if (memory === undefined || remaining > memory.last) return { high: remaining, last: remaining };
  return { high: memory.high, last: remaining };
}

/** One delivery pass; see the module comment. */
export function deliver(ctx: DeliveryContext, options: DeliveryOptions): DeliveryReport {
  const { settings, strings } = options;
  const random = options.random ?? Math.random;
  const report: DeliveryReport = {
    sent: 0,
    recipients: 0,
    skipped: 0,
    failed: 0,
    unknown: 0,
    returned: 0,
    cut: 0,
    alerts: 0,
    held: 0,
    remaining: 0,
    stoppedBy: null,
    quota: options.quota,
    readOutbox: options.knownEmpty !== true,
  };
  if (options.knownEmpty === true) return report;
  const label = strings.labels.outboxStatus;
  const failures: OutboxEntry[] = [];
  // Rows that no longer say what the add-on queued (changed or added by hand): never sent.
  const tampered: OutboxEntry[] = [];
  const seal = outboxSeal(ctx);
  const hold = mailHold(ctx, settings);
  // A letter that failed transiently waits for the next run rather than being hammered in this one.
  const deferred = new Set<string>();
  let left: number | undefined;
  let wholeDay = 0;
  let lastSheet: OutboxSheet | undefined;
  let batch = CLAIM_BATCH;

  for (;;) {
    if (ctx.clock.elapsedMs() > options.budgetMs) {
      report.stoppedBy = 'time';
      break;
    }
    const claimed: OutboxEntry[] = [];
    const first = lastSheet === undefined;
    // The claim under the lock; a busy lock ends the pass and the letters wait for the next run.
    const claim = unlessBusy(
      ctx,
      () => {
        // The whole queue is read once; later batches re-read only the status columns (a person may
        // have re-queued a row) unless rows were added meanwhile.
        const sheet = first ? openOutbox(ctx, strings) : refreshStatuses(ctx, lastSheet!, strings);
        lastSheet = sheet;
        let entries = entriesOf(sheet);
        if (first) {
          // The secret was made just now (the first pass of this version): the rows already
          // waiting were queued by the add-on before rows were sealed, and are sealed as they are.
          if (seal.fresh && adoptUnsealed(ctx, sheet, entries, seal) > 0)
            entries = entriesOf(sheet);
          if (repairCutLetters(ctx, sheet, entries, strings) > 0) entries = entriesOf(sheet);
          recoverDeadRun(ctx, sheet, entries, options, report);
          entries = entriesOf(sheet);
        }
        let queued = inQueueOrder(
          entries.filter((e) => e.status === 'queued' && !deferred.has(e.key)),
        );
        if (settings.mailMode === 'off') {
          for (const e of queued) markRow(ctx, sheet, e, { status: label.skipped });
          report.skipped += queued.length;
          queued = [];
        }
        if (queued.length > 0 && left === undefined) {
          const remaining = ctx.mailer.remainingQuota();
          report.quota = rememberQuota(report.quota, remaining);
          left = remaining - settings.quotaReserve;
          wholeDay = report.quota.high - settings.quotaReserve;
        }
        const waiting = waitingLetters(queued, settings);
        for (const pick of fillQuota(waiting, left ?? 0, wholeDay).slice(0, batch)) {
          let entry = queued[pick.index]!;
          if (!isSealed(seal, entry)) {
            markRow(ctx, sheet, entry, { status: label.error, error: strings.trust.tamperedError });
            tampered.push({ ...entry, error: strings.trust.tamperedError });
            deferred.add(entry.key);
            continue;
          }
          if (hold.holds(recipientsFor(entry, settings))) {
            deferred.add(entry.key);
            report.held++;
            continue;
          }
          if (pick.keep !== undefined) {
            const content = decodeLetter(entry.contentCell);
            const part = content && splitQueued(ctx, sheet, entry, content, pick.keep, strings);
            if (!part) continue;
            entry = part;
            report.cut++;
          }
          left = (left ?? 0) - recipientsFor(entry, settings).length;
          // A row put back in the queue by hand may still say when it last went: cleared before the
          // claim, or a crash before its new send would put it in doubt.
          if (entry.handed) markRow(ctx, sheet, entry, { status: label.queued, sentAt: '' });
          claimed.push({ ...entry, attempts: entry.attempts + 1, handed: false });
        }
        // From the first claim on, the record exists: a crash before the first send then leaves no
        // doubt (a missing record means a run of an older version died mid-batch). A key an older
        // version left there was dealt with by the recovery above and is cleared.
        if (claimed.length > 0 && first && readInFlight(ctx)?.key !== '')
          ctx.store.set(IN_FLIGHT_KEY, JSON.stringify({ key: '' }));
        markRows(ctx, sheet, claimed, label.sending);
        batch = Math.min(CLAIM_BATCH_MAX, batch * 2);
        return { sheet, waiting: queued.length };
      },
      null,
    );
    if (claim === null) {
      report.stoppedBy = 'busy';
      break;
    }
    const { sheet } = claim;
    if (claimed.length === 0) {
      if (claim.waiting > 0) report.stoppedBy = 'quota';
      break;
    }

    let stop = false;
    for (const entry of claimed) {
      // Out of time in the middle of a batch (slow sends): the rest waits for the next run.
      if (!stop && ctx.clock.elapsedMs() > options.budgetMs) {
        report.stoppedBy = 'time';
        stop = true;
      }
      if (stop) {
        markRow(ctx, sheet, entry, { status: label.queued, attempts: entry.attempts - 1 });
        continue;
      }
      const content = decodeLetter(entry.contentCell);
      let result: SendResult;
      if (content === null) {
        result = { kind: 'giveUp', error: { kind: 'damaged', detail: '' } };
      } else {
        // Written before the letter is handed over: if the run dies now, this is the one in doubt.
        // The marks of the letters sent before it are writes of the same sheet: a kill keeps
        // this one as surely as those.
        markRow(ctx, sheet, entry, { status: label.sending, sentAt: ctx.clock.now() });
        result = sendWithRetry(
          ctx,
          envelopeFor(entry, content, settings, strings),
          entry.attempts,
          random,
        );
      }
      switch (result.kind) {
        case 'sent':
          markRow(ctx, sheet, entry, { status: label.sent, sentAt: ctx.clock.now(), error: '' });
          report.sent++;
          report.recipients += recipientsFor(entry, settings).length;
          break;
        case 'later':
          markRow(ctx, sheet, entry, {
            status: label.queued,
            sentAt: '',
            error: strings.delivery.mailError(result.error),
          });
          deferred.add(entry.key);
          break;
        case 'giveUp': {
          const error = strings.delivery.mailError(result.error);
          markRow(ctx, sheet, entry, { status: label.error, sentAt: '', error });
          report.failed++;
          failures.push({ ...entry, error });
          break;
        }
        case 'stopForToday':
          // Not sent: back to the queue, without counting the attempt, until the quota returns.
          markRow(ctx, sheet, entry, {
            status: label.queued,
            attempts: entry.attempts - 1,
            sentAt: '',
            error: strings.delivery.mailError(result.error),
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

  // The alerts under the lock; when it is busy they are queued by the next pass that meets the
  // same rows (failures and tampered rows keep their status; the held letters still wait).
  if (failures.length > 0 || tampered.length > 0 || report.held > 0)
    unlessBusy(
      ctx,
      () => {
        const sheet = openOutbox(ctx, strings);
        // Once a day while the mail is held: the sharing is what has to change, not a row.
        if (
          report.held > 0 &&
          queueAdminLetter(
            ctx,
            sheet,
            settings,
            strings,
            `alert|held|${ctx.clock.now().toISOString().slice(0, 10)}`,
            heldMailLetter(hold.strangers, report.held, settings.adminEmails, strings),
          )
        )
          report.alerts++;
        if (failures.length > 0 && alertAdmins(ctx, sheet, settings, strings, 'failed', failures))
          report.alerts++;
        if (tampered.length > 0 && alertAdmins(ctx, sheet, settings, strings, 'tampered', tampered))
          report.alerts++;
      },
      undefined,
    );
  // The alerts were queued after the count above: they wait for the next run too.
  report.remaining += report.alerts;
  report.failed += tampered.length;
  return report;
}

/** Seals the rows still waiting that carry no seal (queued before this version); returns how many. */
function adoptUnsealed(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  entries: readonly OutboxEntry[],
  seal: OutboxSeal,
): number {
  const column = sheet.columns.get('signature');
  if (column === undefined) return 0;
  const waiting = entries.filter(
    (e) =>
      e.signature === '' &&
      (e.status === 'queued' || e.status === 'sending' || e.status === 'unknown'),
  );
  for (const e of waiting) {
    const signature = seal.sign({
      key: e.key,
      subject: e.subjectCell,
      recipients: e.recipientsCell,
      content: e.contentCell,
    });
    const row = sheet.grid[e.row - 1];
    if (row) row[column] = signature;
    ctx.workbook.write(sheet.name, e.row, [[signature]], column + 1);
  }
  return waiting.length;
}

/**
 * The queued rows as the quota sees them. A letter's To and Cc are counted only when asked (it
 * may be cut): decoding thousands of letters is slow. In preview mode nothing is cut: every
 * letter goes to the admins whole.
 */
function waitingLetters(queued: readonly OutboxEntry[], settings: Settings): WaitingLetter[] {
  return queued.map((e) => {
    let head: number | undefined | null = null;
    return {
      cost: recipientsFor(e, settings).length,
      head: () => {
        if (head === null) {
          const content = settings.mailMode === 'live' ? decodeLetter(e.contentCell) : null;
          head = content === null ? undefined : headOf(content).length;
        }
        return head;
      },
    };
  });
}

/** The planner's view of the queue: what waits, and how many days it takes as delivery sends it. */
export interface DeliveryForecast extends QueueForecast {
  /** Queued letters and the recipients they reach. */
  readonly letters: number;
  readonly recipients: number;
  /** Recipients the quota still allows today and on a whole day, less the reserve. */
  readonly leftToday: number;
  readonly wholeDay: number;
  /** The day (0 = today) each queued letter's last part goes, by outbox key. */
  readonly dayOfKey: ReadonlyMap<string, number>;
}

/**
 * How long the queue will take: `forecastQueue` over the queued rows with the quota left now and
 * the largest quota seen lately (`memory`, the dispatcher's), less `quota_reserve`. `entries`
 * are the outbox's rows when the caller has read it already (the dashboard); else it is read here.
 */
export function forecastDelivery(
  ctx: DeliveryContext,
  settings: Settings,
  strings: Strings,
  memory: QuotaMemory | undefined,
  entries?: readonly OutboxEntry[],
): DeliveryForecast {
  const queued = inQueueOrder(
    (entries ?? entriesOf(openOutbox(ctx, strings))).filter((e) => e.status === 'queued'),
  );
  const remaining = queued.length > 0 ? ctx.mailer.remainingQuota() : 0;
  const high = queued.length > 0 ? rememberQuota(memory, remaining).high : 0;
  const leftToday = remaining - settings.quotaReserve;
  const wholeDay = high - settings.quotaReserve;
  const waiting = waitingLetters(queued, settings);
  const forecast = forecastQueue(
    queued.map((e, i) => ({
      ...waiting[i]!,
      created: Number.isNaN(e.created) ? Infinity : e.created,
      row: e.row,
    })),
    leftToday,
    wholeDay,
  );
  return {
    ...forecast,
    letters: queued.length,
    recipients: waiting.reduce((sum, w) => sum + w.cost, 0),
    leftToday,
    wholeDay,
    dayOfKey: new Map(queued.map((e, i) => [e.key, forecast.dayOf[i]!])),
  };
}

/**
 * Rows a dead run left «отправляется» (only one dispatcher runs at a time, by the lease): the
 * letter it had marked as handed over (or, in an older version, written down in the property) may
 * have gone and becomes «неизвестно» (the admins are told); the others were never handed to
 * MailApp and go back to the queue, their attempt uncounted. Before the property was ever
 * written, nothing is known: every such row is in doubt.
 */
function recoverDeadRun(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  entries: readonly OutboxEntry[],
  options: DeliveryOptions,
  report: DeliveryReport,
): void {
  const orphans = entries.filter((e) => e.status === 'sending');
  if (orphans.length === 0) return;
  const inFlight = readInFlight(ctx);
  const unknown = orphans.filter((e) => inFlight === null || e.handed || e.key === inFlight.key);
  const back = orphans.filter((e) => !unknown.includes(e));
  const label = options.strings.labels.outboxStatus;
  markRows(
    ctx,
    sheet,
    back.map((e) => ({ ...e, attempts: Math.max(0, e.attempts - 1) })),
    label.queued,
  );
  for (const e of unknown)
    markRow(ctx, sheet, e, { status: label.unknown, error: options.strings.mail.unknownFateError });
  report.returned += back.length;
  report.unknown += unknown.length;
  if (
    unknown.length > 0 &&
    alertAdmins(ctx, sheet, options.settings, options.strings, 'unknown', unknown)
  )
    report.alerts++;
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
 * «Получатели» column says it without decoding the letter; a hand-made row without it is decoded.
 */
function recipientsFor(entry: OutboxEntry, settings: Settings): readonly string[] {
  if (settings.mailMode === 'preview') return settings.adminEmails;
  if (entry.recipients.length > 0) return entry.recipients;
  const content = decodeLetter(entry.contentCell);
  return content ? recipientsOf(content) : [];
}

function envelopeFor(
  entry: OutboxEntry,
  content: MailContent,
  settings: Settings,
  strings: Strings,
): MailEnvelope {
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

/**
 * Queues one letter to the admins about rows that need a person (under the lock already held);
 * false when there is nobody to tell or the same alert is queued already.
 */
function alertAdmins(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  settings: Settings,
  strings: Strings,
  kind: AlertKind,
  entries: readonly OutboxEntry[],
): boolean {
  const key = `alert|${kind}|${ctx.clock.now().toISOString().slice(0, 10)}|${shortHash(entries.map((e) => e.key).join(','))}`;
  return queueAdminLetter(
    ctx,
    sheet,
    settings,
    strings,
    key,
    outboxAlertLetter(kind, entries, sheet.name, strings),
  );
}

/**
 * Queues a letter to the admins under `key` (the lock already held); false when there is nobody
 * to tell or a letter of that key is queued already.
 */
function queueAdminLetter(
  ctx: DeliveryContext,
  sheet: OutboxSheet,
  settings: Settings,
  strings: Strings,
  key: string,
  letter: Letter,
): boolean {
  if (settings.adminEmails.length === 0) {
    ctx.log.warn('outbox rows need attention, but admin_emails is empty');
    return false;
  }
  if (entriesOf(sheet).some((e) => e.key === key)) return false;
  const mail = outgoingMail(letter, { key, job: 'alert', to: settings.adminEmails });
  const note = (): string => strings.mail.shortened(ctx.workbook.url());
  appendRows(ctx, sheet, [queuedRow(sheet, outboxSeal(ctx), mail, ctx.clock.now(), strings, note)]);
  return true;
}
