/**
 * A job whose input sheet cannot be read records nothing as done (issue 10): no «Опубликовано»
 * stamp, no informed record, no letter built on missing data; the dispatcher keeps it due, and it
 * does its work at the first run after the sheet is fixed.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import type { Grid } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { sendChangeNotices } from '../../src/jobs/change-notices';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { publishNextDay, publishScheduleJob } from '../../src/jobs/publish-schedule';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { UnreadableSheetsError } from '../../src/jobs/shared/school';
import { loadState } from '../../src/jobs/shared/state';
import { sendSurveyInvitations } from '../../src/jobs/survey-invitations';
import { sendTeacherReminders } from '../../src/jobs/teacher-reminders';
import { stringsFor } from '../../src/i18n';
import { silentLog } from '../../src/ports/log';

jest.setTimeout(60_000);

const ru = stringsFor('ru');
const zone = intlZone('Europe/Moscow');
const at = (date: string, hour: number): Date => instantOf(zone, date, hour * 60);
const S = ru.sheets;

/** The small demo school (9 classes of about 6), with no lesson stamped yet. */
function school(): Record<string, Grid> {
  const sheets = demoSchool({ weekOf: '2026-11-25', zone, classesPerGrade: 1, pupilsPerClass: 6 });
  const schedule = sheets[S.schedule.name]!;
  const published = schedule[0]!.indexOf(S.schedule.columns.published!);
  for (const row of schedule.slice(1)) row[published] = '';
  return sheets;
}

/** A merged title above the header, as Russian school sheets often have. */
const titled = (grid: Grid): Grid => [
  ['Список на 2026/27 учебный год', ...grid[0]!.slice(1).map(() => '')],
  ...grid,
];

function contextFor(workbook: MemoryWorkbook, now: Date): DeliveryContext {
  return {
    workbook,
    clock: new FixedClock(now),
    log: silentLog,
    mailer: new MemoryMailer(100_000),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  };
}

/** Every sheet's grid, to compare before and after (nothing may be written). */
const snapshot = (workbook: MemoryWorkbook): Record<string, Grid> =>
  Object.fromEntries(workbook.sheetNames().map((n) => [n, structuredClone(workbook.peek(n))]));

const expectedReason = (sheet: string, row: number): string =>
  ru.readers.notDone(ru.readers.sheetReason(sheet, ru.readers.headerBelow(row)));

const stamped = (workbook: MemoryWorkbook): number => {
  const [header = [], ...rows] = workbook.peek(S.schedule.name);
  const column = header.indexOf(S.schedule.columns.published!);
  return rows.filter((r) => r[column] !== '' && r[column] !== null).length;
};

describe('publication with «Ученики» under a title row', () => {
  const THURSDAY_EVENING = at('2026-11-26', 18);

  it('the same school without the title publishes Friday (the baseline)', () => {
    const workbook = new MemoryWorkbook(school());
    const outcome = publishNextDay(contextFor(workbook, THURSDAY_EVENING));
    expect(outcome.messages).toBeGreaterThan(0);
    expect(stamped(workbook)).toBeGreaterThan(0);
  });

  it('stamps no lesson, queues no letter, writes nothing, and says what to fix', () => {
    const sheets = school();
    sheets[S.pupils.name] = titled(sheets[S.pupils.name]!);
    const workbook = new MemoryWorkbook(sheets);
    const before = snapshot(workbook);
    const run = (): unknown => publishNextDay(contextFor(workbook, THURSDAY_EVENING));
    expect(run).toThrow(UnreadableSheetsError);
    expect(run).toThrow(expectedReason(S.pupils.name, 2));
    expect(snapshot(workbook)).toEqual(before);
    expect(stamped(workbook)).toBe(0);
  });

  it('the dispatcher keeps the job due and publishes at the first run after the fix', () => {
    const sheets = school();
    sheets[S.pupils.name] = titled(sheets[S.pupils.name]!);
    const workbook = new MemoryWorkbook(sheets);
    const ctx = contextFor(workbook, THURSDAY_EVENING);
    const first = runScheduledJobs(ctx, { jobs: [publishScheduleJob] });
    expect(first.jobs.map((j) => j.summary)).toEqual([
      ru.ui.failed(expectedReason(S.pupils.name, 2)),
    ]);
    expect(loadState(ctx.store).jobs[publishScheduleJob.id]?.done).toBeUndefined();
    expect(stamped(workbook)).toBe(0);

    // The secretary deletes the title row; the next hourly run does the work.
    workbook.deleteRows(S.pupils.name, 1, 1);
    const fixed = { ...ctx, clock: new FixedClock(at('2026-11-26', 19)) };
    const second = runScheduledJobs(fixed, { jobs: [publishScheduleJob] });
    expect(second.jobs[0]!.messages).toBeGreaterThan(0);
    expect(stamped(workbook)).toBeGreaterThan(0);
    expect(loadState(ctx.store).jobs[publishScheduleJob.id]?.done).toBe('2026-11-26');
  });
});

describe('the other jobs that record what they did', () => {
  it('weekly letters with «Журнал» under a title: no letter, no informed record', () => {
    const sheets = school();
    sheets[S.journal.name] = titled(sheets[S.journal.name]!);
    const workbook = new MemoryWorkbook(sheets);
    const before = snapshot(workbook);
    expect(() => sendWeeklySummaries(contextFor(workbook, at('2026-11-27', 16)))).toThrow(
      expectedReason(S.journal.name, 2),
    );
    expect(snapshot(workbook)).toEqual(before);
    expect(workbook.peek(S.informed.name).slice(1)).toEqual([]);
  });

  it('teacher reminders with «Журнал» under a title: nobody is told the journal is empty', () => {
    const sheets = school();
    sheets[S.journal.name] = titled(sheets[S.journal.name]!);
    const workbook = new MemoryWorkbook(sheets);
    const before = snapshot(workbook);
    expect(() => sendTeacherReminders(contextFor(workbook, at('2026-11-27', 9)))).toThrow(
      UnreadableSheetsError,
    );
    expect(snapshot(workbook)).toEqual(before);
  });

  it('change notices with «Расписание» unreadable: no lesson is announced as removed', () => {
    const sheets = demoSchool({
      weekOf: '2026-11-25',
      zone,
      classesPerGrade: 1,
      pupilsPerClass: 6,
    });
    const workbook = new MemoryWorkbook(sheets);
    // The record of what was published exists (first run adopts the demo's stamps).
    sendChangeNotices(contextFor(workbook, at('2026-11-25', 10)));
    const header = workbook.peek(S.schedule.name)[0]!;
    workbook.write(S.schedule.name, 1, [header.map((h) => (h === 'Дата' ? 'Дата урока' : h))]);
    const before = snapshot(workbook);
    expect(() => sendChangeNotices(contextFor(workbook, at('2026-11-25', 11)))).toThrow(
      ru.readers.sheetReason(S.schedule.name, ru.problems.missingColumn('Дата')),
    );
    expect(snapshot(workbook)).toEqual(before);
  });

  it('survey invitations with «Ученики» missing: the period is not used up', () => {
    const sheets = school();
    delete sheets[S.pupils.name];
    const workbook = new MemoryWorkbook(sheets);
    expect(() =>
      sendSurveyInvitations(contextFor(workbook, at('2026-12-01', 10)), '2026-12'),
    ).toThrow(ru.readers.sheetReason(S.pupils.name, ru.problems.missingSheet(S.pupils.name)));
  });
});
