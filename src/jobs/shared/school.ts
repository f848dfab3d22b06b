/**
 * Loads the school from the workbook: every sheet read once, every row checked, settings
 * interpreted. Jobs start here and work on typed rows; a job whose sheets could not be read
 * stops at `requireReadable` before it records anything as done.
 */
import { type AgreedLesson, type AgreementRecord, withAgreements } from '../../domain/agreement';
import type { LocalDate, Zone } from '../../domain/calendar';
import { cellText, type Grid, normalizeWord } from '../../domain/cells';
import { crossCheck, type CheckedTables } from '../../domain/checks';
import type { ParseContext } from '../../domain/parse';
import type { Problem } from '../../domain/problems';
import type { AccessRecord, Located } from '../../domain/rows';
import { rowSchemas } from '../../domain/schemas';
import { readSettings, type Settings } from '../../domain/settings';
import { type SheetKey, SHEETS } from '../../domain/sheets';
import { readTable, sheetKeyOf, sheetNames, type TableRead } from '../../domain/table';
import { stringsFor, type Strings, ALL_NAMES } from '../../i18n';
import type { Clock } from '../../ports/clock';
import type { Workbook } from '../../ports/workbook';
import { agreementRecords } from './agreements';
import { type DateScope, readDatedRows } from './dated-rows';
import { UserError } from './errors';
import { filesOf } from './school-files';

/** Everything a job knows about the school after loading it. */
export interface School extends CheckedTables {
  /** The schedule with the status the administration's agreement gives each lesson. */
  readonly lessons: readonly Located<AgreedLesson>[];
  /** The administration's agreements by lesson ID (empty where the status column is trusted). */
  readonly agreements: ReadonlyMap<string, AgreementRecord>;
  /** True for a school in one file: whoever set «согласовано» there is an administrator. */
  readonly trustsStatusColumn: boolean;
  readonly settings: Settings;
  readonly strings: Strings;
  readonly zone: Zone;
  readonly ctx: ParseContext;
  /** The name each sheet has in this workbook (absent sheets are missing). */
  readonly sheetName: Partial<Record<SheetKey, string>>;
  readonly access: readonly Located<AccessRecord>[];
  /** The raw reads, for jobs that write back into a sheet (column positions, header text). */
  readonly reads: Partial<Record<SheetKey, TableRead<unknown>>>;
  readonly problems: readonly Problem[];
  /**
   * Sheets the load was asked for (and settings) that are missing or could not be read as a
   * table (a title above the header, a required column absent): what they hold is unknown.
   */
  readonly unreadable: readonly SheetKey[];
}

/** A job stopped before doing anything because sheets it needs could not be read. */
export class UnreadableSheetsError extends UserError {
  override readonly name = 'UnreadableSheetsError';
}

/**
 * The guard of a job that records what it did (a stamp, a record, a letter built on the data):
 * throws when a sheet it loaded could not be read, so nothing is done or marked done, and the
 * dispatcher keeps the job due for its next run. The message says which sheet and why.
 */
export function requireReadable(school: School): void {
  if (school.unreadable.length === 0) return;
  const t = school.strings.readers;
  const reasons = school.unreadable.map((key) => {
    const name = school.sheetName[key] ?? school.strings.sheets[key].name;
    const first = school.problems.find((p) => p.sheet === name && p.row <= 1);
    return t.sheetReason(name, first?.reason ?? school.strings.problems.missingSheet(name));
  });
  throw new UnreadableSheetsError(t.notDone(reasons.join('; ')));
}

/**
 * Finds the sheet a key stands for in either language; undefined when absent. A name spelt as
 * the add-on spells it wins; otherwise a variant («ученики», «Ученики ») is taken (`sheetKeyOf`).
 */
export function findSheet(
  existing: readonly string[],
  key: SheetKey,
  strings: Strings,
): string | undefined {
  const wanted = sheetNames(key, strings, ALL_NAMES);
  return (
    wanted.find((name) => existing.includes(name)) ??
    existing.find((name) => sheetKeyOf(name, ALL_NAMES) === key)
  );
}

