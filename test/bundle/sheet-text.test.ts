/**
 * Text the add-on writes stays text in a Russian spreadsheet. Sheets reads what setValues gives
 * it by the spreadsheet's locale — with ru_RU «27.11.2026 16:00» becomes a date, «4,50» a number
 * — so the Apps Script workbook adapter keeps such text as text (a leading apostrophe, except in
 * cells already formatted as plain text). The monitoring report, full of dates, times, decimals
 * and percentages written as words for people, must read back in the fakes exactly as the same
 * job leaves it in the in-memory workbook.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { wouldNotStayText } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { silentLog } from '../../src/ports/log';
import { loadBundle, setSetting, writeSheets } from '../support/gas';

const zone = intlZone('Europe/Moscow');
const NOW = instantOf(zone, '2026-11-27', 16 * 60);
const SHEET = 'Отчёт 2026-W48';

describe('in a ru_RU spreadsheet', () => {
  it('the report sheet reads back as the job wrote it: no text became a date or a number', () => {
    const sheets = demoSchool({ weekOf: '2026-11-27', zone });
    const memory = new MemoryWorkbook(sheets);
    buildWeeklyReport({
      workbook: memory,
      clock: new FixedClock(NOW),
      log: silentLog,
      mailer: new MemoryMailer(1500),
      lock: new MemoryLock(),
      hmac: nodeHmac,
      store: new MemoryStore(),
    });
    const expected = memory.peek(SHEET);
    // The sheet holds text that Sheets would turn into a date, a time or a number.
    const risky = expected.flat().filter((c) => typeof c === 'string' && wouldNotStayText(c));
    expect(risky.length).toBeGreaterThan(0);

    const env = loadBundle({ now: NOW, locale: 'ru_RU', mailQuota: 1500 });
    writeSheets(env, sheets);
    setSetting(env, 'admin_emails', 'admin@school.test');
    env.call('buildWeeklyReport');
    const grid = env.spreadsheet.sheetValues(SHEET);
    const width = Math.max(...expected.map((r) => r.length));
    const pad = (rows: unknown[][]) =>
      rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    expect(pad(grid)).toEqual(pad(expected));
  });
});
