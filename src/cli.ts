/**
 * The local runner (`distant`, `npm start`): the same jobs as the add-on, on the demo school or a
 * school's xlsx export, writing what the school would receive to files. It never sends mail.
 */
import type { Log } from './ports/log';
import { type CliOptions, parseCommandLine, USAGE, UsageError } from './cli/args';
import { runCommand, WorkbookError } from './cli/run';
import { runBench } from './cli/bench';
import { runLive } from './cli/live';

const consoleLog = (quiet: boolean): Log => ({
  info: (message) => {
    if (!quiet) console.log(message);
  },
  warn: (message) => console.warn(message),
  progress: (step, done, total) => {
    if (quiet || !process.stderr.isTTY) return;
    process.stderr.write(`\r${step}: ${done}/${total}${done === total ? '\n' : ''}`);
  },
});

async function main(argv: readonly string[]): Promise<number> {
  // Live spreadsheets over the Google APIs (cli/live): `run --spreadsheet` and `district`.
  if (argv[0] === 'district' || (argv[0] === 'run' && argv.includes('--spreadsheet'))) {
    try {
      return runLive(argv, consoleLog(argv.includes('--quiet')));
    } catch (error) {
      console.error(`distant: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
  }
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    console.error(`distant: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (options.command === 'bench') {
    runBench(options, consoleLog(false));
    return 0;
  }
  const log = consoleLog(options.quiet);
  try {
    const summary = await runCommand(options, log);
    log.info('');
    log.info(
      `Школа: ${summary.school || '—'} (${summary.source}), время ${summary.now} (${summary.timeZone})`,
    );
    for (const job of summary.jobs) log.info(`  ${job.job}: ${job.summary}`);
    log.info(
      `Проблем в данных: ${summary.problems}. Результаты: ${options.out}/ (${summary.outputs.join(', ')})`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`distant: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof WorkbookError) {
      console.error(`distant: ${error.message}`);
      return 3;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