/** The sheets a job reads; anything not listed is not read at all (fewer service calls). */
export type SheetSelection = readonly SheetKey[];
const ALL_DATA: SheetSelection = [
  'classes',
  'staff',
  'pupils',
  'schedule',
  'journal',
  'access',
  'requests',
];

/**
 * The first of `key`'s names (either language) that names a sheet, with the sheet read whole: one
 * look-up per name tried, where listing every sheet would cost one call per sheet.
 */
export function readSheetOf(
  workbook: Workbook,
  key: SheetKey,
  strings: Strings,
): { readonly name: string; readonly grid: Grid } | undefined {
  for (const name of sheetNames(key, strings, ALL_NAMES)) {
    const grid = workbook.read(name);
    if (grid !== null) return { name, grid };
  }
  return undefined;
}

/** The dates a job needs of the sheets with a date column; others are read whole. */
export type SchoolScope = Partial<Record<'schedule' | 'journal', DateScope>>;
/** A scope, or how to work it out from the settings and today's date in the school's zone. */
export type ScopeOf = SchoolScope | ((settings: Settings, today: LocalDate) => SchoolScope);

/**
 * Reads the settings and the chosen sheets, checks them and returns the school. With a `scope`,
 * the schedule and the journal give only the rows of its dates (jobs/shared/dated-rows). With no
 * sheet chosen only the settings are looked up (what the hourly run needs): by their usual names
 * first, one call each, the whole list of sheets only when they go by another spelling;
 * `sheetName` then names the settings sheet alone.
 */
export function loadSchool(
  workbook: Workbook,
  clock: Clock,
  only: SheetSelection = ALL_DATA,
  scopeOf: ScopeOf = {},
): School {
  const problems: Problem[] = [];
  const sheetName: Partial<Record<SheetKey, string>> = {};
  let settingsGrid: Grid | null = null;
  if (only.length === 0) {
    const found = readSheetOf(workbook, 'settings', stringsFor('ru'));
    if (found !== undefined) {
      sheetName.settings = found.name;
      settingsGrid = found.grid;
    }
  } else {
    const existing = workbook.sheetNames();
    for (const spec of Object.values(SHEETS)) {
      const found = findSheet(existing, spec.key, stringsFor('ru'));
      if (found !== undefined) sheetName[spec.key] = found;
    }
    settingsGrid = sheetName.settings === undefined ? null : workbook.read(sheetName.settings);
  }

  // Settings come first: they name the language and the time zone every other reader needs.
  const first = interpretSettings(settingsGrid, sheetName.settings ?? '', clock, stringsFor('ru'));
  const strings = stringsFor(first.settings.locale);
  const { settings, ctx, settingProblems } =
    first.settings.locale === 'ru'
      ? first
      : interpretSettings(settingsGrid, sheetName.settings ?? '', clock, strings);
  problems.push(...settingProblems);
  const unreadable: SheetKey[] = [];
  if (sheetName.settings === undefined) {
    problems.push(missingSheet('settings', strings));
    unreadable.push('settings');
  } else if (first.usable === false) unreadable.push('settings');

  const scope =
    typeof scopeOf === 'function' ? scopeOf(settings, ctx.zone.parts(clock.now()).date) : scopeOf;
  const schemas = rowSchemas(ctx);
  const reads: Partial<Record<SheetKey, TableRead<unknown>>> = {};
  const read = <T>(
    key: SheetKey,
    schema: Parameters<typeof readTable<T>>[3],
  ): TableRead<T> | undefined => {
    if (!only.includes(key)) return undefined;
    const name = sheetName[key];
    const grid = name === undefined ? null : readSheet(workbook, name, key, scope, ctx);
    if (name === undefined || grid === null) {
      if (SHEETS[key].required) {
        problems.push(missingSheet(key, strings));
        unreadable.push(key);
      }
      return undefined;
    }
    const table = readTable(key, name, grid, schema, strings, ALL_NAMES);
    problems.push(...table.problems);
    if (!table.usable) unreadable.push(key);
    reads[key] = table;
    return table;
  };

  const classes = read('classes', schemas.classes);
  const staff = read('staff', schemas.staff);
  const pupils = read('pupils', schemas.pupils);
  const lessons = read('schedule', schemas.schedule);
  const journal = read('journal', schemas.journal);
  const access = read('access', schemas.access);
  const requests = read('requests', schemas.requests);
  // A sheet that could not be read is unknown, not empty: checking against it would call every
  // pupil of the journal unknown and bury the one problem that matters.
  const known = <T>(t: TableRead<T> | undefined): TableRead<T> | undefined =>
    t?.usable ? t : undefined;
  const checked = crossCheck(
    {
      classes: known(classes),
      staff: known(staff),
      pupils: known(pupils),
      lessons: known(lessons),
      journal: known(journal),
      requests: known(requests),
    },
    strings,
  );
  problems.push(...checked.problems);

  // What the teachers' sheet says about agreement counts only where the record agrees with it;
  // a school in one file edited by administrators alone is trusted as it is (domain/agreement).
  // Only a job that reads the schedule opens the teachers' workbook to find out.
  const trustSheet = !only.includes('schedule') || filesOf(workbook).teachers === null;
  const agreements: ReadonlyMap<string, AgreementRecord> =
    trustSheet || !only.includes('schedule') || sheetName.agreements === undefined
      ? new Map()
      : agreementRecords(workbook.read(sheetName.agreements));
  const lessonsAgreed = withAgreements(checked.tables.lessons, agreements, trustSheet);
  return {
    ...checked.tables,
    lessons: lessonsAgreed,
    agreements,
    trustsStatusColumn: trustSheet,
    access: access?.rows ?? [],
    settings,
    strings,
    zone: ctx.zone,
    ctx,
    sheetName,
    reads,
    problems,
    unreadable,
  };
}

