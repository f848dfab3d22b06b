/**
 * How long a letter's words stay in the outbox («Очередь писем»), and how a pupil's erasure
 * reaches it (docs/decisions.md, «Retention» and «Erasing a pupil»). A row whose letter is done
 * keeps what makes the outbox idempotent and countable — key, job, created, status, attempts,
 * sent — and loses what names people: recipients, subject, error and the letter itself.
 *
 * Works on the sheet through its column keys, apart from the queue and delivery code, so that the
 * codec that decodes a stored letter can change without this module (it never decodes one).
 */
import { type Cell, cellText, isDateValue } from '../../domain/cells';
import { rowBlocks } from '../../domain/erasure';
import { lookupVocabulary } from '../../domain/parse';
import type { OutboxStatus } from '../../domain/vocabulary';
import { ALL_NAMES, type Strings } from '../../i18n';
import type { Workbook } from '../../ports/workbook';
import { findSheet } from './school';
import { openSystemSheet, type SystemSheet, systemCell } from './system-sheet';

/** The cells of one outbox row this module looks at. */
export interface OutboxRowView {
  readonly key: string;
  readonly status: OutboxStatus | undefined;
  readonly created: Date | undefined;
  readonly recipients: string;
  readonly subject: string;
  readonly error: string;
  readonly content: string;
}

/** The columns a clearing empties: everything that names people. */
export const CLEARED_COLUMNS = ['recipients', 'subject', 'error', 'content'] as const;

/** Statuses after which nothing more will happen to a letter. */
const DONE: ReadonlySet<OutboxStatus> = new Set(['sent', 'skipped', 'error']);

/** True once a row holds nothing to clear. */
export const isCleared = (row: OutboxRowView): boolean =>
  CLEARED_COLUMNS.every((key) => row[key] === '');

/**
 * What retention does to a row: a letter done and created before `horizon` loses its words
 * ('clear'); a letter still waiting, or too young, or already cleared, stays ('keep').
 */
export function retentionOf(row: OutboxRowView, horizon: Date): 'clear' | 'keep' {
  if (row.key === '' || isCleared(row)) return 'keep';
  if (row.status === undefined || !DONE.has(row.status)) return 'keep';
  return row.created !== undefined && row.created.getTime() < horizon.getTime() ? 'clear' : 'keep';
}

/**
 * What erasure does to a row that names the pupil: its words go whatever its age; a letter still
 * waiting is not sent any more ('skip': the child it speaks of is erased); one done keeps its status.
 */
export function erasureOf(
  row: OutboxRowView,
  mentions: (text: string) => boolean,
): 'clear' | 'skip' | 'keep' {
  if (row.key === '' || isCleared(row)) return 'keep';
  if (!CLEARED_COLUMNS.some((key) => mentions(row[key]))) return 'keep';
  return row.status !== undefined && DONE.has(row.status) ? 'clear' : 'skip';
}

/** The rows of an outbox sheet as this module sees them, with their 1-based sheet rows. */
export function outboxRowViews(
  sheet: SystemSheet,
): Array<OutboxRowView & { readonly row: number }> {
  return sheet.grid.slice(1).map((cells, i) => {
    const created = systemCell(sheet, cells, 'created');
    return {
      row: i + 2,
      key: cellText(systemCell(sheet, cells, 'key')),
      status: lookupVocabulary('outboxStatus', systemCell(sheet, cells, 'status'), ALL_NAMES),
      created: isDateValue(created) ? created : undefined,
      recipients: cellText(systemCell(sheet, cells, 'recipients')),
      subject: cellText(systemCell(sheet, cells, 'subject')),
      error: cellText(systemCell(sheet, cells, 'error')),
      content: cellText(systemCell(sheet, cells, 'content')),
    };
  });
}

/**
 * Empties the cleared columns of these rows (and sets `status` on them when given): one write per
 * run of neighbouring rows over the columns from the first cleared to the last, the cells between
 * kept as read. Call under the document lock, as delivery marks rows under it.
 */
export function clearRows(
  workbook: Workbook,
  sheet: SystemSheet,
  rows: readonly number[],
  status?: string,
): void {
  const keys: string[] = [...CLEARED_COLUMNS, ...(status === undefined ? [] : ['status'])];
  const indexes = keys.map((k) => sheet.columns.get(k)).filter((i): i is number => i !== undefined);
  if (indexes.length === 0 || rows.length === 0) return;
  const from = Math.min(...indexes);
  const to = Math.max(...indexes);
  const statusIndex = sheet.columns.get('status');
  for (const block of rowBlocks(rows)) {
    const cells: Cell[][] = [];
    for (let r = block.start; r < block.start + block.count; r++) {
      const row = [...(sheet.grid[r - 1] ?? [])];
      while (row.length <= to) row.push('');
      for (const key of CLEARED_COLUMNS) {
        const index = sheet.columns.get(key);
        if (index !== undefined) row[index] = '';
      }
      if (status !== undefined && statusIndex !== undefined) row[statusIndex] = status;
      sheet.grid[r - 1] = row;
      cells.push(row.slice(from, to + 1));
    }
    workbook.write(sheet.name, block.start, cells, from + 1);
  }
}

/** What an outbox pass did. */
export interface OutboxPass {
  /** Rows whose words were cleared. */
  readonly cleared: number;
  /** Of them, letters still waiting that will not be sent. */
  readonly skipped: number;
  /** The oldest `created` among done rows still holding words after the pass (retention's next date). */
  readonly oldestKept: Date | undefined;
}

/** The outbox of a file, when it has one (an archive file may not): never created here. */
function outboxOf(workbook: Workbook, strings: Strings): SystemSheet | null {
  return findSheet(workbook.sheetNames(), 'outbox', strings) === undefined
    ? null
    : openSystemSheet(workbook, 'outbox', strings);
}

/** Retention: clears the words of every letter done and created before `horizon`. */
export function clearOldLetters(workbook: Workbook, strings: Strings, horizon: Date): OutboxPass {
  const sheet = outboxOf(workbook, strings);
  if (sheet === null) return { cleared: 0, skipped: 0, oldestKept: undefined };
  const views = outboxRowViews(sheet);
  const rows = views.filter((v) => retentionOf(v, horizon) === 'clear').map((v) => v.row);
  clearRows(workbook, sheet, rows);
  const cleared = new Set(rows);
  let oldestKept: Date | undefined;
  for (const v of views) {
    if (cleared.has(v.row) || v.key === '' || isCleared(v) || v.created === undefined) continue;
    // A letter still waiting counts from its creation too: it may be done by the next night.
    if (oldestKept === undefined || v.created < oldestKept) oldestKept = v.created;
  }
  return { cleared: rows.length, skipped: 0, oldestKept };
}

/**
 * Erasure: clears the words of every letter that names the pupil; letters still waiting become
 * «пропущено». Keys stay, so the job that made a letter never makes it again.
 */
export function eraseFromOutbox(
  workbook: Workbook,
  strings: Strings,
  mentions: (text: string) => boolean,
): OutboxPass {
  const sheet = outboxOf(workbook, strings);
  if (sheet === null) return { cleared: 0, skipped: 0, oldestKept: undefined };
  const views = outboxRowViews(sheet);
  const done = views.filter((v) => erasureOf(v, mentions) === 'clear').map((v) => v.row);
  const waiting = views.filter((v) => erasureOf(v, mentions) === 'skip').map((v) => v.row);
  clearRows(workbook, sheet, done);
  clearRows(workbook, sheet, waiting, strings.labels.outboxStatus.skipped);
  return { cleared: done.length + waiting.length, skipped: waiting.length, oldestKept: undefined };
}
