/**
 * The local runner (`distant`, `npm start`): the same jobs as the add-on, on the demo school or a
 * school's xlsx export, writing what the school would receive to files. It never sends mail.
 * Every error is one sentence in the user's language and an exit code of `EXIT_CODES`.
 */
import type { Log } from './ports/log';
import { helpText, languageOf, parseCommandLine, UsageError } from './cli/args';
import { OutputError, type RunResult, runCommand, WorkbookError } from './cli/run';
import { runBench } from './cli/bench';
import { runnerStrings, type RunnerStrings } from './i18n/runner';
import { runLive } from './cli/live';

/** The documented exit codes (README, `distant --help`). */
const EXIT_CODES = { done: 0, internal: 1, usage: 2, workbook: 3, output: 4 } as const;

const consoleLog = (quiet: boolean): Log => {
  // A job that cannot run is retried by every hourly run of the replay: say it once.
  const warned = new Set<string>();
  return {
    info: (message) => {
      if (!quiet) console.log(message);
    },
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      console.warn(message);
    },
    progress: (step, done, total) => {
      if (quiet || !process.stderr.isTTY) return;
      process.stderr.write(`\r${step}: ${done}/${total}${done === total ? '\n' : ''}`);
    },
  };
};

/** The closing lines: the school and its moment, one line per job (repeats counted), the results. */
function printSummary({ summary, strings: t }: RunResult, out: string, log: Log): void {
  log.info('');
  const source = summary.source === 'demo' ? t.console.demo : summary.source;
  const time = summary.localTime.replace('T', ' ');
  log.info(t.console.school(summary.school || '—', source, time, summary.timeZone));
  const lines = new Map<string, number>();
  for (const job of summary.jobs) {
    const line = `  ${job.job}: ${job.summary}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  for (const [line, times] of lines) log.info(times > 1 ? line + t.console.repeated(times) : line);
  if (summary.week !== undefined) log.info(t.console.week(summary.week));
  log.info(t.console.results(summary.problems, `${out}/`, summary.outputs.join(', ')));
}

async function main(argv: readonly string[]): Promise<number> {
  const t: RunnerStrings = runnerStrings(languageOf(argv));
  // Live spreadsheets over the Google APIs (cli/live): `run --spreadsheet` and `district`.
  if (argv[0] === 'district' || (argv[0] === 'run' && argv.includes('--spreadsheet'))) {
    try {
      return runLive(argv, consoleLog(argv.includes('--quiet')));
    } catch (error) {
      console.error(`distant: ${(error as Error).message}\n\n${t.help.live}`);
      return EXIT_CODES.usage;
    }
  }
  try {
    const options = parseCommandLine(argv);
    if (options.command === 'help') {
      console.log(helpText(options.topic, options.lang));
      return EXIT_CODES.done;
    }
    if (options.command === 'bench') {
      runBench(options, consoleLog(false));
      return EXIT_CODES.done;
    }
    const log = consoleLog(options.quiet);
    printSummary(await runCommand(options, log), options.out, log);
    return EXIT_CODES.done;
  } catch (error) {
    if (error instanceof UsageError) {
      const help =
        error.command === '' ? `\n\n${t.help.general}` : `\n${t.errors.seeHelp(error.command)}`;
      console.error(`distant: ${error.message}${help}`);
      return EXIT_CODES.usage;
    }
    if (error instanceof WorkbookError) {
      console.error(`distant: ${error.message}`);
      return EXIT_CODES.workbook;
    }
    if (error instanceof OutputError) {
      console.error(`distant: ${error.message}`);
      return EXIT_CODES.output;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`distant: ${t.errors.internal(message)}`);
    if (process.env.DISTANT_DEBUG) console.error(error);
    return EXIT_CODES.internal;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
