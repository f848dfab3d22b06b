import type { Cadence } from '../domain/cadence';
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { JobOutcome } from './context';
import type { DeliveryContext } from './shared/outbox';

/** What a scheduled job gets for one run. */
export interface ScheduledRunContext extends DeliveryContext {
  readonly settings: Settings;
  readonly strings: Strings;
  /** The period being done: a date, an ISO week or a month (see domain/cadence). */
  readonly period: string;
  /** Where an interrupted run of this period stopped; undefined on a fresh start. */
  readonly cursor: string | undefined;
  /** True once the run's time budget is spent: save a cursor and return. */
  outOfTime(): boolean;
}

/** A job's answer: done, or stopped at `cursor` to resume on the next run. */
export interface ScheduledRunResult {
  readonly outcome: JobOutcome;
  readonly cursor?: string | undefined;
}

/** A job of the dispatcher's table (DESIGN §4). */
export interface ScheduledJob {
  readonly id: string;
  cadence(settings: Settings): Cadence;
  run(ctx: ScheduledRunContext): ScheduledRunResult;
}
