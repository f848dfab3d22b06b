import { parseArgs } from 'node:util';
import { jobNames, selectSteps } from '../jobs/cycle';
import { type RunnerLocale, runnerStrings, type RunnerStrings } from '../i18n/runner';

/** What `distant run` was asked to do. */
export interface RunOptions {
  readonly command: 'run';
  /** Path of the school's xlsx export (the administration workbook); undefined with --demo. */
  readonly workbook?: string | undefined;
  /** Path of the teachers' workbook's export, for a school in two workbooks. */
  readonly teachers?: string | undefined;
  readonly demo: boolean;
  /** School-local wall-clock time `YYYY-MM-DDTHH:MM`, checked to exist, or undefined for now. */
  readonly now?: string | undefined;
  readonly out: string;
  readonly jobs: readonly string[] | 'all';
  readonly quiet: boolean;
  /** The language of messages until the workbook is read. */
  readonly lang: RunnerLocale;
}

/** `distant bench`: prints performance figures. */
export interface BenchOptions {
  readonly command: 'bench';
  /** One school size; every size of the bench when absent. */
  readonly pupils?: number | undefined;
  readonly lang: RunnerLocale;
}

/** `distant help [run|bench]`, `distant run --help`, `distant --help`. */
export interface HelpOptions {
  readonly command: 'help';
  readonly topic: 'general' | 'run' | 'bench';
  readonly lang: RunnerLocale;
}

export type CliOptions = RunOptions | BenchOptions | HelpOptions;

/** Bad arguments: the runner prints the reason and where help is, and exits 2. */
export class UsageError extends Error {
  /**
   * @param message the reason, in the user's language
   * @param command the command whose help to point to ('' for the list of commands)
   */
  constructor(
    message: string,
    readonly command: 'run' | 'bench' | '' = '',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Spec = Record<string, { type: 'string' | 'boolean' }>;
const COMMON: Spec = { lang: { type: 'string' }, help: { type: 'boolean' } };
const SPECS: Record<'run' | 'bench', Spec> = {
  run: {
    workbook: { type: 'string' },
    teachers: { type: 'string' },
    demo: { type: 'boolean' },
    now: { type: 'string' },
    out: { type: 'string' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean' },
    ...COMMON,
  },
  bench: { pupils: { type: 'string' }, ...COMMON },
};

/**
 * The language asked for with `--lang` (or `--lang=`), Russian when absent or unknown: known
 * before anything else is parsed, so that even the first argument error speaks it.
 */
export function languageOf(argv: readonly string[]): RunnerLocale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value !== null) return value === 'en' ? 'en' : 'ru';
  }
  return 'ru';
}

/** Parses the command line (without `node` and the script); throws UsageError in its language. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  const lang = languageOf(argv);
  const t = runnerStrings(lang);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h')
    return { command: 'help', topic: 'general', lang };
  if (command === 'help') {
    const topic = rest.find((a, i) => !a.startsWith('-') && rest[i - 1] !== '--lang');
    if (topic === undefined) return { command: 'help', topic: 'general', lang };
    if (topic === 'run' || topic === 'bench') return { command: 'help', topic, lang };
    throw new UsageError(t.errors.unknownCommand(topic));
  }
  if (command !== 'run' && command !== 'bench') {
    throw new UsageError(
      command.startsWith('-')
        ? t.errors.unknownOption(command, 'distant')
        : t.errors.unknownCommand(command),
    );
  }
  const values = parseOptions(command, rest, t);
  const lang2 = values.lang;
  if (lang2 !== undefined && lang2 !== 'ru' && lang2 !== 'en')
    throw new UsageError(t.errors.lang(String(lang2)), command);
  if (values.help === true) return { command: 'help', topic: command, lang };

  if (command === 'bench') {
    if (values.pupils === undefined) return { command: 'bench', lang };
    const pupils = Number(values.pupils);
    if (!Number.isInteger(pupils) || pupils < 10 || pupils > 20000)
      throw new UsageError(t.errors.pupils, 'bench');
    return { command: 'bench', pupils, lang };
  }
  const workbook = values.workbook as string | undefined;
  const demo = values.demo === true;
  if ((workbook === undefined) === !demo) throw new UsageError(t.errors.workbookOrDemo, 'run');
  const teachers = values.teachers as string | undefined;
  if (teachers !== undefined && workbook === undefined)
    throw new UsageError(t.errors.teachersWithoutWorkbook, 'run');
  const now = values.now as string | undefined;
  if (now !== undefined) checkNow(now, t);
  const out = (values.out as string | undefined) ?? 'out';
  if (out.trim() === '') throw new UsageError(t.errors.emptyOut, 'run');
  return {
    command: 'run',
    workbook,
    teachers,
    demo,
    now,
    out,
    jobs: jobsOf((values.jobs as string | undefined) ?? 'all', t),
    quiet: values.quiet === true,
    lang,
  };
}

/**
 * The options of a command, every mistake a sentence: node's own messages are English and name
 * its internals, so the tokens are checked here (strict mode off) instead.
 */
