/**
 * «Настроить таблицу»: creates or repairs every sheet of DESIGN §3 — headers, frozen header row,
 * drop-downs, formats, default settings, protection of system sheets, the spreadsheet's time
 * zone. Idempotent, and it never deletes or moves the school's data: missing columns are added
 * after the last one, missing settings after the last row.
 */
import { type Cell, cellText, normalizeWord } from '../domain/cells';
import { SETTING_DEFAULTS, settingDefaultText } from '../domain/settings';
import { SHEET_SPECS, type SheetKey, type SheetSpec } from '../domain/sheets';
import { matchHeaders } from '../domain/table';
import { VOCABULARIES, type VocabularyName } from '../domain/vocabulary';
import type { Strings } from '../i18n';
import type { ColumnLayout, SheetLayout } from '../ports/workbook';
import type { JobContext, JobOutcome } from './context';
import { findSheet, loadSchool } from './shared/school';

/** Options of a setup run: who runs it (the first administrator when none is set). */
export interface SetupOptions {
  readonly callerEmail: string;
}

/** Creates or repairs the workbook; reports what it changed. */
export function setupWorkbook(ctx: JobContext, options: SetupOptions): JobOutcome {
  const { workbook } = ctx;
  const before = loadSchool(workbook, ctx.clock, []);
  const strings = before.strings;
  const details: string[] = [];
  const existing = workbook.sheetNames();
  const headers = new Map<SheetKey, Cell[]>();
  const names = new Map<SheetKey, string>();

  for (const spec of SHEET_SPECS) {
    let name = findSheet(existing, spec.key, strings);
    if (name === undefined) {
      name = strings.sheets[spec.key].name;
      workbook.createSheet(name);
      details.push(strings.setup.created(name));
    }
    names.set(spec.key, name);
    headers.set(spec.key, repairHeader(ctx, spec, name, strings, details));
  }

  addMissingSettings(
    ctx,
    names.get('settings')!,
    headers.get('settings')!,
    strings,
    options,
    details,
  );

  for (const spec of SHEET_SPECS) {
    const name = names.get(spec.key)!;
    workbook.applyLayout(name, layoutOf(spec, headers.get(spec.key)!, names, headers, strings));
  }

  const timeZone = before.settings.timezone;
  if (workbook.timeZone() !== timeZone) {
    workbook.setTimeZone(timeZone);
    details.push(strings.setup.timezoneSet(timeZone));
  }

  ctx.log.info(details.length === 0 ? strings.setup.nothingToDo : details.join('\n'));
  return {
    job: 'setup',
    summary: details.length === 0 ? strings.setup.nothingToDo : details.join(' '),
    details,
    problems: 0,
    messages: 0,
  };
}

/** Writes the headers a sheet lacks after its last column; returns the header row as it now is. */
function repairHeader(
  ctx: JobContext,
  spec: SheetSpec,
  name: string,
  strings: Strings,
  details: string[],
): Cell[] {
  const header = ctx.workbook.readHeader(name) ?? [];
  const found = matchHeaders(spec.key, header);
  const missing = spec.columns.filter((c) => !found.has(c.key));
  if (missing.length === 0) return header;
  const titles = missing.map((c) => strings.sheets[spec.key].columns[c.key] ?? c.key);
  ctx.workbook.write(name, 1, [titles], header.length + 1);
  if (header.length > 0) details.push(strings.setup.addedColumns(name, titles.join(', ')));
  return [...header, ...titles];
}

function addMissingSettings(
  ctx: JobContext,
  name: string,
  header: Cell[],
  strings: Strings,
  options: SetupOptions,
  details: string[],
): void {
  const grid = ctx.workbook.read(name) ?? [];
  const columns = matchHeaders('settings', header);
  const keyIndex = columns.get('key') ?? 0;
  const present = new Set(
    grid.slice(1).map((row) => normalizeWord(cellText(row[keyIndex])).replace(/\s+/g, '_')),
  );
  const rows: Cell[][] = [];
  for (const [key, fallback] of SETTING_DEFAULTS) {
    if (present.has(key)) continue;
    const value =
      key === 'admin_emails'
        ? options.callerEmail.trim().toLowerCase()
        : settingDefaultText(key, fallback, strings);
    const row: Cell[] = new Array<Cell>(header.length).fill('');
    row[keyIndex] = key;
    row[columns.get('value') ?? 1] = value;
    row[columns.get('description') ?? 2] = strings.settingDescriptions[key] ?? '';
    rows.push(row);
  }
  if (rows.length === 0) return;
  ctx.workbook.append(name, rows);
  details.push(strings.setup.addedSettings(rows.map((r) => cellText(r[keyIndex])).join(', ')));
}

function dropdownValues(source: string, strings: Strings): string[] {
  if (source === 'yesNo') return [strings.yes, strings.no];
  if (source === 'mark')
    return ['5', '4', '3', '2', '1', strings.labels.credit.pass, strings.labels.credit.fail];
  const labels = strings.labels[source as VocabularyName] as Record<string, string>;
  return VOCABULARIES[source as VocabularyName].map((code) => labels[code] ?? code);
}

function layoutOf(
  spec: SheetSpec,
  header: readonly Cell[],
  names: ReadonlyMap<SheetKey, string>,
  headers: ReadonlyMap<SheetKey, Cell[]>,
  strings: Strings,
): SheetLayout {
  const found = matchHeaders(spec.key, header);
  const classColumn = matchHeaders('classes', headers.get('classes') ?? []).get('class');
  const columns: ColumnLayout[] = [];
  for (const column of spec.columns) {
    const index = found.get(column.key);
    if (index === undefined || (column.dropdown === undefined && column.format === undefined))
      continue;
    const layout: { -readonly [K in keyof ColumnLayout]: ColumnLayout[K] } = { column: index + 1 };
    if (column.format !== undefined) layout.format = column.format;
    if (column.dropdown === 'classes') {
      if (classColumn !== undefined)
        layout.dropdownFrom = { sheet: names.get('classes')!, column: classColumn + 1 };
    } else if (column.dropdown !== undefined) {
      layout.dropdown = dropdownValues(column.dropdown, strings);
    }
    columns.push(layout);
  }
  return {
    frozenRows: 1,
    columns,
    ...(spec.system ? { protectedNote: strings.setup.protectedNote } : {}),
  };
}
