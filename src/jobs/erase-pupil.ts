/**
 * «Удалить данные ученика» (docs/contracts.md «Entry points» `erasePupil`; docs/decisions.md, «Erasing a pupil»): one
 * pupil's personal data leaves every sheet of both workbooks and of any other file holding school
 * data. The pupil's rows go (roster and its copy, journal, census, requests, the informed record);
 * their form answers keep only what is nobody's (timestamp, scores, closed choices); letters
 * naming them keep key and status but lose their words; report rows keep their figures; any other
 * cell naming them or holding their family's own contacts is emptied. Then one row on «Удаления
 * данных» says who erased whom and when — the «whom» as a keyed hash of the ID, never the ID.
 *
 * Idempotent: a second call finds nothing and changes nothing. The roster row goes last, so a run
 * stopped by the time limit is finished by the next call, which still knows the name to look for.
 */
import { type Cell, cellText, type Grid, isBlankRow } from '../domain/cells';
import {
  anonymousColumns,
  holdsNameWord,
  isIdCell,
  isResponseSheet,
  mentionFinder,
  type PupilTraces,
  pupilIdColumn,
  rowBlocks,
  tracesOf,
} from '../domain/erasure';
import type { Pupil } from '../domain/rows';
import { type SheetKey } from '../domain/sheets';
import { matchHeaders, sheetKeyOf } from '../domain/table';
import { ALL_NAMES, type Strings } from '../i18n';
import type { ErasureFigures } from '../i18n/privacy';
import { columnOf, readReportSheet } from '../mail/report-sheet';
import type { Lock } from '../ports/lock';
import type { Hmac } from '../ports/signer';
import type { Store } from '../ports/store';
import type { Workbook } from '../ports/workbook';
import { checkData } from './check-data';
import type { JobContext, JobOutcome } from './context';
import { reportSheetWeek } from './monitoring-report';
import { eraseFromOutbox } from './shared/outbox-retention';
import type { OtherSchoolFiles } from './shared/other-files';
import { loadSchool, type School } from './shared/school';
import { filesOf } from './shared/school-files';
import { openSystemSheet, systemRow } from './shared/system-sheet';
import { underLock } from './shared/lock';

/** The ports an erasure needs. */
export interface ErasureContext extends JobContext {
  readonly lock: Lock;
  readonly store: Store;
  readonly hmac: Hmac;
  /** Files besides the two workbooks (the archive); each is gone through like the workbooks. */
  readonly others: OtherSchoolFiles;
}

/** Who asks to erase whom. */
export interface ErasureRequest {
  /** The pupil's ID as the administrator typed it. */
  readonly id: string;
  /** The administrator's address, for the log row. */
  readonly by: string;
  /** Stop starting new sheets after this many milliseconds of the execution (default 270 s). */
  readonly budgetMs?: number;
}

/** What an erasure did. */
export interface ErasureOutcome extends JobOutcome, ErasureFigures {
  /** False when the time ran out: calling again finishes the work. */
  readonly finished: boolean;
  /** Sheets changed, by name (no data). */
  readonly sheets: readonly string[];
}

/** The document property holding the key of the IDs' hashes (made at the first erasure). */
export const ERASURE_KEY_PROPERTY = 'distant.erasure_key';

/** Stop before the execution's 6 minutes, leaving time to say so (as the dispatcher does). */
const DEFAULT_BUDGET_MS = 270_000;

/** Sheets whose rows are a pupil's by their ID column. */
const ID_COLUMNS: Partial<Record<SheetKey, string>> = {
  pupils: 'id',
  journal: 'pupilId',
  access: 'pupilId',
  requests: 'pupilId',
  informed: 'pupilId',
  termMarks: 'pupilId',
};

/** The pupil as the roster has them (for the confirmation), or undefined. */
export function pupilOnRoster(ctx: JobContext, id: string): Pupil | undefined {
  const school = loadSchool(ctx.workbook, ctx.clock, ['pupils']);
  return school.pupils.find((p) => sameId(p.value.id, id))?.value;
}

const sameId = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

