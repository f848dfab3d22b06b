/**
 * The school's two workbooks behind the one `Workbook` port the jobs use (docs/contracts.md,
 * «Two workbooks»). Each sheet is routed by its key to the file it lives in — settings, staff,
 * families' contacts, the outbox and the form answers to the administration workbook; the
 * schedule, the journal, the census and the requests to the teachers' one — so a sheet a teacher
 * names «Настройки» in the teachers' workbook is never read: only the administration workbook
 * can hold settings. Sheets of no known key (reports, form answers) live with the administration.
 */
import type { Cell, Grid } from '../../domain/cells';
import { SHEETS, type SheetHome } from '../../domain/sheets';
import { sheetKeyOf } from '../../domain/table';
import type { FileAccess, FileRole, SheetLayout, Workbook } from '../../ports/workbook';
import { ALL_NAMES } from '../../i18n';

/** The administration workbook and, once setup made or linked it, the teachers' one. */
export interface SchoolFiles {
  readonly admin: Workbook;
  readonly teachers: Workbook | null;
}

/** Where a sheet of this name lives. */
export function homeOfSheet(name: string): SheetHome {
  const key = sheetKeyOf(name, ALL_NAMES);
  return key === undefined ? 'admin' : SHEETS[key].home;
}

/**
 * Both files as one workbook. The teachers' file is opened only when a job first needs one of its
 * sheets (an idle hourly run opens nothing); `teachers` yields null for a school with one file.
 */
export class TwoWorkbooks implements Workbook {
  private opened: Workbook | null | undefined;

  constructor(
    readonly admin: Workbook,
    private readonly openTeachers: () => Workbook | null,
  ) {}

  /** The teachers' workbook, or null while the school keeps everything in one file. */
  get teachers(): Workbook | null {
    if (this.opened === undefined) this.opened = this.openTeachers();
    return this.opened;
  }

  /** Works with this teachers' file from now on (setup has just made or linked it). */
  link(teachers: Workbook): void {
    this.opened = teachers;
  }

  private fileOf(sheet: string): Workbook {
    return homeOfSheet(sheet) === 'teachers' ? (this.teachers ?? this.admin) : this.admin;
  }

  sheetNames(): string[] {
    const teachers = this.teachers;
    if (teachers === null) return this.admin.sheetNames();
    // Each file shows only the sheets that live in it: the teachers' copies of the roster and a
    // stray «Настройки» there stay invisible, as does an old «Расписание» left in the other file.
    return [
      ...this.admin.sheetNames().filter((n) => homeOfSheet(n) === 'admin'),
      ...teachers.sheetNames().filter((n) => homeOfSheet(n) === 'teachers'),
    ];
  }

  read(sheet: string): Grid | null {
    return this.fileOf(sheet).read(sheet);
  }

  readColumns(sheet: string, firstColumn: number, count: number): Grid | null {
    return this.fileOf(sheet).readColumns(sheet, firstColumn, count);
  }

  readHeader(sheet: string): Cell[] | null {
    return this.fileOf(sheet).readHeader(sheet);
  }

  lastRow(sheet: string): number | null {
    return this.fileOf(sheet).lastRow(sheet);
  }

  readBlock(
    sheet: string,
    firstRow: number,
    rowCount: number,
    firstColumn: number,
    columnCount: number,
  ): Grid | null {
    return this.fileOf(sheet).readBlock(sheet, firstRow, rowCount, firstColumn, columnCount);
  }

  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn?: number,
  ): void {
    this.fileOf(sheet).write(sheet, startRow, rows, startColumn);
  }

  append(sheet: string, rows: readonly (readonly Cell[])[]): void {
    this.fileOf(sheet).append(sheet, rows);
  }

  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void {
    this.fileOf(sheet).replaceBody(sheet, rows);
  }

  createSheet(sheet: string): void {
    this.fileOf(sheet).createSheet(sheet);
  }

  deleteRows(sheet: string, startRow: number, count: number): void {
    this.fileOf(sheet).deleteRows(sheet, startRow, count);
  }

  deleteSheet(sheet: string): void {
    this.fileOf(sheet).deleteSheet(sheet);
  }

  applyLayout(sheet: string, layout: SheetLayout): void {
    this.fileOf(sheet).applyLayout(sheet, layout);
  }

  url(sheet?: string): string {
    return sheet === undefined ? this.admin.url() : this.fileOf(sheet).url();
  }

  id(): string {
    return this.admin.id();
  }

  access(): FileAccess {
    return this.admin.access();
  }

  addEditors(emails: readonly string[]): void {
    this.admin.addEditors(emails);
  }

  removeAccess(emails: readonly string[]): void {
    this.admin.removeAccess(emails);
  }

  copySheetTo(sheet: string, target: Workbook): void {
    this.fileOf(sheet).copySheetTo(sheet, target);
  }

  fileRole(): FileRole | null {
    return this.admin.fileRole();
  }

  markRole(role: FileRole): void {
    this.admin.markRole(role);
  }

  timeZone(): string {
    return this.admin.timeZone();
  }

  setTimeZone(timeZone: string): void {
    this.admin.setTimeZone(timeZone);
    this.teachers?.setTimeZone(timeZone);
  }
}

/** The files behind a job's workbook: both for a school with two, the one otherwise. */
export function filesOf(workbook: Workbook): SchoolFiles {
  if (!(workbook instanceof TwoWorkbooks)) return { admin: workbook, teachers: null };
  // The teachers' file is opened only when asked for: a job that needs the administration's
  // sheets alone opens nothing more.
  return {
    admin: workbook.admin,
    get teachers() {
      return workbook.teachers;
    },
  };
}

/** The document property holding the teachers' workbook's id (set by setup). */
export const TEACHERS_PROPERTY = 'distant.teachers';
