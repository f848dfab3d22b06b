/**
 * Nightly housekeeping: letters older than `archive_weeks` leave the outbox once nothing more
 * will happen to them, so the queue stays quick to read and personal data is not kept longer
 * than the school decided; before that, retention clears what is past its time (jobs/retention).
 */
import type { OutboxStatus } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import type { ScheduledJob } from './scheduled-job';
import { runRetention } from './retention';
import { type DeliveryContext, entriesOf, LOCK_WAIT_MS, openOutbox } from './shared/outbox';

/** The hour the archive runs: the quietest of the night. */
export const ARCHIVE_HOUR = 3;

/** Statuses after which a row is history: nothing will happen to it any more. */
const FINAL: ReadonlySet<OutboxStatus> = new Set(['sent', 'skipped', 'error']);
const WEEK_MS = 7 * 86_400_000;

/** What one archive run did, and when the next has anything to look at. */
export interface ArchiveResult {
  readonly removed: number;
  /**
   * When the oldest row left was queued (ISO; the run's time for an empty outbox): nothing can be
   * archived before it is `archive_weeks` old, so until then a night's run reads nothing.
   */
  readonly oldest: string;
}

/**
 * Deletes the outbox's oldest rows once they are history and older than `archive_weeks` (the
 * letters hold pupils' data; a school keeps them only as long as it chose). Rows are appended in
 * time order, so history is the block at the top; the first row that still matters stops it.
 * Returns null when the document lock stayed busy.
 */
export function archiveOutbox(
  ctx: DeliveryContext,
  strings: Strings,
  archiveWeeks: number,
): ArchiveResult | null {
  if (!ctx.lock.tryLock(LOCK_WAIT_MS)) return null;
  try {
    const sheet = openOutbox(ctx, strings);
    const now = ctx.clock.now();
    const horizon = now.getTime() - archiveWeeks * WEEK_MS;
    const entries = entriesOf(sheet);
    let count = 0;
    for (const entry of entries) {
      if (
        entry.row !== count + 2 ||
        entry.status === undefined ||
        !FINAL.has(entry.status) ||
        !(entry.created < horizon)
      )
        break;
      count++;
    }
    if (count > 0) ctx.workbook.deleteRows(sheet.name, 2, count);
    const first = entries[count];
    const oldest =
      first === undefined || Number.isNaN(first.created) ? now : new Date(first.created);
    return { removed: count, oldest: oldest.toISOString() };
  } finally {
    ctx.lock.release();
  }
}

/** The daily job of the dispatcher's table. */
export const archiveJob: ScheduledJob = {
  id: 'archive',
  cadence: () => ({ kind: 'daily', hour: ARCHIVE_HOUR }),
  // Housekeeping with nothing to do reads nothing: the memo says when the oldest row was queued.
  run: (ctx) => {
    // Retention has its own memo (one property): a night before anything is due reads no sheet.
    const kept = runRetention(ctx, ctx.settings, ctx.strings);
    const cleared = kept.letters + kept.answers + kept.reports;
    const horizon = ctx.clock.now().getTime() - ctx.settings.archiveWeeks * WEEK_MS;
    const early = ctx.memo !== undefined && !(Date.parse(ctx.memo) < horizon);
    const result = early ? null : archiveOutbox(ctx, ctx.strings, ctx.settings.archiveWeeks);
    return {
      outcome: {
        job: 'archive',
        summary: ctx.strings.ui.archived(result?.removed ?? 0),
        details:
          cleared === 0
            ? []
            : [ctx.strings.privacy.retained(kept.letters, kept.answers, kept.reports)],
        problems: 0,
        messages: 0,
      },
      memo: result?.oldest ?? ctx.memo,
    };
  },
};
