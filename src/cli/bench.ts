import type { Log } from '../ports/log';
import type { BenchOptions } from './args';

/** `distant bench`: performance figures of the jobs on a generated school (filled in by later steps). */
export function runBench(options: BenchOptions, log: Log): void {
  log.info(`bench: ${options.pupils} pupils — no benchmarks yet`);
}
