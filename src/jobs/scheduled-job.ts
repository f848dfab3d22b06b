import type { Cadence } from '../domain/cadence';
import type { MailReach } from '../domain/quota-plan';
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { Files } from '../ports/workbook';
import type { JobOutcome } from './context';
import type { DeliveryContext } from './shared/outbox';
import type { School } from './shared/school';

/** What a scheduled job gets for one run. */
export interface ScheduledRunContext extends DeliveryContext {
  readonly settings: Settings;
  readonly strings: Strings;
  /** The period being done: a date, an ISO week or a month (see domain/cadence). */
  readonly period: string;
  /** Where an interrupted run of this period stopped; undefined on a fresh start. */
  readonly cursor: string | undefined;
  /** What the job's last run left for the next one (`ScheduledRunResult.memo`). */
  readonly memo: string | undefined;
  /** True once the run's time budget is spent: save a cursor and return. */
  outOfTime(): boolean;
  /**
   * Spreadsheets besides the school's (the archive of old weeks); absent where none can be made
   * (the bench's in-memory cycle): the archive then waits.
   */
  readonly files?: Files;
}

/** A job's answer: done, or stopped at `cursor` to resume on the next run. */
export interface ScheduledRunResult {
  readonly outcome: JobOutcome;
  readonly cursor?: string | undefined;
  /** Kept for the job's next run (in the one state property: keep it short). */
  readonly memo?: string | undefined;
}

/** What the quota planner knows of the school when it asks a job how far it reaches. */
export type PlanningSchool = Pick<School, 'settings' | 'strings' | 'classes' | 'pupils' | 'staff'>;

/** A job of the dispatcher's table (docs/contracts.md «Jobs»). */
export interface ScheduledJob {
  readonly id: string;
  cadence(settings: Settings): Cadence;
  run(ctx: ScheduledRunContext): ScheduledRunResult;
  /**
   * How many recipients one run mails at most, for the quota planner. A job that sends no mail,
   * or only on demand (so no plan can say how often), has none.
   */
  reach?(school: PlanningSchool): MailReach;
}
