/**
 * The synchronous face of the worker (adapters/google/worker): each call blocks the job until
 * Google answered, was retried or failed for good — the jobs were written for Apps Script, where
 * every service call blocks. A permanent failure becomes a GoogleApiError naming the call.
 */
import { join } from 'node:path';
import { createSyncFn } from 'synckit';
import type { Bucket } from './quota';
import type { WorkerCall, WorkerConfig, WorkerRequest, WorkerResult } from './worker';

/** A Google API call that failed for good (not a 429 or a 5xx, or still one after every retry). */
export class GoogleApiError extends Error {
  constructor(
    readonly api: string,
    readonly method: string,
    readonly status: number | undefined,
    readonly reason: string,
    readonly retries: number,
  ) {
    super(
      `${api} API ${method} failed${status === undefined ? '' : ` (HTTP ${status})`}` +
        `${retries > 0 ? ` after ${retries} retries` : ''}: ${reason}`,
    );
    this.name = 'GoogleApiError';
  }
}

/** Counts of what went over the wire, for the runner's summary and the tests. */
export interface WireCounters {
  calls: number;
  retries: number;
  waitedMs: number;
  byMethod: Record<string, number>;
}

/** Calls Google synchronously. */
export interface GoogleCalls {
  call<T>(api: WorkerCall['api'], method: string, params: object, bucket: Bucket): T;
  readonly counters: WireCounters;
}

/** Where the built worker lies: next to dist/cli.js (scripts/build.mjs builds both). */
export const DEFAULT_WORKER = join(__dirname, 'google-worker.js');

/** Starts the worker with `config` and returns the synchronous caller. */
export function googleCalls(config: WorkerConfig, workerPath = DEFAULT_WORKER): GoogleCalls {
  // A call waits at most through every backoff and a slow answer: never for ever.
  const run = createSyncFn<(request: WorkerRequest) => Promise<WorkerResult>>(workerPath, {
    timeout: 10 * 60_000,
  });
  const init = run({ kind: 'init', config });
  if (!init.ok) throw new Error(init.message);
  const counters: WireCounters = { calls: 0, retries: 0, waitedMs: 0, byMethod: {} };
  return {
    counters,
    call<T>(api: WorkerCall['api'], method: string, params: object, bucket: Bucket): T {
      const result = run({
        kind: 'call',
        call: { api, method, params: params as Record<string, unknown>, bucket },
      });
      counters.calls++;
      counters.byMethod[method] = (counters.byMethod[method] ?? 0) + 1;
      counters.retries += result.retries;
      if (!result.ok)
        throw new GoogleApiError(api, method, result.status, result.message, result.retries);
      counters.waitedMs += result.waitedMs;
      return result.data as T;
    },
  };
}
