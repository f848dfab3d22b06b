/**
 * Nightly housekeeping: letters older than `archive_weeks` leave the outbox once nothing more
 * will happen to them, so the queue stays quick to read and personal data is not kept longer
 * than the school decided.
 */
import type { OutboxStatus } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import type { ScheduledJob } from './scheduled-job';
import { type DeliveryContext, entriesOf, LOCK_WAIT_MS, openOutbox } from './shared/outbox';

/** The hour the archive runs: the quietest of the night. */
export const ARCHIVE_HOUR = 3;

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
    let count = 0;
    for (const entry of entriesOf(sheet)) {
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
    return count;
  } finally {
    ctx.lock.release();
  }
}

/** The daily job of the dispatcher's table. */
export const archiveJob: ScheduledJob = {
  id: 'archive',
  cadence: () => ({ kind: 'daily', hour: ARCHIVE_HOUR }),
  run: (ctx) => {
    const removed = archiveOutbox(ctx, ctx.strings, ctx.settings.archiveWeeks);
    return {
      outcome: {
        job: 'archive',
        summary: ctx.strings.ui.archived(removed),
        details: [],
        problems: 0,
        messages: 0,
      },
    };
  },
};
