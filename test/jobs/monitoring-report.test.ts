/**
 * The monitoring report job on the demo school: the report sheet, the administrators' letter, the
 * scheduled run on `report_day`, old reports removed, the HTML page and the privacy mode.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { type Cell, cellText, type Grid } from '../../src/domain/cells';
import { surnameOf } from '../../src/domain/privacy';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { buildWeeklyReport, monitoringReportJob } from '../../src/jobs/monitoring-report';
import { deliver } from '../../src/jobs/shared/delivery';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { escapeHtml } from '../../src/mail/document';
import { renderReportHtml } from '../../src/mail/report-html';
import { silentLog } from '../../src/ports/log';
import type { MailEnvelope } from '../../src/ports/mailer';
import type { Workbook } from '../../src/ports/workbook';
import { outboxRows } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
const W48 = 'Отчёт 2026-W48';

interface Harness {
  ctx: DeliveryContext;
  workbook: MemoryWorkbook;
  clock: FixedClock;
  sent: MailEnvelope[];
  /** Every call that changed the workbook, as [method, sheet]. */
  changes: [string, string][];
}

const CHANGING = new Set(['write', 'append', 'replaceBody', 'deleteRows', 'deleteSheet']);

function harness(now: Date, edit?: (sheets: Record<string, Grid>) => void): Harness {
  const sheets = demoSchool({ weekOf: '2026-11-27', zone });
  edit?.(sheets);
  const workbook = new MemoryWorkbook(sheets);
  const changes: [string, string][] = [];
  // Records the calls that change the workbook, with the sheet each one touched.
  const spy = new Proxy(workbook, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (CHANGING.has(String(prop))) changes.push([String(prop), String(args[0])]);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Workbook;
  const clock = new FixedClock(now);
  const mailer = new MemoryMailer(1500);
  const ctx = {
    workbook: spy,
    clock,
    log: silentLog,
    mailer,
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  };
  return { ctx, workbook, clock, sent: mailer.sent, changes };
}

function flush(h: Harness): void {
  const school = loadSchool(h.workbook, h.clock, []);
  deliver(h.ctx, { settings: school.settings, strings: school.strings, budgetMs: 1e9 });
}

const reportRows = (h: Harness) =>
  outboxRows(h.workbook).filter((r) => r.key.startsWith('report|'));

/** Sets a value on «Настройки» of the demo sheets (appended when the key is absent). */
function setting(sheets: Record<string, Grid>, key: string, value: Cell): void {
  const grid = sheets['Настройки']!;
  const row = grid.find((r) => r[0] === key);
  if (row) row[1] = value;
  else grid.push([key, value, '']);
}

/** The rows of a section of the report sheet (its header row first), found by its heading. */
function section(grid: Grid, heading: string): Grid {
  const start = grid.findIndex((r) => r[0] === heading);
  const out: Grid = [];
  for (const row of grid.slice(start + 1)) {
    if (row.every((c) => cellText(c) === '')) break;
    out.push(row);
  }
  return out;
}

describe('the report sheet', () => {
  it('is written with one write, replaced with two (body, title), and holds the week’s figures', () => {
    const h = harness(at('2026-11-27', '16:00'));
    const outcome = buildWeeklyReport(h.ctx);
    expect(outcome.summary).toBe(ru.report.outcome('23–29 ноября 2026', W48));
    expect(h.changes.filter(([, sheet]) => sheet === W48)).toEqual([['write', W48]]);

    const grid = h.workbook.peek(W48);
    expect(grid[0]![0]).toBe(ru.report.title('23–29 ноября 2026'));
    const school = loadSchool(h.workbook, h.clock);
    const week = school.lessons.filter(
      (l) => l.value.date >= '2026-11-23' && l.value.date <= '2026-11-29',
    );
    const lessons = section(grid, ru.report.sections.lessons);
    expect(lessons[0]![1]).toBe(ru.report.columns.planned);
    const total = lessons[lessons.length - 1]!;
    expect(total[0]).toBe(ru.report.total);
    expect(total[1]).toBe(week.length);
    // The demo leaves the historian's Wednesday and Thursday and one geography lesson unjournaled.
    const teachers = section(grid, ru.report.sections.teachers);
    const overdueColumn = teachers[0]!.indexOf(ru.report.columns.overdue);
    expect(teachers[teachers.length - 1]![overdueColumn]).toBeGreaterThan(0);
    const summary = section(grid, ru.report.sections.summary);
    expect(summary.find((r) => r[0] === ru.report.figures.parents)?.[1]).toBe(ru.report.noData);

    // Built again: the same sheet, its body and title rewritten; nothing else is created.
    h.changes.length = 0;
    const names = h.workbook.sheetNames();
    buildWeeklyReport(h.ctx);
    expect(h.changes.filter(([, sheet]) => sheet === W48)).toEqual([
      ['replaceBody', W48],
      ['write', W48],
    ]);
    expect(h.workbook.sheetNames()).toEqual(names);
    expect(h.workbook.peek(W48)).toEqual(grid);
  });
});

describe('the administrators’ letter', () => {
  it('is queued once per week however often the report is built', () => {
    const h = harness(at('2026-11-25', '10:00'));
    buildWeeklyReport(h.ctx);
    h.clock.set(at('2026-11-27', '16:00'));
    const again = buildWeeklyReport(h.ctx);
    expect(again.details).toContain(ru.report.letterAlreadyQueued);
    expect(reportRows(h)).toHaveLength(1);
    expect(reportRows(h)[0]!.key).toMatch(/^report\|2026-W48\|interim\|/);
    flush(h);
    const letter = h.sent.find((m) => m.key?.startsWith('report|'))!;
    const school = loadSchool(h.workbook, h.clock, []);
    expect([...letter.to].sort()).toEqual([...school.settings.adminEmails].sort());
    expect(letter.subject).toMatch(/^Мониторинг за 23–29 ноября 2026 \(промежуточный\): /);
    expect(letter.text).toContain(W48);
    expect(letter.text).toContain(ru.report.figures.journaled);
    // Phone-readable: label–value lines, no table.
    expect(letter.html).not.toContain('<table');
  });

  it('on report_day at 07:00 the scheduled job reports on the week just finished, once', () => {
    const h = harness(at('2026-11-30', '06:40'));
    const jobs = [monitoringReportJob];
    runScheduledJobs(h.ctx, { jobs });
    expect(h.workbook.sheetNames()).not.toContain(W48);

    h.clock.beginRun(at('2026-11-30', '07:12'));
    const first = runScheduledJobs(h.ctx, { jobs });
    expect(first.jobs.map((j) => j.summary)).toEqual([ru.report.outcome('23–29 ноября 2026', W48)]);
    expect(h.workbook.sheetNames()).toContain(W48);
    expect(h.workbook.sheetNames()).not.toContain('Отчёт 2026-W49');
    h.clock.beginRun(at('2026-11-30', '08:31'));
    runScheduledJobs(h.ctx, { jobs });
    h.clock.beginRun(at('2026-12-01', '07:31'));
    runScheduledJobs(h.ctx, { jobs });

    const finals = h.sent.filter((m) => m.key?.startsWith('report|'));
    expect(finals).toHaveLength(1);
    expect(finals[0]!.subject).toMatch(/^Мониторинг за 23–29 ноября 2026: /);
    expect(finals[0]!.key).toMatch(/^report\|2026-W48\|final\|/);
  });

  it('a week without lessons (the demo’s week before) gets no scheduled report and no letter', () => {
    const h = harness(at('2026-11-23', '07:20'));
    const report = runScheduledJobs(h.ctx, { jobs: [monitoringReportJob] });
    expect(report.jobs.map((j) => j.summary)).toEqual([ru.report.emptyWeek('16–22 ноября 2026')]);
    expect(h.workbook.sheetNames().some((n) => n.startsWith('Отчёт'))).toBe(false);
    expect(h.sent).toHaveLength(0);
  });

  it('follows report_day: with «ср» nothing on Monday, the report on Wednesday', () => {
    const h = harness(at('2026-11-30', '07:30'), (sheets) => setting(sheets, 'report_day', 'ср'));
    const jobs = [monitoringReportJob];
    runScheduledJobs(h.ctx, { jobs });
    expect(h.workbook.sheetNames()).not.toContain(W48);
    h.clock.beginRun(at('2026-12-02', '07:05'));
    runScheduledJobs(h.ctx, { jobs });
    expect(h.workbook.sheetNames()).toContain(W48);
  });
});

describe('old reports', () => {
  it('are deleted beyond archive_weeks; other sheets and recent reports stay', () => {
    const h = harness(at('2026-11-27', '16:00'), (sheets) => {
      for (const name of [
        'Отчёт 2026-W38',
        'Отчёт 2026-W39',
        'Отчёт 2026-W40',
        'Отчёт 2026-W47',
        'Report 2026-W30',
        'Отчёт 2026-W30 (копия)',
        'Отчёт за сентябрь',
      ])
        sheets[name] = [[name]];
    });
    const outcome = buildWeeklyReport(h.ctx);
    const names = h.workbook.sheetNames();
    // archive_weeks = 8: W40 is 8 weeks before W48 and stays; W39 and older go.
    for (const gone of ['Отчёт 2026-W38', 'Отчёт 2026-W39', 'Report 2026-W30'])
      expect([gone, names.includes(gone)]).toEqual([gone, false]);
    for (const kept of [
      'Отчёт 2026-W40',
      'Отчёт 2026-W47',
      'Отчёт 2026-W30 (копия)',
      'Отчёт за сентябрь',
      W48,
    ])
      expect([kept, names.includes(kept)]).toEqual([kept, true]);
    expect(outcome.details.join('\n')).toContain('Отчёт 2026-W39');
  });

  it('a shorter archive_weeks keeps fewer', () => {
    const h = harness(at('2026-11-27', '16:00'), (sheets) => {
      setting(sheets, 'archive_weeks', 1);
      sheets['Отчёт 2026-W46'] = [['old']];
      sheets['Отчёт 2026-W47'] = [['last week']];
    });
    buildWeeklyReport(h.ctx);
    expect(h.workbook.sheetNames().filter((n) => n.startsWith('Отчёт'))).toEqual([
      'Отчёт 2026-W47',
      W48,
    ]);
  });
});

describe('the HTML page of a report sheet', () => {
  it('escapes every value of the sheet', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const h = harness(at('2026-11-27', '16:00'), (sheets) => {
      // A teacher with lessons this week is named in the teachers' table.
      const schedule = sheets['Расписание']!;
      const teacher = schedule[1]![schedule[0]!.indexOf('Учитель (email)')];
      const staff = sheets['Педагоги']!;
      const row = staff.find((r) => r[staff[0]!.indexOf('Email')] === teacher)!;
      row[staff[0]!.indexOf('ФИО')] = `${hostile} Учитель`;
      // A pupil without a census row is listed by name.
      const pupils = sheets['Ученики']!;
      const id = String(pupils[1]![pupils[0]!.indexOf('ID')]);
      pupils[1]![pupils[0]!.indexOf('ФИО')] = '<script>alert("x")</script> Иван';
      const access = sheets['Доступ']!;
      sheets['Доступ'] = access.filter((row, i) => i === 0 || row[0] !== id);
    });
    buildWeeklyReport(h.ctx);
    const grid = h.workbook.peek(W48);
    const html = renderReportHtml(grid);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // Every cell is on the page, but the header rows of the two sections shown as cards and lines.
    const c = ru.report.columns;
    const unshown = new Set([c.what, c.count, c.who, c.details, c.figure, c.value, c.note]);
    for (const row of grid)
      for (const cell of row) {
        const text = cellText(cell);
        if (text !== '' && !unshown.has(text))
          expect([text, html.includes(escapeHtml(text))]).toEqual([text, true]);
      }
  });
});

