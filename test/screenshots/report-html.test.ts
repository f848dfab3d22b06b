/**
 * The HTML monitoring report in headless Chromium at a phone's width (390 px): no console error,
 * nothing wider than the screen, the three charts drawn. The school is the demo's, with the three
 * weeks before built first (other demo seeds) so that the four-week trend has four weeks.
 *
 * Chromium is the Debian package (`apt-get install -y chromium`); CI installs only npm packages,
 * so without /usr/bin/chromium the suite is skipped with a message. `npm run screenshots` writes
 * the pictures of docs/guide-ru.md into docs/img/; `npm test` renders them to a temporary folder.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf, isoWeek } from '../../src/domain/calendar';
import type { Grid } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { renderReportHtml } from '../../src/mail/report-html';
import { silentLog } from '../../src/ports/log';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = 390;
const zone = intlZone('Europe/Moscow');
const at = (date: string, hour: number, minutes = 0): Date =>
  instantOf(zone, date, hour * 60 + minutes);

/**
 * A demo week run as the school would: family letters on Friday at 16:00, the report on the
 * Monday after at 07:30. Earlier weeks' report sheets are put in first, as they would be there.
 */
function reportedWeek(
  friday: string,
  monday: string,
  seed: number,
  earlier: Record<string, Grid> = {},
): MemoryWorkbook {
  const workbook = new MemoryWorkbook({
    ...demoSchool({ weekOf: friday, zone, seed }),
    ...earlier,
  });
  const clock = new FixedClock(at(friday, 16));
  const ctx = {
    workbook,
    clock,
    log: silentLog,
    mailer: new MemoryMailer(5000),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  };
  sendWeeklySummaries(ctx);
  clock.set(at(monday, 7, 30));
  buildWeeklyReport(ctx, isoWeek(friday));
  return workbook;
}

function reportPage(): string {
  const earlier: Record<string, Grid> = {};
  const weeks: [string, string, number][] = [
    ['2026-11-06', '2026-11-09', 31],
    ['2026-11-13', '2026-11-16', 32],
    ['2026-11-20', '2026-11-23', 33],
  ];
  for (const [friday, monday, seed] of weeks) {
    const name = `Отчёт ${isoWeek(friday)}`;
    earlier[name] = reportedWeek(friday, monday, seed).peek(name);
  }
  const workbook = reportedWeek('2026-11-27', '2026-11-30', 34, earlier);
  return renderReportHtml(workbook.peek('Отчёт 2026-W48'));
}

const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`Screenshot tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const suite = available ? describe : describe.skip;

suite('the HTML report on a phone (headless Chromium)', () => {
  const out =
    process.env.SCREENSHOTS === '1'
      ? join(__dirname, '..', '..', 'docs', 'img')
      : mkdtempSync(join(tmpdir(), 'distant-shots-'));
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'distant-report-')), 'report.html');
    writeFileSync(file, reportPage());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: PHONE, height: 844 }, deviceScaleFactor: 2 });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env.SCREENSHOTS !== '1') rmSync(out, { recursive: true, force: true });
  });

  it('loads without errors and nothing is wider than the screen', async () => {
    expect(errors).toEqual([]);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE);
  });

  it('opens with what needs action, then the week in brief', async () => {
    const headings = await page.$$eval('section h2', (hs) => hs.map((h) => h.textContent));
    expect(headings.slice(0, 2)).toEqual(['Требует действий', 'Главное за неделю']);
    const [top, bottom] = await page.$eval('section', (s) => {
      const box = s.getBoundingClientRect();
      return [box.top, box.bottom];
    });
    expect(top).toBeLessThan(200);
    await page.screenshot({
      path: join(out, 'report-phone.png'),
      clip: { x: 0, y: 0, width: PHONE, height: Math.min(bottom + 12, 1800) },
    });
    await (
      await page.$$('section')
    )[1]!.screenshot({ path: join(out, 'report-phone-summary.png') });
  });

  it('draws the teachers’ bars, the classes’ heat map and the four-week trend', async () => {
    const charts = await page.$$eval('svg', (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return { label: s.getAttribute('aria-label'), width: box.width, height: box.height };
      }),
    );
    expect(charts.map((c) => c.label)).toEqual([
      'Журнал по педагогам: уроки в журнале, ещё в срок и просроченные',
      'Доли в процентах: чем зеленее, тем лучше; «Внимание» — сколько учеников требуют внимания',
      'Главные доли в процентах, неделя за неделей',
    ]);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.width).toBeLessThanOrEqual(PHONE);
      expect(chart.height).toBeGreaterThan(100);
    }
    // Four weeks, each with a figure: the trend's lines run across all of them.
    const points = await page.$$eval(
      'svg',
      (svgs) => svgs[svgs.length - 1]?.querySelectorAll('circle').length ?? 0,
    );
    expect(points).toBeGreaterThanOrEqual(12);
    const sections = await page.$$('section');
    for (const [index, name] of [
      [2, 'report-phone-teachers.png'],
      [3, 'report-phone-classes.png'],
      [4, 'report-phone-trend.png'],
    ] as const)
      await sections[index]!.screenshot({ path: join(out, name) });
  });

  it('on a wide screen the folded tables open, coloured as the sheet’s own rules colour them', async () => {
    const wide = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await wide.goto(page.url());
    await wide.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
    const cells = await wide.$$eval('section:nth-of-type(4) td[style]', (tds) => tds.length);
    // Every class's four shares and the classes needing attention are coloured.
    expect(cells).toBeGreaterThan(19 * 4);
    const table = await wide.$('section:nth-of-type(4) details');
    await table!.screenshot({ path: join(out, 'report-sheet-classes.png') });
    await wide.close();
  });
});