/** The traces to look for: the pupil against everyone who stays at school. */
function schoolTraces(school: School, id: string): PupilTraces {
  const pupil = school.pupils.find((p) => sameId(p.value.id, id))?.value;
  const { settings } = school;
  return tracesOf(id.trim(), pupil, {
    pupils: school.pupils.map((p) => p.value).filter((p) => !sameId(p.id, id)),
    contacts: [
      ...school.staff.flatMap((s) => [s.value.email, s.value.phone ?? '']),
      ...school.classes.flatMap((c) => [c.value.classTeacher ?? '', c.value.groupEmail ?? '']),
      ...settings.adminEmails,
      settings.schoolEmail,
      ...settings.hotlinePhones,
    ],
    names: school.staff.map((s) => s.value.name),
  });
}

/** What erasure does to one sheet, decided on its cells as read. */
export interface SheetChanges {
  /** 1-based rows to delete. */
  readonly deleted: readonly number[];
  /** Rows to write back whole (1-based), changed cells already in place. */
  readonly rewritten: ReadonlyArray<{ readonly row: number; readonly cells: readonly Cell[] }>;
  /** Response rows among the rewritten ones (answers made anonymous). */
  readonly answers: number;
  /** Cells emptied or replaced outside the answers. */
  readonly cells: number;
}

const NO_CHANGES: SheetChanges = { deleted: [], rewritten: [], answers: 0, cells: 0 };

/** How a sheet is treated, by what it is. */
export type SheetKind = 'keyed' | 'outbox' | 'problems' | 'report' | 'answers' | 'log' | 'other';

/** The kind of a sheet from its name and header. */
export function sheetKindOf(name: string, header: readonly Cell[]): SheetKind {
  const key = sheetKeyOf(name, ALL_NAMES);
  if (key === 'erasures') return 'log';
  if (key === 'outbox') return 'outbox';
  if (key === 'problems') return 'problems';
  if (key !== undefined && ID_COLUMNS[key] !== undefined) return 'keyed';
  if (key === undefined && reportSheetWeek(name) !== undefined) return 'report';
  if (key === undefined && isResponseSheet(header, ALL_NAMES)) return 'answers';
  return 'other';
}

/**
 * The changes erasure makes to one sheet (pure). `placeholder` replaces the pupil in a report,
 * whose rows must keep their place and figures.
 */
export function sheetChanges(
  name: string,
  grid: Grid,
  traces: PupilTraces,
  placeholder: string,
  strings: Strings,
): SheetChanges {
  const header = grid[0] ?? [];
  const kind = sheetKindOf(name, header);
  const mentions = mentionFinder(traces);
  const deleted: number[] = [];
  const rewritten: Array<{ row: number; cells: Cell[] }> = [];
  let answers = 0;
  let cells = 0;
  const body = (each: (row: Cell[], number: number) => void): void =>
    grid.forEach((row, i) => {
      if (i > 0 && !isBlankRow(row)) each(row, i + 1);
    });
  /** Empties the cells that mention the pupil; a row with none stays as it is. */
  const emptyMentions = (row: Cell[], number: number): void => {
    let changed = 0;
    const out = row.map((cell) => {
      if (!mentions(cell)) return cell;
      changed++;
      return '';
    });
    if (changed === 0) return;
    rewritten.push({ row: number, cells: out });
    cells += changed;
  };

  switch (kind) {
    case 'log':
    case 'outbox':
      return NO_CHANGES;
    case 'keyed': {
      const key = sheetKeyOf(name, ALL_NAMES)!;
      const idIndex = matchHeaders(key, header, ALL_NAMES).get(ID_COLUMNS[key]!);
      body((row, number) => {
        if (idIndex !== undefined && isIdCell(traces, row[idIndex])) deleted.push(number);
        else emptyMentions(row, number);
      });
      break;
    }
    case 'problems': {
      const columns = matchHeaders('problems', header, ALL_NAMES);
      const value = columns.get('value');
      const column = columns.get('column');
      body((row, number) => {
        const idValue =
          value !== undefined &&
          isIdCell(traces, row[value]) &&
          /\bid\b/i.test(cellText(row[column ?? -1]));
        if (idValue || row.some((cell) => mentions(cell))) deleted.push(number);
      });
      break;
    }
    case 'answers': {
      const idIndex = pupilIdColumn(header, ALL_NAMES);
      const keep = anonymousColumns(header, ALL_NAMES);
      body((row, number) => {
        const theirs =
          (idIndex !== undefined && isIdCell(traces, row[idIndex])) ||
          row.some((cell) => mentions(cell));
        if (!theirs) return;
        rewritten.push({ row: number, cells: row.map((cell, i) => (keep.has(i) ? cell : '')) });
        answers++;
      });
      break;
    }
    case 'report': {
      const theirs = reportRowsOf(grid, traces, strings);
      body((row, number) => {
        if (!theirs.has(number) && !row.some((cell) => mentions(cell))) return;
        let changed = 0;
        const out = row.map((cell) => {
          const named =
            mentions(cell) ||
            isIdCell(traces, cell) ||
            (theirs.has(number) && holdsNameWord(traces, cell));
          if (!named || cellText(cell) === placeholder) return cell;
          changed++;
          return placeholder;
        });
        if (changed > 0) {
          rewritten.push({ row: number, cells: out });
          cells += changed;
        }
      });
      break;
    }
    case 'other':
      body(emptyMentions);
      break;
  }
  return { deleted, rewritten, answers, cells };
}