describe('privacy_mode', () => {
  /** Every word of the report sheet and of the report letter. */
  function reportWords(mode: string): Set<string> {
    const h = harness(at('2026-11-27', '16:00'), (sheets) => setting(sheets, 'privacy_mode', mode));
    buildWeeklyReport(h.ctx);
    flush(h);
    const letter = h.sent.find((m) => m.key?.startsWith('report|'))!;
    const texts = [
      ...h.workbook.peek(W48).flatMap((row) => row.map((c) => cellText(c))),
      letter.subject,
      letter.text,
      letter.html,
    ];
    return new Set(texts.flatMap((t) => t.split(/[^\p{L}]+/u)).filter(Boolean));
  }

  /** Pupils' surnames that are no staff member's name too (teachers are named in full). */
  function pupilSurnames(): string[] {
    const sheets = demoSchool({ weekOf: '2026-11-27', zone });
    const names = (sheet: string): string[] => {
      const grid = sheets[sheet]!;
      const column = grid[0]!.indexOf('ФИО');
      return grid.slice(1).map((r) => String(r[column]));
    };
    const staffWords = new Set(names('Педагоги').flatMap((n) => n.split(/\s+/)));
    return [...new Set(names('Ученики').map(surnameOf))].filter((s) => !staffWords.has(s));
  }

  it('minimal: no pupil’s surname in the report sheet or the letter', () => {
    const words = reportWords('minimal');
    const surnames = pupilSurnames();
    expect(surnames.length).toBeGreaterThan(50);
    expect(surnames.filter((s) => words.has(s))).toEqual([]);
  });

  it('standard: pupils without a census row are named in full', () => {
    const words = reportWords('standard');
    expect(pupilSurnames().filter((s) => words.has(s)).length).toBeGreaterThan(0);
  });
});
