/**
 * «Оценки четверти» (docs/decisions.md, «Term marks as a record»): the weekly letters give the
 * term's average from the record of the weeks before and the week's own journal, so what the job
 * reads follows the week's work (issue 12, acceptance 1), and the letters are the ones a read of
 * the whole term gives.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { nodeHmac } from '../../src/adapters/google/hmac';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import type { Grid } from '../../src/domain/cells';
import { ru } from '../../src/i18n/ru';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { silentLog } from '../../src/ports/log';
import { demoHistory } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const FRIDAY = '2026-11-27';
/** Saturday mornings: the letters of the week before and of this week. */
const LAST_WEEK = instantOf(zone, '2026-11-21', 10 * 60);
const THIS_WEEK = instantOf(zone, '2026-11-28', 10 * 60);
const OUTBOX = ru.sheets.outbox.name;
const RECORD = ru.sheets.termMarks.name;

function run(workbook: MemoryWorkbook, at: Date): number {
  const before = workbook.counters.cellsRead;
  sendWeeklySummaries({
    workbook,
    clock: new FixedClock(at),
    log: silentLog,
    mailer: new MemoryMailer(100_000),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  });
  return workbook.counters.cellsRead - before;
}

/** The letters queued at `at`: subject and content (the seal differs with each store's secret). */
function lettersOf(workbook: MemoryWorkbook, at: Date): string[] {
  const [header = [], ...rows] = workbook.peek(OUTBOX);
  const col = (key: string): number => header.indexOf(ru.sheets.outbox.columns[key] ?? '');
  return rows
    .filter((r) => (r[col('created')] as Date).getTime() === at.getTime())
    .map((r) => `${String(r[col('subject')])}\n${String(r[col('content')])}`)
    .sort();
}

const school = (weeks: number): Record<string, Grid> => demoHistory(FRIDAY, zone, weeks);

describe('the term’s marks kept as a record', () => {
  it('the week after a recorded week: the same letters as a read of the whole term, for fewer cells', () => {
    const recorded = new MemoryWorkbook(school(4));
    run(recorded, LAST_WEEK);
    expect(recorded.peek(RECORD).length).toBeGreaterThan(100);
    const withRecord = run(recorded, THIS_WEEK);

    const fresh = new MemoryWorkbook(school(4));
    const wholeTerm = run(fresh, THIS_WEEK);
    expect(lettersOf(recorded, THIS_WEEK)).toEqual(lettersOf(fresh, THIS_WEEK));
    // The weeks before this one count: the record holds their marks.
    const [header = [], ...rows] = recorded.peek(RECORD);
    const before = header.indexOf(ru.sheets.termMarks.columns.before ?? '');
    expect(rows.filter((r) => /\d+\/\d+/.test(String(r[before]))).length).toBeGreaterThan(100);
    expect(withRecord).toBeLessThan(0.75 * wholeTerm);
    console.log(
      `weekly letters, 4 weeks of history: ${wholeTerm} cells read without the record, ${withRecord} with it`,
    );
  });

  it('a second run in the same week uses the record as it was before the week', () => {
    const workbook = new MemoryWorkbook(school(4));
    run(workbook, LAST_WEEK);
    run(workbook, THIS_WEEK);
    const record = workbook.peek(RECORD);
    run(workbook, THIS_WEEK);
    expect(workbook.peek(RECORD)).toEqual(record);
  });

  it('a record edited by hand is rebuilt from the term’s journal, and the letters stay right', () => {
    const workbook = new MemoryWorkbook(school(4));
    run(workbook, LAST_WEEK);
    const [header = [], first = []] = workbook.peek(RECORD);
    const before = header.indexOf(ru.sheets.termMarks.columns.before ?? '');
    workbook.write(RECORD, 2, [['=1+1']], before + 1);
    expect(first.length).toBeGreaterThan(0);
    run(workbook, THIS_WEEK);
    const fresh = new MemoryWorkbook(school(4));
    run(fresh, THIS_WEEK);
    expect(lettersOf(workbook, THIS_WEEK)).toEqual(lettersOf(fresh, THIS_WEEK));
  });

  it('cells read by the weekly letters stay within 10% from 2 to 12 weeks of history', () => {
    const cells = [2, 12].map((weeks) => {
      const workbook = new MemoryWorkbook(school(weeks));
      run(workbook, LAST_WEEK);
      return run(workbook, THIS_WEEK);
    });
    console.log(
      `weekly letters with the record: ${cells[0]} cells read (2 weeks), ${cells[1]} (12 weeks)`,
    );
    expect(cells[1]! / cells[0]!).toBeLessThan(1.1);
  });
});