/**
 * Rows of a report sheet that are the pupil's by their ID: in the lists that name pupils (who
 * needs attention, who has no census record), where a short ID cannot be told from a figure by
 * its text alone.
 */
function reportRowsOf(grid: Grid, traces: PupilTraces, fallback: Strings): Set<number> {
  const read = readReportSheet(grid, fallback);
  const c = read.strings.report.columns;
  const rows = new Set<number>();
  const id = traces.id.trim().toLowerCase();
  for (const section of read.sections) {
    if (section.key !== 'attention' && section.key !== 'noCensus') continue;
    const idAt = columnOf(section, c.id);
    const pupilAt = columnOf(section, c.pupil);
    section.rows.forEach((row, i) => {
      const ref = cellText(row[(pupilAt ?? 0) - 1]).toLowerCase();
      if (
        (idAt !== undefined && isIdCell(traces, row[idAt - 1])) ||
        (pupilAt !== undefined && id !== '' && ref.endsWith(`(${id})`))
      )
        rows.add(section.firstRow + i);
    });
  }
  return rows;
}

/** Writes the rewritten rows (one write per run of neighbouring rows), then deletes bottom-up. */
function applyChanges(workbook: Workbook, name: string, changes: SheetChanges): void {
  const byRow = new Map(changes.rewritten.map((r) => [r.row, r.cells]));
  for (const block of rowBlocks([...byRow.keys()])) {
    const rows: Cell[][] = [];
    for (let r = block.start; r < block.start + block.count; r++) rows.push([...byRow.get(r)!]);
    const width = Math.max(...rows.map((r) => r.length));
    workbook.write(
      name,
      block.start,
      rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]),
    );
  }
  for (const block of rowBlocks(changes.deleted).reverse())
    workbook.deleteRows(name, block.start, block.count);
}

/** The files to go through, the administration workbook last (its roster goes at the very end). */
function filesToErase(
  ctx: ErasureContext,
): Array<{ readonly workbook: Workbook; readonly admin: boolean }> {
  const { admin, teachers } = filesOf(ctx.workbook);
  return [
    ...ctx.others.list().map((f) => ({ workbook: f.workbook, admin: false })),
    ...(teachers === null ? [] : [{ workbook: teachers, admin: false }]),
    { workbook: admin, admin: true },
  ];
}

