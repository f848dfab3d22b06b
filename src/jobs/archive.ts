/**
 * Nightly housekeeping: letters older than `archive_weeks` leave the outbox once nothing more
 * will happen to them, so the queue stays quick to read and personal data is not kept longer
 * than the school decided.
 */
import type { ScheduledJob } from './scheduled-job';
import { archiveOutbox } from './shared/outbox';

/** The hour the archive runs: the quietest of the night. */
export const ARCHIVE_HOUR = 3;

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
