/**
 * Nightly housekeeping: letters older than `archive_weeks` leave the outbox once nothing more
 * will happen to them, so the queue stays quick to read and personal data is not kept longer
 * than the school decided; before that, retention clears what is past its time (jobs/retention).
 * Once a week (the first night the cut-off moves), the older weeks of the journal, the schedule
 * and «Информирование» move into the archive of their school year (jobs/archive-weeks).
 */
import type { OutboxStatus } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import { archiveCutoff } from '../domain/archive';
import type { Files } from '../ports/workbook';
import { archiveOldWeeks, type SheetMove } from './archive-weeks';
import type { ScheduledJob, ScheduledRunContext } from './scheduled-job';
import { ArchiveFiles } from './shared/archive-files';
import { runRetention } from './retention';
import { type DeliveryContext, entriesOf, openOutbox } from './shared/outbox';
import { unlessBusy } from './shared/lock';

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
  return unlessBusy(
    ctx,
    () => {
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
    },
    null,
  );
}

/** The daily job of the dispatcher's table. */
export const archiveJob: ScheduledJob = {
  id: 'archive',
  cadence: () => ({ kind: 'daily', hour: ARCHIVE_HOUR }),
  // Housekeeping with nothing to do reads nothing: the memo says when the oldest row was queued
  // and up to which Monday the weeks were moved («oldest|cut-off»; an older memo has no «|»).
  run: (ctx) => {
    const [oldestMemo, movedTo] = (ctx.memo ?? '').split('|');
    const today = ctx.clock.zoneFor(ctx.settings.timezone).parts(ctx.clock.now()).date;
    const cutoff = archiveCutoff(today, ctx.settings.archiveWeeks);
    const weeks = ctx.files === undefined || movedTo === cutoff ? null : moveWeeks(ctx, ctx.files);
    // Retention has its own memo (one property): a night before anything is due reads no sheet.
    const kept = runRetention(ctx, ctx.settings, ctx.strings);
    const cleared = kept.letters + kept.answers + kept.reports;
    const horizon = ctx.clock.now().getTime() - ctx.settings.archiveWeeks * WEEK_MS;
    const early =
      oldestMemo !== undefined && oldestMemo !== '' && !(Date.parse(oldestMemo) < horizon);
    const result = early ? null : archiveOutbox(ctx, ctx.strings, ctx.settings.archiveWeeks);
    const oldest = result?.oldest ?? oldestMemo ?? '';
    const moved = weeks === null ? movedTo : cutoff;
    return {
      outcome: {
        job: 'archive',
        summary: ctx.strings.ui.archived(result?.removed ?? 0),
        details: [
          ...(cleared === 0
            ? []
            : [ctx.strings.privacy.retained(kept.letters, kept.answers, kept.reports)]),
          ...(weeks ?? []).map((m) =>
            ctx.strings.archive.moved(m.sheet, m.moved, m.before, m.after),
          ),
        ],
        problems: 0,
        messages: 0,
      },
      memo: moved === undefined || moved === '' ? oldest : `${oldest}|${moved}`,
    };
  },
};

/** The weeks' move under the document lock (rows leave sheets other jobs read); null when busy. */
function moveWeeks(ctx: ScheduledRunContext, files: Files): SheetMove[] | null {
  return unlessBusy(
    ctx,
    () => {
      const archives = new ArchiveFiles(ctx.store, files, ctx.strings);
      return archiveOldWeeks({ ...ctx, archives }, ctx.settings, ctx.strings);
    },
    null,
  );
}
