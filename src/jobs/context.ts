import type { Clock } from '../ports/clock';
import type { Log } from '../ports/log';
import type { Workbook } from '../ports/workbook';

/** The ports every job receives. Later capabilities (mail, triggers, store) add their own. */
export interface JobContext {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly log: Log;
}

/** What a job reports back to the menu, the dispatcher and the runner's summary. */
export interface JobOutcome {
  readonly job: string;
  /** One line for people, in the workbook's language. */
  readonly summary: string;
  /** Lines of detail (what was created, which problems were found). */
  readonly details: readonly string[];
  readonly problems: number;
  readonly messages: number;
}
