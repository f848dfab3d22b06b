/**
 * The teachers' workbook («Дистант — расписание и журнал», docs/contracts.md «Two workbooks»):
 * made or linked by setup, shared with the staff as editors, holding the sheets teachers fill and
 * the add-on's protected copies of the roster. A school that kept everything in one file shared
 * with its staff gets its teachers' sheets moved there — each copied, compared cell by cell with
 * the original, and only then removed from the administration workbook — and the staff lose their
 * access to the administration workbook, which keeps families' contacts and the survey answers.
 */
import { type Cell, cellText, type Grid } from '../../domain/cells';
import { MIRRORS, SHEET_SPECS, type SheetKey } from '../../domain/sheets';
import type { Strings } from '../../i18n';
import type { Store } from '../../ports/store';
import type { Files, SheetLayout, Workbook } from '../../ports/workbook';
import { UserError } from './errors';
import { findSheet, type School } from './school';
import type { TwoWorkbooks } from './school-files';
import { TEACHERS_PROPERTY } from './school-files';

/** What setup found or did about the teachers' workbook. */
export interface TeachersFile {
  readonly workbook: Workbook;
  readonly created: boolean;
  readonly linked: boolean;
}

/** A teachers' workbook that cannot be opened: setup stops and says what to do. */
export class TeachersUnreachable extends UserError {}

/**
 * Opens the teachers' workbook the school uses, links the one whose address an administrator
 * gave, or creates one. The id is kept in a document property of the administration workbook.
 */
export function ensureTeachersFile(
  workbook: TwoWorkbooks,
  files: Files,
  store: Store,
  options: { readonly teachersUrl?: string | undefined; readonly title: string },
  strings: Strings,
): TeachersFile {
  const wanted = options.teachersUrl?.trim() ?? '';
  const known = store.get(TEACHERS_PROPERTY) ?? '';
  if (wanted === '' && known !== '') {
    const opened = files.open(known);
    if (opened === null) throw new TeachersUnreachable(strings.trust.teachersUnreachable);
    if (opened.fileRole() !== 'teachers') opened.markRole('teachers');
    // One object per file in an execution: the Apps Script adapter remembers each file's sheets.
    workbook.link(opened);
    return { workbook: opened, created: false, linked: false };
  }
  let target: Workbook;
  let created = false;
  if (wanted !== '') {
    const opened = files.open(wanted);
    if (opened === null) throw new TeachersUnreachable(strings.trust.teachersUrlUnreachable);
    if (opened.id() === workbook.admin.id())
      throw new TeachersUnreachable(strings.trust.teachersIsAdmin);
    target = opened;
  } else {
    target = files.create(options.title);
    created = true;
  }
  if (target.fileRole() !== 'teachers') target.markRole('teachers');
  store.set(TEACHERS_PROPERTY, target.id());
  workbook.link(target);
  return { workbook: target, created, linked: !created };
}

const gridsEqual = (a: Grid | null, b: Grid | null): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Moves every teachers' sheet still in the administration workbook into the teachers' one. A
 * sheet there already holding other data is left in both places and reported: nothing is lost,
 * nothing is merged by guess.
 */
export function moveTeacherSheets(
  admin: Workbook,
  teachers: Workbook,
  strings: Strings,
  details: string[],
): SheetKey[] {
  const moved: SheetKey[] = [];
  for (const spec of SHEET_SPECS.filter((s) => s.home === 'teachers')) {
    const name = findSheet(admin.sheetNames(), spec.key, strings);
    if (name === undefined) continue;
    const original = admin.read(name);
    const there = findSheet(teachers.sheetNames(), spec.key, strings);
    if (there !== undefined) {
      const existing = teachers.read(there);
      if (gridsEqual(existing, original)) {
        // A previous setup copied it and stopped before removing it.
        admin.deleteSheet(name);
        details.push(strings.trust.moved(name, Math.max(0, (original?.length ?? 1) - 1)));
        moved.push(spec.key);
        continue;
      }
      if ((existing?.length ?? 0) > 1) {
        details.push(strings.trust.moveConflict(name));
        continue;
      }
      // Only a header there (made by an earlier setup): the school's sheet replaces it.
      teachers.deleteSheet(there);
    }
    admin.copySheetTo(name, teachers);
    if (!gridsEqual(teachers.read(name), original)) {
      details.push(strings.trust.moveConflict(name));
      continue;
    }
    admin.deleteSheet(name);
    details.push(strings.trust.moved(name, Math.max(0, (original?.length ?? 1) - 1)));
    moved.push(spec.key);
  }
  return moved;
}

