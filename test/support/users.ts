/**
 * Helpers for bundle tests with several users and several files: teachers and administrators,
 * the school's file shared with the staff, a second spreadsheet, a user's hourly trigger, a
 * teacher typing into a protected cell. Raw access: nothing here is counted as a service call.
 */
import type { Grid } from '../../src/domain/cells';
import { ru } from '../../src/i18n/ru';
import type { CellValue, FakeSpreadsheet, GasEnvironment, ShareSpec } from '../fakes';

/** A teacher of the test school: staff without the administrator role. */
export const TEACHER = 'ivanova@school.test';
/** A second teacher. */
export const TEACHER_2 = 'petrov@school.test';
/** A second administrator (e.g. the deputy head who takes the mail over). */
export const DEPUTY = 'deputy@school.test';

const STAFF = ru.sheets.staff;
const COL = {
  name: STAFF.columns.name ?? '',
  email: STAFF.columns.email ?? '',
  role: STAFF.columns.role ?? '',
};

/** Who a member of staff is on «Педагоги». */
export interface StaffMember {
  readonly name?: string;
  readonly role?: 'admin' | 'teacher';
  /** The file whose «Педагоги» lists them (default: the bound one); null: not listed. */
  readonly listIn?: FakeSpreadsheet | null;
}

/**
 * Makes `email` a known user and lists them on «Педагоги» (created with its header when absent)
 * with the teacher role unless told otherwise. Shares nothing: see shareWith / shareWithStaff.
 */
export function addStaff(env: GasEnvironment, email: string, member: StaffMember = {}): string {
  env.users.add(email);
  const file = member.listIn === undefined ? env.spreadsheet : member.listIn;
  if (file === null) return email;
  const grid: CellValue[][] = file.sheetNames().includes(STAFF.name)
    ? file.sheetValues(STAFF.name)
    : [];
  const header = grid[0] ?? [COL.name, COL.email, COL.role];
  const at = (column: string): number => {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`«${STAFF.name}» has no column «${column}»`);
    return i;
  };
  const row: CellValue[] = header.map(() => '');
  row[at(COL.name)] = member.name ?? email.split('@')[0]!;
  row[at(COL.email)] = email;
  row[at(COL.role)] = ru.labels.role[member.role ?? 'teacher'];
  file.setSheetValues(STAFF.name, [header, ...grid.slice(1), row]);
  return email;
}

/** A teacher (default TEACHER) known to the environment and listed on «Педагоги». */
export function addTeacher(
  env: GasEnvironment,
  email: string = TEACHER,
  member: Omit<StaffMember, 'role'> = {},
): string {
  return addStaff(env, email, { ...member, role: 'teacher' });
}

/** The e-mails on «Педагоги» of a file (default: the bound one). */
export function staffEmails(
  env: GasEnvironment,
  file: FakeSpreadsheet = env.spreadsheet,
): string[] {
  const [header = [], ...rows] = file.sheetValues(STAFF.name);
  const i = header.indexOf(COL.email);
  return rows.map((r) => String(r[i] ?? '').trim()).filter((e) => e !== '');
}

/** Shares a file (default: the bound one) with these users, as editors unless `as: 'viewer'`. */
export function shareWith(
  env: GasEnvironment,
  emails: readonly string[],
  opts: { as?: 'editor' | 'viewer'; file?: FakeSpreadsheet } = {},
): void {
  const spec: ShareSpec = opts.as === 'viewer' ? { viewers: emails } : { editors: emails };
  env.files.share(opts.file ?? env.spreadsheet, spec);
}

/**
 * "The school's one file is shared with every teacher": everyone on «Педагоги» of the bound file
 * (and any `extra`) becomes an editor of it. Returns who.
 */
export function shareWithStaff(env: GasEnvironment, extra: readonly string[] = []): string[] {
  const staff = [...new Set([...staffEmails(env), ...extra])].filter(
    (e) => e.toLowerCase() !== env.spreadsheet.sharing().owner,
  );
  env.users.add(...staff);
  shareWith(env, staff);
  return staff;
}

/**
 * A second spreadsheet that exists before the run (e.g. a teachers' workbook the administrator
 * links by URL), owned by `spec.owner` (default: the test's default user), with sheets if given.
 */
export function openSecondSpreadsheet(
  env: GasEnvironment,
  name: string,
  spec: ShareSpec & { sheets?: Record<string, Grid> } = {},
): FakeSpreadsheet {
  const { sheets, ...share } = spec;
  const file = env.files.create(name, share);
  for (const [sheet, grid] of Object.entries(sheets ?? {})) file.setSheetValues(sheet, grid);
  return file;
}

/** The one file with this name (e.g. the workbook setup created); throws when none or several. */
export function fileNamed(env: GasEnvironment, name: string): FakeSpreadsheet {
  const found = env.files.list().filter((f) => f.name === name);
  if (found.length !== 1) throw new Error(`${found.length} files named «${name}»`);
  return env.files.get(found[0]!.id);
}

/**
 * One user's hourly tick: advances the clock an hour (unless `advance: false`), then fires that
 * user's time-driven triggers as that user. Returns how many ran.
 */
export function fireHourly(
  env: GasEnvironment,
  email: string,
  opts: { advance?: boolean } = {},
): number {
  if (opts.advance !== false) env.clock.advance(3_600_000);
  return env.as(email).fireTimeTriggers();
}

/** Each user's triggers as 'handler:TYPE' (users without triggers are left out). */
export function triggersByUser(env: GasEnvironment): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of env.triggers.list()) (out[t.owner] ??= []).push(`${t.handler}:${t.type}`);
  return out;
}

/**
 * A user types `value` into a cell of a sheet in the Sheets UI (the simple onEdit and the file's
 * edit triggers then run). Returns null when Sheets takes the edit, else Google's refusal
 * (no access, view only, protected cell); a refused edit changes nothing and fires nothing.
 */
export function typeAs(
  env: GasEnvironment,
  email: string,
  sheet: string,
  a1: string,
  value: CellValue,
  file: FakeSpreadsheet = env.spreadsheet,
): string | null {
  try {
    env.as(email).edit(file.sheet(sheet).getRange(a1), value);
    return null;
  } catch (e) {
    if (e instanceof Error && e.name === 'Exception') return e.message;
    throw e;
  }
}

/** Whether `email` could write into a sheet (or a cell of it) of a file: access and protections. */
export function canEditSheet(
  env: GasEnvironment,
  email: string,
  sheet: string,
  a1?: string,
  file: FakeSpreadsheet = env.spreadsheet,
): boolean {
  return env.files.canEdit(file, email, a1 === undefined ? sheet : `'${sheet}'!${a1}`);
}

/** Every sheet's values of one file, for "nothing lost or changed" comparisons across files. */
export function valuesOfFile(file: FakeSpreadsheet): Record<string, CellValue[][]> {
  return Object.fromEntries(file.sheetNames().map((name) => [name, file.sheetValues(name)]));
}
