/**
 * The service calls of the BUILT bundle in the offline fakes for the runs that happen most: an
 * idle hourly run, and the nightly housekeeping run with nothing to do. The bundle tests assert
 * the limits (5 and 20); `npm run bench` prints the same figures (scripts/bench-gas.mjs).
 */
import { createGasEnvironment, type GasEnvironment } from '../fakes';
import { bundleSource, projectHtmlFiles, setSetting } from './gas';

/** Calls of one run: the total and by method. */
export interface CallCount {
  readonly calls: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

/** The figures of each measured run. */
export interface ServiceCallFigures {
  /** An hourly run with nothing due and nothing queued. */
  readonly idle: CallCount;
  /** The 03:xx run (the outbox archive due) with nothing to archive and nothing to send. */
  readonly housekeeping: CallCount;
  /** The 04:xx run (the sweep of form responses due) with no response left to route. */
  readonly formSweep: CallCount;
}

/** Monday 23 November 2026, 12:20 in Moscow. */
const MONDAY = Date.parse('2026-11-23T09:20:00Z');
const HOUR = 3_600_000;

function runAt(env: GasEnvironment, ms: number): CallCount {
  env.clock.set(new Date(ms));
  env.counters.reset();
  // As the administrator's installed hourly trigger calls it, with its event.
  const hourly = env.triggers.list().find((t) => t.type === 'CLOCK');
  env.call('runScheduledJobs', { authMode: 'FULL', triggerUid: hourly?.id });
  return { calls: env.counters.calls, byMethod: { ...env.counters.byMethod } };
}

/**
 * A school set up by its administrator (mail live); a first hourly run does the day's due jobs;
 * the next hour is idle; the night's run at 03:20 finds nothing to archive, the 04:20 one no
 * response to route. `source` is the
 * bundle's text and `htmlFiles` the project's HTML files (default: build/Code.js, build/*.html).
 */
export function serviceCallFigures(
  source: string = bundleSource(),
  htmlFiles: Record<string, string> = projectHtmlFiles(),
): ServiceCallFigures {
  const env = createGasEnvironment({ now: new Date(MONDAY), htmlFiles });
  env.load(source, 'Code.js');
  env.call('setupWorkbook');
  setSetting(env, 'mail_mode', 'live');
  // 15:20 does what is due by then (the agreement watch of 15:00, the not-agreed list of 14:00);
  // at 16:20 nothing is: the watch runs every other hour, publication is at 17:00.
  runAt(env, MONDAY + 3 * HOUR);
  const idle = runAt(env, MONDAY + 4 * HOUR);
  const housekeeping = runAt(env, MONDAY + 15 * HOUR);
  const formSweep = runAt(env, MONDAY + 16 * HOUR);
  return { idle, housekeeping, formSweep };
}

/** The figures as lines for the bench. */
export function serviceCallLines(figures: ServiceCallFigures): string[] {
  const line = (name: string, count: CallCount): string =>
    `${name.padEnd(28)} ${String(count.calls).padStart(6)} calls   ${Object.entries(count.byMethod)
      .map(([method, n]) => `${method} ${n}`)
      .join(', ')}`;
  return [
    line('idle hourly run', figures.idle),
    line('housekeeping, nothing to do', figures.housekeeping),
    line('form sweep, nothing new', figures.formSweep),
  ];
}
