/**
 * The runner's command line (issue 10): help for every command listing the jobs, every mistake a
 * sentence in the user's language, impossible dates and times refused, every job name accepted.
 */
import { helpText, parseCommandLine, type RunOptions, UsageError } from '../../src/cli/args';
import { jobNameOf, jobNames, selectSteps } from '../../src/jobs/cycle';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { runnerEn, runnerRu } from '../../src/i18n/runner';
import { distant } from '../support/cli';

jest.setTimeout(60_000);

/** The UsageError a command line gives (fails when it parses). */
function refusal(...argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('--now', () => {
  it.each([
    ['2026-13-45T25:99', runnerRu.errors.noSuchDate('2026-13-45T25:99')],
    ['2026-02-30T10:00', runnerRu.errors.noSuchDate('2026-02-30T10:00')],
    ['2026-02-29', runnerRu.errors.noSuchDate('2026-02-29')],
    ['2026-04-31T08:00', runnerRu.errors.noSuchDate('2026-04-31T08:00')],
    ['2026-11-27T24:00', runnerRu.errors.noSuchTime('2026-11-27T24:00')],
    ['2026-11-27T23:60', runnerRu.errors.noSuchTime('2026-11-27T23:60')],
    ['yesterday', runnerRu.errors.nowFormat('yesterday')],
    ['27.11.2026', runnerRu.errors.nowFormat('27.11.2026')],
  ])('refuses %s, in Russian', (now, message) => {
    expect(refusal('run', '--demo', '--now', now).message).toBe(message);
  });

  it.each(['2028-02-29T23:59', '2026-11-27', '2026-12-31T00:00'])('accepts %s', (now) => {
    expect((parseCommandLine(['run', '--demo', '--now', now]) as RunOptions).now).toBe(now);
  });

  it('speaks English with --lang en, wherever it stands', () => {
    expect(refusal('run', '--now', '2026-02-30T10:00', '--demo', '--lang', 'en').message).toBe(
      runnerEn.errors.noSuchDate('2026-02-30T10:00'),
    );
    expect(refusal('run', '--lang=en', '--demo', '--now', 'x').message).toBe(
      runnerEn.errors.nowFormat('x'),
    );
  });
});

describe('every mistake is a sentence, never node’s own words', () => {
  it.each([
    [
      ['run', '--demo', '--colour', 'green'],
      runnerRu.errors.unknownOption('--colour', 'distant run'),
    ],
    [['run', '--demo', '--now'], runnerRu.errors.missingValue('--now')],
    [['run', '--now', '--demo'], runnerRu.errors.missingValue('--now')],
    [['run', '--demo=yes'], runnerRu.errors.noValueWanted('--demo')],
    [['run', '--demo', 'school.xlsx'], runnerRu.errors.unexpectedArgument('school.xlsx')],
    [['run', '--demo', '--out', 'a', '--out', 'b'], runnerRu.errors.repeated('--out')],
    [['run'], runnerRu.errors.workbookOrDemo],
    [['run', '--demo', '--workbook', 'x.xlsx'], runnerRu.errors.workbookOrDemo],
    [['run', '--demo', '--out', ''], runnerRu.errors.emptyOut],
    [['run', '--demo', '--jobs', ','], runnerRu.errors.emptyJobs],
    [['frobnicate'], runnerRu.errors.unknownCommand('frobnicate')],
    [['bench', '--pupils', '5'], runnerRu.errors.pupils],
    [['run', '--demo', '--lang', 'de'], runnerRu.errors.lang('de')],
  ])('%j', (argv, message) => {
    const error = refusal(...argv);
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/ERR_|TypeError|argument missing|Unknown option/);
  });

  it('an unknown job lists the names there are', () => {
    expect(refusal('run', '--demo', '--jobs', 'checkData,frobnicate').message).toBe(
      runnerRu.errors.unknownJobs('frobnicate', jobNames().join(', ')),
    );
  });
});

describe('--help', () => {
  it.each([
    [['--help'], 'general'],
    [['help'], 'general'],
    [[], 'general'],
    [['run', '--help'], 'run'],
    [['run', '--demo', '--help'], 'run'],
    [['help', 'run'], 'run'],
    [['bench', '--help'], 'bench'],
    [['help', 'bench'], 'bench'],
  ])('%j is the %s help', (argv, topic) => {
    expect(parseCommandLine(argv)).toEqual({ command: 'help', topic, lang: 'ru' });
  });

  it('in English with --lang en, before or after the topic', () => {
    expect(parseCommandLine(['help', '--lang', 'en'])).toEqual({
      command: 'help',
      topic: 'general',
      lang: 'en',
    });
    expect(parseCommandLine(['help', '--lang', 'en', 'run'])).toEqual({
      command: 'help',
      topic: 'run',
      lang: 'en',
    });
    expect(parseCommandLine(['--help', '--lang=en'])).toEqual({
      command: 'help',
      topic: 'general',
      lang: 'en',
    });
  });

  it('run --help lists every job with what it does, and the exit codes', () => {
    const text = helpText('run', 'ru');
    for (const name of jobNames()) expect(text).toMatch(new RegExp(`^ {4}${name} +\\S`, 'm'));
    expect(text).toContain(runnerRu.help.exitCodes);
    expect(helpText('run', 'en')).toContain(runnerEn.jobs.familySummaries);
  });

  it('the built runner: `run --help` exits 0 and prints it', () => {
    const run = distant('run', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('distant run');
    expect(run.stdout).toContain('publishSchedule');
  });
});

describe('--jobs takes every name the console prints', () => {
  it('steps, jobs of the table, and the names jobs give their outcomes', () => {
    for (const name of [...jobNames(), 'publish', 'all'])
      expect(() => parseCommandLine(['run', '--demo', '--jobs', name])).not.toThrow();
    // `publish` is how the publication calls itself; the console prints publishSchedule.
    expect(jobNameOf('publish')).toBe('publishSchedule');
  });

  it('a job of the table runs the dispatcher with that job only', () => {
    const selection = selectSteps(['checkData', 'publishSchedule']);
    expect(selection.steps.map((s) => s.id)).toEqual(['checkData', 'dispatcher']);
    expect(selection.jobs.map((j) => j.id)).toEqual(['publishSchedule']);
    expect(selectSteps(['dispatcher', 'archive']).jobs).toBe(SCHEDULED_JOBS);
    expect(selectSteps(['report']).steps.map((s) => s.id)).toEqual(['report']);
  });
});
