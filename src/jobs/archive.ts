/**
 * Nightly housekeeping: letters older than `archive_weeks` leave the outbox once nothing more
 * will happen to them, so the queue stays quick to read and personal data is not kept longer
 * than the school decided; before that, retention clears what is past its time (jobs/retention).
 */
import type { ScheduledJob } from './scheduled-job';
import { archiveOutbox } from './shared/outbox';
import { runRetention } from './retention';

/** The hour the archive runs: the quietest of the night. */
export const ARCHIVE_HOUR = 3;

/** The daily job of the dispatcher's table. */
export const archiveJob: ScheduledJob = {
  id: 'archive',
  cadence: () => ({ kind: 'daily', hour: ARCHIVE_HOUR }),
  run: (ctx) => {
    const kept = runRetention(ctx, ctx.settings, ctx.strings);
    const removed = archiveOutbox(ctx, ctx.strings, ctx.settings.archiveWeeks);
    const cleared = kept.letters + kept.answers + kept.reports;
    return {
      outcome: {
        job: 'archive',
        summary: ctx.strings.ui.archived(removed),
        details:
          cleared === 0
            ? []
            : [ctx.strings.privacy.retained(kept.letters, kept.answers, kept.reports)],
        problems: 0,
        messages: 0,
      },
    };
  },
};
