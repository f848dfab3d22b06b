/**
 * The archive of old weeks (issue 12; docs/decisions.md, «Archive of old weeks») on the in-memory
 * adapters: a generated school in two workbooks moves the weeks older than `archive_weeks` of its
 * journal, schedule and «Информирование» into the archive of the school year; the rows of every
 * sheet, counted across both workbooks and the archive, are the same before and after (as a
 * multiset, so nothing is doubled either), also after a crash between the copy and the delete;
 * and the report of an archived week reads that week's rows from the archive.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryFiles } from '../../src/adapters/memory/files';
import { nodeHmac } from '../../src/adapters/google/hmac';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { addDays, instantOf, isoWeek, weekDates } from '../../src/domain/calendar';
import { type Cell, type Grid, isDateValue } from '../../src/domain/cells';
import { demoSchoolWithHistory } from '../../src/demo/history';
import { ru } from '../../src/i18n/ru';
import {
  ARCHIVED_SHEETS,
  archiveOldWeeks,
  MOVE_PROPERTY,
  withArchive,
} from '../../src/jobs/archive-weeks';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { ArchiveFiles } from '../../src/jobs/shared/archive-files';
import { homeOfSheet, TwoWorkbooks } from '../../src/jobs/shared/school-files';
import { loadSchool } from '../../src/jobs/shared/school';
import type { Workbook } from '../../src/ports/workbook';
import { silentLog } from '../../src/ports/log';

jest.setTimeout(120_000);

const zone = intlZone('Europe/Moscow');
const FRIDAY = '2026-11-27';
/** The next Monday night: weeks before 2 November are older than `archive_weeks` = 4. */
const NIGHT = instantOf(zone, '2026-11-30', 3 * 60 + 20);
const SHEETS = ARCHIVED_SHEETS.map((s) => ru.sheets[s.key].name);
/** A week of the archive: 26 October. */
const OLD_WEEK = isoWeek('2026-10-26');

function withSetting(grids: Record<string, Grid>, key: string, value: Cell): void {
  const settings = grids[ru.sheets.settings.name]!;
  const row = settings.find((r) => r[0] === key);
  if (row) row[1] = value;
  else settings.push([key, value, '']);
}

/** The school in two files, with informed rows for each of its weeks. */
function school(): {
  admin: MemoryWorkbook;
  teachers: MemoryWorkbook;
  files: MemoryFiles;
  store: MemoryStore;
  ctx: {
    workbook: Workbook;
    clock: FixedClock;
    log: typeof silentLog;
    store: MemoryStore;
    archives: ArchiveFiles;
  };
} {
  const grids = demoSchoolWithHistory({ weekOf: FRIDAY, zone, weeks: 8 });
  withSetting(grids, 'archive_weeks', 4);
  const informed = grids[ru.sheets.informed.name]!;
  const header = informed[0]!;
  const pupils = grids[ru.sheets.pupils.name]!.slice(1, 40);
  for (let back = 7; back >= 0; back--) {
    const week = isoWeek(addDays(FRIDAY, -7 * back));
    for (const p of pupils) {
      const row: Cell[] = header.map(() => '');
      const set = (key: string, v: Cell): void => {
        row[header.indexOf(ru.sheets.informed.columns[key]!)] = v;
      };
      set('week', week);
      set('pupilId', p[0]!);
      set('class', p[2] ?? '');
      set('method', ru.summary.method.mail);
      set('recipients', 'parent@example.test');
      set('recorded', instantOf(zone, addDays(FRIDAY, 1 - 7 * back), 600));
      informed.push(row);
    }
  }
  const split = (home: 'admin' | 'teachers'): Record<string, Grid> =>
    Object.fromEntries(Object.entries(grids).filter(([name]) => homeOfSheet(name) === home));
  const admin = new MemoryWorkbook(split('admin'), 'Europe/Moscow', 'admin');
  const teachers = new MemoryWorkbook(split('teachers'), 'Europe/Moscow', 'teachers');
  const files = new MemoryFiles('zavuch@school.test');
  const store = new MemoryStore();
  return {
    admin,
    teachers,
    files,
    store,
    ctx: {
      workbook: new TwoWorkbooks(admin, () => teachers),
      clock: new FixedClock(NIGHT),
      log: silentLog,
      store,
      archives: new ArchiveFiles(store, files, ru),
    },
  };
}

const fingerprint = (row: readonly Cell[]): string =>
  JSON.stringify(row.map((c) => (isDateValue(c) ? c.getTime() : c)));

/** Every row of the archived sheets across the workbooks and the archive files, by sheet. */
function allRows(s: ReturnType<typeof school>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of SHEETS) {
    const files = [s.ctx.workbook, ...s.files.byId.values()];
    out[name] = files.flatMap((f) => (f.read(name) ?? []).slice(1).map(fingerprint)).sort();
  }
  return out;
}

const counts = (s: ReturnType<typeof school>, workbook: Workbook): number[] =>
  SHEETS.map((name) => (workbook.read(name) ?? [[]]).length - 1);

/** The ports a report needs over the archived school: a mailer, the lock, the seal's HMAC. */
const reportContext = <T extends object>(ctx: T) => ({
  ...ctx,
  mailer: new MemoryMailer(1000),
  lock: new MemoryLock(),
  hmac: nodeHmac,
});