function parseOptions(
  command: 'run' | 'bench',
  args: readonly string[],
  t: RunnerStrings,
): Record<string, string | boolean | undefined> {
  const spec = SPECS[command];
  const { tokens } = parseArgs({
    args: [...args],
    options: spec,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | undefined> = {};
  for (const token of tokens) {
    if (token.kind === 'positional')
      throw new UsageError(t.errors.unexpectedArgument(token.value), command);
    if (token.kind !== 'option') continue;
    const type = spec[token.name]?.type;
    if (type === undefined)
      throw new UsageError(t.errors.unknownOption(token.rawName, `distant ${command}`), command);
    if (values[token.name] !== undefined)
      throw new UsageError(t.errors.repeated(token.rawName), command);
    if (type === 'boolean') {
      if (token.value !== undefined)
        throw new UsageError(t.errors.noValueWanted(token.rawName), command);
      values[token.name] = true;
    } else {
      // `--now --demo`: the value is missing, not "--demo".
      if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('--')))
        throw new UsageError(t.errors.missingValue(token.rawName), command);
      values[token.name] = token.value;
    }
  }
  return values;
}

const NOW = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Refuses a `--now` that is not a real date and time: 2026-13-45T25:99, 2026-02-30T10:00. */
function checkNow(value: string, t: RunnerStrings): void {
  const match = NOW.exec(value);
  if (match === null) throw new UsageError(t.errors.nowFormat(value), 'run');
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth)
    throw new UsageError(t.errors.noSuchDate(value), 'run');
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59))
    throw new UsageError(t.errors.noSuchTime(value), 'run');
}

function jobsOf(text: string, t: RunnerStrings): readonly string[] | 'all' {
  if (text.trim() === 'all') return 'all';
  const jobs = text
    .split(',')
    .map((j) => j.trim())
    .filter(Boolean);
  if (jobs.length === 0) throw new UsageError(t.errors.emptyJobs, 'run');
  const { unknown } = selectSteps(jobs);
  if (unknown.length > 0)
    throw new UsageError(t.errors.unknownJobs(unknown.join(', '), jobNames().join(', ')), 'run');
  return jobs;
}

/** The help text of a topic, the job names listed with what each does. */
export function helpText(topic: HelpOptions['topic'], lang: RunnerLocale): string {
  const t = runnerStrings(lang);
  if (topic === 'bench') return t.help.bench;
  if (topic === 'general') return t.help.general;
  const names = ['all', ...jobNames()];
  const width = Math.max(...names.map((n) => n.length));
  const lines = jobNames().map((name) => {
    const what = t.jobs[name];
    return `    ${name.padEnd(width)}${what === undefined ? '' : `  ${what}`}`;
  });
  return t.help.run(lines.join('\n'));
}
