/**
 * «Настроить таблицу»: creates or repairs both workbooks (docs/contracts.md) — the teachers' one
 * made or linked, the teachers' sheets of a one-file school moved there, every sheet, header,
 * frozen header row, drop-down, format, default setting, the teachers' copies of the roster, real
 * protections, sharing (staff edit the teachers' workbook, only administrators the administration
 * workbook) and the time zone. Idempotent; it never loses or changes the school's data: missing
 * columns are added after the last one, missing settings after the last row, and a sheet is moved
 * only after its copy was compared cell by cell.
 */
import { type Cell, cellText, normalizeWord } from '../domain/cells';
import { SETTING_DEFAULTS, settingDefaultText } from '../domain/settings';
import { SHEET_SPECS, type SheetKey, type SheetSpec } from '../domain/sheets';
import { matchHeaders } from '../domain/table';
import { VOCABULARIES, type VocabularyName } from '../domain/vocabulary';
import { ALL_NAMES, type Strings } from '../i18n';
import type { Workbook } from '../ports/workbook';
import type { Store } from '../ports/store';
import type { ColumnLayout, Files, SheetLayout } from '../ports/workbook';
import type { JobContext, JobOutcome } from './context';
import { seedAgreements } from './shared/agreements';
import { administrators } from './shared/authorize';
import { findSheet, loadSchool } from './shared/school';
import { TwoWorkbooks } from './shared/school-files';
import {
  ensureTeachersFile,
  mirrorGrids,
  moveTeacherSheets,
  putAccessInOrder,
  removeBlankDefaultSheet,
  strangersWhoCanEdit,
  writeMirrors,
} from './shared/teachers-workbook';

/** Options of a setup run: who runs it (the first administrator when none is set). */
export interface SetupOptions {
  readonly callerEmail: string;
  /** The address of an existing teachers' workbook to link instead of creating one. */
  readonly teachersUrl?: string | undefined;
}

/**
 * What setup needs besides a job's ports to make the teachers' workbook. Without them (the local
 * runner, a school in one file) it repairs the one workbook it was given.
 */
export interface SetupContext extends JobContext {
  readonly files?: Files;
  readonly store?: Store;
}