describe('old weeks to the archive', () => {
  it('moves every row older than archive_weeks into the archive of its school year, losing none', () => {
    const s = school();
    const before = allRows(s);
    const sourceBefore = counts(s, s.ctx.workbook);
    const settings = loadSchool(s.ctx.workbook, s.ctx.clock, []).settings;
    const moves = archiveOldWeeks(s.ctx, settings, ru);

    expect(allRows(s)).toEqual(before);
    const archive = s.ctx.archives.open('2026/27')!;
    expect(archive).not.toBeNull();
    const sourceAfter = counts(s, s.ctx.workbook);
    const archived = counts(s, archive);
    sourceBefore.forEach((n, i) => {
      expect(sourceAfter[i]! + archived[i]!).toBe(n);
      expect(archived[i]).toBeGreaterThan(0);
    });
    for (const m of moves)
      expect(m.before.source + m.before.archive).toBe(m.after.source + m.after.archive);
    // What stays is from 2 November on; what moved is older.
    const dates = (wb: Workbook): string[] =>
      (wb.read(ru.sheets.journal.name) ?? []).slice(1).map((r) => zone.parts(r[0] as Date).date);
    expect(dates(s.ctx.workbook).every((d) => d >= '2026-11-02')).toBe(true);
    expect(dates(archive).every((d) => d < '2026-11-02')).toBe(true);
    console.log(
      `archive: ${SHEETS.map((n, i) => `${n} ${sourceBefore[i]} → ${sourceAfter[i]} + ${archived[i]}`).join('; ')}`,
    );
    // A second night moves nothing and changes nothing.
    expect(archiveOldWeeks(s.ctx, settings, ru)).toEqual([]);
    expect(allRows(s)).toEqual(before);
    // Erasure finds the archive among the school's other files.
    expect(s.ctx.archives.list().map((f) => f.label)).toEqual([ru.archive.fileLabel('2026/27')]);
  });

  it('a crash between the copy and the delete: the next night deletes the copied rows once', () => {
    const s = school();
    const before = allRows(s);
    const settings = loadSchool(s.ctx.workbook, s.ctx.clock, []).settings;
    const dying: Workbook = new Proxy(s.ctx.workbook, {
      get(target, prop, receiver) {
        if (prop === 'deleteRows')
          return () => {
            throw new Error('Exceeded maximum execution time');
          };
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    expect(() => archiveOldWeeks({ ...s.ctx, workbook: dying }, settings, ru)).toThrow(
      'Exceeded maximum execution time',
    );
    // The journal's old rows are in both places now; the property says so.
    expect(s.store.get(MOVE_PROPERTY)).not.toBeNull();
    expect(allRows(s)[SHEETS[0]!]!.length).toBeGreaterThan(before[SHEETS[0]!]!.length);
    archiveOldWeeks(s.ctx, settings, ru);
    expect(s.store.get(MOVE_PROPERTY)).toBeNull();
    expect(allRows(s)).toEqual(before);
  });

  it('the report of an archived week reads the same rows of that week from the archive', () => {
    const s = school();
    const ctx = reportContext(s.ctx);
    const dates = weekDates('2026-10-26');
    const scope = { from: dates[0]!, to: dates[6]! };
    const rowsOfWeek = (workbook: Workbook): string[] => {
      const loaded = loadSchool(workbook, s.ctx.clock, undefined, {
        schedule: scope,
        journal: scope,
      });
      return [
        ...loaded.lessons
          .filter((l) => dates.includes(l.value.date))
          .map((l) => JSON.stringify(l.value)),
        ...loaded.journal
          .filter((j) => dates.includes(j.value.date))
          .map((j) => JSON.stringify(j.value)),
      ].sort();
    };
    const before = rowsOfWeek(s.ctx.workbook);
    expect(before.length).toBeGreaterThan(1000);
    const settings = loadSchool(s.ctx.workbook, s.ctx.clock, []).settings;
    archiveOldWeeks(s.ctx, settings, ru);
    expect(rowsOfWeek(s.ctx.workbook)).toEqual([]);
    expect(rowsOfWeek(withArchive(s.ctx.workbook, s.ctx.archives.open('2026/27')!))).toEqual(
      before,
    );
    // The report finds the week there: its lessons are counted, not an empty week.
    const outcome = buildWeeklyReport(ctx, OLD_WEEK, {
      archives: s.ctx.archives,
      skipEmptyWeek: true,
    });
    expect(outcome.summary).not.toBe(ru.report.emptyWeek(expect.any(String) as unknown as never));
    const empty = buildWeeklyReport(ctx, OLD_WEEK, { skipEmptyWeek: true });
    expect(empty.summary).not.toEqual(outcome.summary);
  });

  it('the report of an archived week is the one built before the move', () => {
    const s = school();
    const ctx = reportContext(s.ctx);
    /** Builds the week's report and returns its sheet (deleted again, so the next is new). */
    const reportOf = (archives?: ArchiveFiles): Grid => {
      const names = new Set(s.admin.sheetNames());
      buildWeeklyReport(ctx, OLD_WEEK, archives === undefined ? {} : { archives });
      const name = s.admin.sheetNames().find((n) => !names.has(n))!;
      const grid = s.admin.peek(name);
      s.admin.deleteSheet(name);
      return grid;
    };
    const built = reportOf(s.ctx.archives);
    archiveOldWeeks(s.ctx, loadSchool(s.ctx.workbook, s.ctx.clock, []).settings, ru);
    expect(reportOf(s.ctx.archives)).toEqual(built);
    // Without the archive the week is empty now: the report would not be the same.
    expect(reportOf()).not.toEqual(built);
  });
});