/** A sheet whole, or only the rows of the scope's dates. */
function readSheet(
  workbook: Workbook,
  name: string,
  key: SheetKey,
  scope: SchoolScope,
  ctx: ParseContext,
): ReturnType<Workbook['read']> {
  const dates = key === 'schedule' || key === 'journal' ? scope[key] : undefined;
  return dates === undefined
    ? workbook.read(name)
    : (readDatedRows(workbook, name, key, dates, ctx)?.grid ?? null);
}

function interpretSettings(
  grid: ReturnType<Workbook['read']>,
  name: string,
  clock: Clock,
  strings: Strings,
): { settings: Settings; ctx: ParseContext; settingProblems: Problem[]; usable: boolean } {
  const moscow: ParseContext = {
    zone: clock.zoneFor('Europe/Moscow'),
    strings,
    languages: ALL_NAMES,
  };
  const table =
    grid === null
      ? undefined
      : readTable('settings', name, grid, rowSchemas(moscow).settings, strings, ALL_NAMES);
  // Problems point at the headers as the school wrote them.
  const headerText = (key: string): string => {
    const index = table?.columns.get(key);
    const text = index === undefined ? '' : cellText(table?.header[index]);
    return text || (strings.sheets.settings.columns[key] ?? '');
  };
  const valueHeader = headerText('value');
  const read = readSettings(table?.rows ?? [], name, valueHeader, moscow, headerText('key'));
  const problems = read.problems;
  let settings = read.settings;
  let zone = moscow.zone;
  try {
    zone = clock.zoneFor(settings.timezone);
    zone.parts(clock.now());
  } catch {
    // A zone the clock does not know (`Moscow`) is a bad value like any other: reported, and
    // the default stands in, also for the spreadsheet's own zone that setup sets.
    const located = table?.rows.find(
      (r) => normalizeWord(r.value.key).replace(/\s+/g, '_') === 'timezone',
    );
    problems.push({
      sheet: name,
      row: located?.row ?? 0,
      column: valueHeader,
      value: settings.timezone,
      reason: strings.problems.badSetting(moscow.zone.id),
    });
    settings = { ...settings, timezone: moscow.zone.id };
    zone = moscow.zone;
  }
  return {
    settings,
    ctx: { zone, strings, languages: ALL_NAMES },
    settingProblems: [...(table?.problems ?? []), ...problems],
    usable: table?.usable ?? false,
  };
}

function missingSheet(key: SheetKey, strings: Strings): Problem {
  const name = strings.sheets[key].name;
  return {
    sheet: name,
    row: 0,
    column: '',
    value: '',
    reason: strings.problems.missingSheet(name),
  };
}
