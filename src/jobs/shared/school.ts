/**
 * Loads the school from the workbook: every sheet read once, every row checked, settings
 * interpreted. Jobs start here and work on typed rows.
 */
import type { Zone } from '../../domain/calendar';
import { cellText, type Grid, normalizeWord } from '../../domain/cells';
import { crossCheck, type CheckedTables } from '../../domain/checks';
import type { ParseContext } from '../../domain/parse';
import type { Problem } from '../../domain/problems';
import type { AccessRecord, Located } from '../../domain/rows';
import { rowSchemas } from '../../domain/schemas';
import { readSettings, type Settings } from '../../domain/settings';
import { type SheetKey, SHEETS } from '../../domain/sheets';
import { readTable, sheetNames, type TableRead } from '../../domain/table';
import { stringsFor, type Strings } from '../../i18n';
import type { Clock } from '../../ports/clock';
import type { Workbook } from '../../ports/workbook';

/** Everything a job knows about the school after loading it. */
export interface School extends CheckedTables {
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
}

/** Finds the sheet a key stands for in either language; undefined when absent. */
export function findSheet(
  existing: readonly string[],
  key: SheetKey,
  strings: Strings,
): string | undefined {
  const wanted = sheetNames(key, strings);
  return wanted.find((name) => existing.includes(name));
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
  for (const name of sheetNames(key, strings)) {
    const grid = workbook.read(name);
    if (grid !== null) return { name, grid };
  }
  return undefined;
}

/**
 * Reads the settings and the chosen sheets, checks them and returns the school. With no sheet
 * chosen only the settings are looked up (what the hourly run needs): `sheetName` then names the
 * settings sheet alone.
 */
export function loadSchool(
  workbook: Workbook,
  clock: Clock,
  only: SheetSelection = ALL_DATA,
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
  if (sheetName.settings === undefined) {
    problems.push(missingSheet('settings', strings));
  }

  const schemas = rowSchemas(ctx);
  const reads: Partial<Record<SheetKey, TableRead<unknown>>> = {};
  const read = <T>(
    key: SheetKey,
    schema: Parameters<typeof readTable<T>>[3],
  ): TableRead<T> | undefined => {
    if (!only.includes(key)) return undefined;
    const name = sheetName[key];
    const grid = name === undefined ? null : workbook.read(name);
    if (name === undefined || grid === null) {
      if (SHEETS[key].required) problems.push(missingSheet(key, strings));
      return undefined;
    }
    const table = readTable(key, name, grid, schema, strings);
    problems.push(...table.problems);
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
  const checked = crossCheck({ classes, staff, pupils, lessons, journal, requests }, strings);
  problems.push(...checked.problems);

  return {
    ...checked.tables,
    access: access?.rows ?? [],
    settings,
    strings,
    zone: ctx.zone,
    ctx,
    sheetName,
    reads,
    problems,
  };
}

function interpretSettings(
  grid: ReturnType<Workbook['read']>,
  name: string,
  clock: Clock,
  strings: Strings,
): { settings: Settings; ctx: ParseContext; settingProblems: Problem[] } {
  const moscow: ParseContext = { zone: clock.zoneFor('Europe/Moscow'), strings };
  const table =
    grid === null
      ? undefined
      : readTable('settings', name, grid, rowSchemas(moscow).settings, strings);
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
    ctx: { zone, strings },
    settingProblems: [...(table?.problems ?? []), ...problems],
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