/** The header and rows of each copy the teachers' workbook keeps, from the school as loaded. */
export function mirrorGrids(
  school: Pick<School, 'classes' | 'staff' | 'pupils' | 'strings' | 'sheetName'>,
): Array<{ readonly key: SheetKey; readonly name: string; readonly grid: Grid }> {
  const { strings } = school;
  const rows: Record<string, Cell[][]> = {
    classes: school.classes.map((c) => [c.value.name, c.value.classTeacher ?? '']),
    staff: school.staff.map((s) => [s.value.name, s.value.email, s.value.subjects.join(', ')]),
    pupils: school.pupils.map((p) => [
      p.value.id,
      p.value.name,
      p.value.class,
      p.value.active ? strings.yes : strings.no,
    ]),
  };
  return MIRRORS.map(({ key, columns }) => ({
    key,
    name: school.sheetName[key] ?? strings.sheets[key].name,
    grid: [columns.map((c) => strings.sheets[key].columns[c] ?? c), ...(rows[key] ?? [])],
  }));
}

/**
 * Writes the copies into the teachers' workbook (one write each) and protects them: teachers see
 * the roster for their drop-downs; only the add-on and the administrators change it.
 */
export function writeMirrors(
  teachers: Workbook,
  mirrors: ReturnType<typeof mirrorGrids>,
  protection: SheetLayout['protection'],
): void {
  for (const mirror of mirrors) {
    const present = teachers.sheetNames().includes(mirror.name);
    if (!present) teachers.createSheet(mirror.name);
    const before = present ? teachers.read(mirror.name) : null;
    if (gridsEqual(before, mirror.grid)) continue;
    const header = before?.[0] ?? [];
    if (!gridsEqual([header], [mirror.grid[0] ?? []]))
      teachers.write(mirror.name, 1, [mirror.grid[0] ?? []]);
    teachers.replaceBody(mirror.name, mirror.grid.slice(1));
  }
  for (const mirror of mirrors)
    teachers.applyLayout(mirror.name, {
      frozenRows: 1,
      columns: [],
      ...(protection === undefined ? {} : { protection }),
    });
}

/** Who can reach each file after setup put access in order. */
export interface AccessChange {
  /** Staff given edit access to the teachers' workbook. */
  readonly sharedWith: readonly string[];
  /** People whose access to the administration workbook was removed. */
  readonly removed: readonly string[];
  /** Administrators given edit access to the administration workbook. */
  readonly adminsAdded: readonly string[];
}

/**
 * Shares the teachers' workbook with the staff and keeps the administration workbook to the
 * administrators: every other editor loses edit access, and staff lose view access too (the
 * workbook holds families' contacts and what parents wrote about teachers).
 */
export function putAccessInOrder(
  admin: Workbook,
  teachers: Workbook,
  staffEmails: readonly string[],
  admins: readonly string[],
): AccessChange {
  const adminSet = new Set(admins);
  const inTeachers = teachers.access();
  const canEditTeachers = new Set([inTeachers.owner, ...inTeachers.editors]);
  const sharedWith = [...new Set(staffEmails)].filter((e) => e !== '' && !canEditTeachers.has(e));
  teachers.addEditors(sharedWith);

  const inAdmin = admin.access();
  const staff = new Set(staffEmails);
  const removed = [
    ...new Set([
      ...inAdmin.editors.filter((e) => !adminSet.has(e)),
      ...inAdmin.viewers.filter((e) => staff.has(e) && !adminSet.has(e)),
    ]),
  ];
  admin.removeAccess(removed);
  const canEditAdmin = new Set([inAdmin.owner, ...inAdmin.editors]);
  const adminsAdded = admins.filter((e) => !canEditAdmin.has(e));
  admin.addEditors(adminsAdded);
  return { sharedWith, removed, adminsAdded };
}

/**
 * Everyone besides the administrators (and the owner, who cannot be removed and controls the
 * file anyway) who can edit the administration workbook: while anyone is listed, live mail is
 * held (docs/decisions.md).
 */
export function strangersWhoCanEdit(admin: Workbook, admins: readonly string[]): string[] {
  const access = admin.access();
  const adminSet = new Set(admins);
  return access.editors.filter((e) => !adminSet.has(e) && e !== access.owner);
}

/** The blank first sheet Google puts in a new spreadsheet, once the real sheets exist. */
export function removeBlankDefaultSheet(teachers: Workbook, strings: Strings): void {
  const names = teachers.sheetNames();
  if (names.length < 2) return;
  for (const name of names) {
    const known = SHEET_SPECS.some((s) => findSheet([name], s.key, strings) !== undefined);
    if (known) continue;
    if (!/^(Лист|Sheet)\s?1$/.test(name)) continue;
    const grid = teachers.read(name);
    if ((grid ?? []).every((row) => row.every((c) => cellText(c) === '')))
      teachers.deleteSheet(name);
  }
}