/** Erases the pupil; see the module comment. */
export function erasePupil(ctx: ErasureContext, request: ErasureRequest): ErasureOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'staff', 'pupils']);
  const { strings } = school;
  const p = strings.privacy;
  const traces = schoolTraces(school, request.id);
  const mentions = mentionFinder(traces);
  const budget = request.budgetMs ?? DEFAULT_BUDGET_MS;
  const figures = {
    rowsDeleted: 0,
    answersCleared: 0,
    cellsCleared: 0,
    letters: 0,
    lettersStopped: 0,
  };
  const touched: string[] = [];
  const own: string[] = [];
  let finished = true;

  work: for (const file of filesToErase(ctx)) {
    const names = file.workbook.sheetNames();
    // The roster of the administration workbook last: until it goes, a new call knows the name.
    const roster = file.admin ? names.filter((n) => sheetKeyOf(n, ALL_NAMES) === 'pupils') : [];
    for (const name of [...names.filter((n) => !roster.includes(n)), ...roster]) {
      if (ctx.clock.elapsedMs() > budget) {
        finished = false;
        break work;
      }
      if (sheetKeyOf(name, ALL_NAMES) === 'outbox') {
        const pass = underLock(
          ctx,
          () => eraseFromOutbox(file.workbook, strings, mentions),
          strings,
        );
        figures.letters += pass.cleared;
        figures.lettersStopped += pass.skipped;
        if (pass.cleared > 0) touched.push(name);
        continue;
      }
      const { changed, kind } = underLock(
        ctx,
        () => {
          const grid = file.workbook.read(name);
          if (grid === null || grid.length < 2) return { changed: NO_CHANGES, kind: 'other' };
          const changes = sheetChanges(name, grid, traces, p.erased, strings);
          applyChanges(file.workbook, name, changes);
          return { changed: changes, kind: sheetKindOf(name, grid[0] ?? []) };
        },
        strings,
      );
      if (changed.deleted.length + changed.rewritten.length === 0) continue;
      figures.rowsDeleted += changed.deleted.length;
      figures.answersCleared += changed.answers;
      figures.cellsCleared += changed.cells;
      touched.push(name);
      // The school's own sheets: the administrator should look at what was emptied there.
      if (kind === 'other' && sheetKeyOf(name, ALL_NAMES) === undefined) own.push(name);
    }
  }

  const total =
    figures.rowsDeleted + figures.answersCleared + figures.cellsCleared + figures.letters;
  const details: string[] = [];
  let summary: string;
  if (!finished) {
    summary = p.unfinished;
    if (total > 0) details.push(p.done(figures));
  } else if (total === 0) {
    summary = p.nothingFound;
  } else {
    summary = p.done(figures);
    // «Проблемы данных» points at rows that moved and may quote the pupil: it is made afresh.
    checkData(ctx);
    const log = underLock(ctx, () => logErasure(ctx, strings, request, figures), strings);
    details.push(p.logged(log));
  }
  if (touched.length > 0) details.push(p.sheetsTouched(unique(touched).map(quoted).join(', ')));
  if (own.length > 0) details.push(p.ownSheets(unique(own).map(quoted).join(', ')));
  if (total > 0) details.push(p.formsNote);
  // The log line holds counts only: no name, no ID, no address.
  ctx.log.info(`erasePupil: ${finished ? 'finished' : 'unfinished'}, ${total} changes`);
  return {
    job: 'erasePupil',
    summary,
    details,
    problems: 0,
    messages: 0,
    ...figures,
    finished,
    sheets: unique(touched),
  };
}

const unique = (list: readonly string[]): string[] => [...new Set(list)];
const quoted = (name: string): string => `«${name}»`;

/** Appends the log row; returns the log sheet's name. */
function logErasure(
  ctx: ErasureContext,
  strings: Strings,
  request: ErasureRequest,
  figures: ErasureFigures,
): string {
  const { admin } = filesOf(ctx.workbook);
  const sheet = openSystemSheet(admin, 'erasures', strings);
  const row = systemRow(sheet, {
    erasedAt: ctx.clock.now(),
    erasedBy: request.by,
    pupilHash: pupilFingerprint(ctx, request.id),
    rows: figures.rowsDeleted + figures.answersCleared,
    cells: figures.cellsCleared + figures.letters,
  });
  admin.append(sheet.name, [row]);
  return sheet.name;
}

/**
 * The ID's keyed hash (HMAC-SHA256 under a key of the school kept in the document properties):
 * whoever holds the key can check whether a given ID was erased; the sheet alone tells nobody,
 * although IDs are few enough to try them all against a plain hash.
 */
export function pupilFingerprint(ctx: Pick<ErasureContext, 'store' | 'hmac'>, id: string): string {
  let key = ctx.store.get(ERASURE_KEY_PROPERTY);
  if (key === null || key === '') {
    key = ctx.hmac.secret();
    ctx.store.set(ERASURE_KEY_PROPERTY, key);
  }
  return ctx.hmac.sha256(key, `pupil:${id.trim().toLowerCase()}`);
}