/** Creates or repairs the workbooks; reports what it changed. */
export function setupWorkbook(ctx: SetupContext, options: SetupOptions): JobOutcome {
  const { workbook } = ctx;
  const before = loadSchool(workbook, ctx.clock, ['staff']);
  const strings = before.strings;
  const details: string[] = [];
  const split = splitFiles(ctx, options, before, details);
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

  // Who the administrators are now that the settings exist (the first caller on a fresh file).
  const school = loadSchool(workbook, ctx.clock, ['classes', 'staff', 'pupils']);
  const admins = administrators(school.settings, school.staff);
  const protection = { note: strings.setup.protectedNote, editors: admins };
  if (split !== null) {
    writeMirrors(split.teachers, mirrorGrids(school), {
      ...protection,
      note: strings.trust.mirrorNote,
    });
  }

  for (const spec of SHEET_SPECS) {
    const name = names.get(spec.key)!;
    workbook.applyLayout(
      name,
      layoutOf(spec, headers.get(spec.key)!, names, headers, strings, {
        protection,
        split: split !== null,
      }),
    );
  }

  if (split !== null) {
    removeBlankDefaultSheet(split.teachers, strings);
    const change = putAccessInOrder(
      split.admin,
      split.teachers,
      school.staff.map((s) => s.value.email),
      admins,
    );
    if (change.sharedWith.length > 0)
      details.push(strings.trust.sharedTeachers(change.sharedWith.length, split.teachers.url()));
    if (change.removed.length > 0)
      details.push(strings.trust.removedFromAdmin(change.removed.join(', '), split.teachers.url()));
    if (change.adminsAdded.length > 0)
      details.push(strings.trust.adminsAdded(change.adminsAdded.join(', ')));
    const strangers = strangersWhoCanEdit(split.admin, admins);
    if (strangers.length > 0) details.push(strings.trust.strangersCanEdit(strangers.join(', ')));
  }

  const timeZone = before.settings.timezone;
  if (workbook.timeZone() !== timeZone) {
    workbook.setTimeZone(timeZone);
    details.push(strings.setup.timezoneSet(timeZone));
  }

  // The log says what changed without names or addresses (logs hold no personal data).
  ctx.log.info(
    details.length === 0 ? strings.setup.nothingToDo : strings.trust.setupLogged(details.length),
  );
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
  const found = matchHeaders(spec.key, header, ALL_NAMES);
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
  const columns = matchHeaders('settings', header, ALL_NAMES);
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

/**
 * The teachers' workbook for this run: linked or made, and the one-file school's teachers' sheets
 * moved into it. Null when setup runs on one workbook (the runner; a test of one file).
 */
function splitFiles(
  ctx: SetupContext,
  options: SetupOptions,
  school: ReturnType<typeof loadSchool>,
  details: string[],
): { readonly admin: Workbook; readonly teachers: Workbook } | null {
  const { workbook } = ctx;
  if (!(workbook instanceof TwoWorkbooks) || ctx.files === undefined || ctx.store === undefined)
    return null;
  const strings = school.strings;
  const file = ensureTeachersFile(
    workbook,
    ctx.files,
    ctx.store,
    {
      teachersUrl: options.teachersUrl,
      title: strings.trust.teachersTitle(school.settings.schoolName),
    },
    strings,
  );
  if (file.created) details.push(strings.trust.teachersCreated(file.workbook.url()));
  if (file.linked) details.push(strings.trust.teachersLinked(file.workbook.url()));
  const moved = moveTeacherSheets(workbook.admin, file.workbook, strings, details);
  if (moved.includes('schedule')) {
    // The administrator who moves the school takes its schedule as agreed as it stands; from
    // now on only the administration agrees lessons.
    const lessons = loadSchool(workbook, ctx.clock, ['schedule']).lessons;
    const seeded = seedAgreements(workbook, strings, lessons, ctx.clock.now());
    if (seeded > 0) details.push(strings.trust.agreementsSeeded(seeded));
  }
  if (file.workbook.timeZone() !== school.settings.timezone)
    file.workbook.setTimeZone(school.settings.timezone);
  return { admin: workbook.admin, teachers: file.workbook };
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
  access: { readonly protection: NonNullable<SheetLayout['protection']>; readonly split: boolean },
): SheetLayout {
  const found = matchHeaders(spec.key, header, ALL_NAMES);
  const classColumn = matchHeaders('classes', headers.get('classes') ?? [], ALL_NAMES).get('class');
  const columns: ColumnLayout[] = [];
  for (const column of spec.columns) {
    const index = found.get(column.key);
    if (index === undefined || (column.dropdown === undefined && column.format === undefined))
      continue;
    const layout: { -readonly [K in keyof ColumnLayout]: ColumnLayout[K] } = { column: index + 1 };
    if (column.format !== undefined) layout.format = column.format;
    if (column.dropdown === 'classes') {
      // A drop-down reads its list from the same file: in the teachers' workbook, the copy of
      // «Классы» the add-on keeps there, whose first column is the class.
      if (access.split && spec.home === 'teachers')
        layout.dropdownFrom = { sheet: names.get('classes')!, column: 1 };
      else if (classColumn !== undefined)
        layout.dropdownFrom = { sheet: names.get('classes')!, column: classColumn + 1 };
    } else if (column.dropdown !== undefined) {
      layout.dropdown = dropdownValues(column.dropdown, strings);
    }
    columns.push(layout);
  }
  // The «Опубликовано» stamp in the teachers' workbook is the add-on's: a real protection keeps
  // it so. The system sheets of the administration workbook are the add-on's and the administrators'.
  const published = found.get('published');
  const protection: SheetLayout['protection'] = spec.system
    ? access.protection
    : spec.key === 'schedule' && access.split && published !== undefined
      ? { ...access.protection, note: strings.trust.stampNote, columns: [published + 1] }
      : undefined;
  return { frozenRows: 1, columns, ...(protection === undefined ? {} : { protection }) };
}
