import { parseArgs } from 'node:util';

/** What `distant run` was asked to do. */
export interface RunOptions {
  readonly command: 'run';
  /** Path of the school's xlsx export; undefined with --demo. */
  readonly workbook?: string | undefined;
  readonly demo: boolean;
  /** School-local wall-clock time `YYYY-MM-DDTHH:MM`, or undefined for now. */
  readonly now?: string | undefined;
  readonly out: string;
  readonly jobs: readonly string[] | 'all';
  readonly quiet: boolean;
}

/** `distant bench`: prints performance figures. */
export interface BenchOptions {
  readonly command: 'bench';
  /** One school size; every size of the bench when absent. */
  readonly pupils?: number | undefined;
}

/** `distant help`. */
export interface HelpOptions {
  readonly command: 'help';
}

export type CliOptions = RunOptions | BenchOptions | HelpOptions;

/** Bad arguments: the runner prints the reason and exits 2. */
export class UsageError extends Error {}

const NOW = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** Parses the command line (without `node` and the script). */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help' };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        workbook: { type: 'string' },
        demo: { type: 'boolean', default: false },
        now: { type: 'string' },
        out: { type: 'string', default: 'out' },
        jobs: { type: 'string', default: 'all' },
        quiet: { type: 'boolean', default: false },
        pupils: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (command === 'bench') {
    if (v.pupils === undefined) return { command: 'bench' };
    const pupils = Number(v.pupils);
    if (!Number.isInteger(pupils) || pupils < 10 || pupils > 20000)
      throw new UsageError('--pupils must be a whole number from 10 to 20000');
    return { command: 'bench', pupils };
  }
  if (command !== 'run')
    throw new UsageError(`unknown command "${command}"; use run, bench or help`);
  if ((v.workbook === undefined) === !v.demo)
    throw new UsageError('give either --workbook FILE.xlsx or --demo');
  if (v.now !== undefined && !NOW.test(v.now))
    throw new UsageError(`--now must look like 2026-11-27T16:00, not "${v.now}"`);
  if (v.out === '') throw new UsageError('--out must name a folder');
  const jobs =
    v.jobs === 'all'
      ? 'all'
      : v.jobs
          .split(',')
          .map((j) => j.trim())
          .filter(Boolean);
  if (jobs !== 'all' && jobs.length === 0)
    throw new UsageError('--jobs must list job names or be "all"');
  return {
    command: 'run',
    workbook: v.workbook,
    demo: v.demo,
    now: v.now,
    out: v.out,
    jobs,
    quiet: v.quiet,
  };
}

/** The help text. */
export const USAGE = `distant — the «Дистант» local runner: does the school's work on files, never sends mail.

  distant run --demo [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --workbook school.xlsx [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --spreadsheet ID [--teachers ID] [--send --as sender@school] [--key sa.json] [--out out]
  distant district --schools schools.csv [--send --as sender@school] [--out out]
      (live spreadsheets over the Google APIs; each Cloud Run task takes its share by
       CLOUD_RUN_TASK_INDEX / CLOUD_RUN_TASK_COUNT; exit 4 when a school failed)
  distant bench [--pupils 2000]      (without --pupils: 250, 1000 and 2000 pupils)

Writes out/summary.json, out/problems.csv, out/workbook.xlsx, out/mail/*.eml and reports.
Exit codes: 0 done (data problems are reported, not fatal), 2 bad arguments,
3 the workbook cannot be read or lacks a required sheet.`;
