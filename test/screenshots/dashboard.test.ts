/**
 * The dashboard's sidebar page in headless Chromium at the sidebar's 300 px, with a stub of
 * `google.script.run`: no console error, nothing wider than the sidebar, each button calls the
 * entry point it names and shows how it went. The school is the demo's on Friday 27.11 at 16:00,
 * set up with its forms, the week's family letters queued, after a morning of hourly runs.
 *
 * Chromium is the Debian package; without /usr/bin/chromium the suite is skipped with a message.
 * `npm run screenshots` writes docs/img/dashboard.png (docs/guide-ru.md); `npm test` a temporary one.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryForms } from '../../src/adapters/memory/forms';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { dashboard } from '../../src/jobs/dashboard';
import { ensureForms } from '../../src/jobs/ensure-forms';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { updateState } from '../../src/jobs/shared/state';
import { silentLog } from '../../src/ports/log';
import { dashboardPage } from '../../src/ui/dashboard-page';
import { DASHBOARD_ACTIONS } from '../../src/ui/dashboard-view';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const SIDEBAR = 300;
const SHELL = readFileSync(join(__dirname, '..', '..', 'src', 'ui', 'dashboard.html'), 'utf8');
const zone = intlZone('Europe/Moscow');

function demoPage(): string {
  const now = instantOf(zone, '2026-11-27', 16 * 60);
  const workbook = new MemoryWorkbook(demoSchool({ weekOf: '2026-11-27', zone }));
  const clock = new FixedClock(now);
  const store = new MemoryStore();
  const forms = new MemoryForms(workbook);
  const ctx = {
    workbook,
    clock,
    log: silentLog,
    mailer: new MemoryMailer(100),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store,
    forms,
  };
  ensureForms(ctx);
  sendWeeklySummaries(ctx);
  updateState(store, (s) => ({
    ...s,
    heartbeat: instantOf(zone, '2026-11-27', 15 * 60 + 7).toISOString(),
    triggerTime: [{ start: instantOf(zone, '2026-11-27', 7 * 60).toISOString(), ms: 23 * 60_000 }],
  }));
  const admin = String(
    workbook.peek(ru.sheets.settings.name).find((r) => r[0] === 'admin_emails')?.[1] ?? '',
  ).split(/[,\s]+/)[0]!;
  const result = dashboard(ctx, admin);
  if (result.kind !== 'figures') throw new Error(result.message);
  return dashboardPage(SHELL, result.figures, result.strings);
}

/** A stand-in for google.script.run: records the calls; `fail` names one that fails. */
const STUB = `
  window.__calls = [];
  window.__fail = '';
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, failure);
        if (name === 'withFailureHandler') return (f) => runner(success, f);
        return (...args) => {
          window.__calls.push({ name, args });
          setTimeout(() => {
            if (name === window.__fail) failure && failure(new Error('Служба недоступна'));
            else success && success();
          }, 300);
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
`;

const available = existsSync(CHROMIUM);
if (!available)
  console.warn(
    `Dashboard browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`,
  );
const suite = available ? describe : describe.skip;

suite('the dashboard sidebar in headless Chromium', () => {
  const out =
    process.env.SCREENSHOTS === '1'
      ? join(__dirname, '..', '..', 'docs', 'img')
      : mkdtempSync(join(tmpdir(), 'distant-shots-'));
  let browser: Browser;
  let page: Page;
  let file: string;
  const errors: string[] = [];

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'distant-dashboard-')), 'dashboard.html');
    writeFileSync(file, demoPage());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({
      viewport: { width: SIDEBAR, height: 900 },
      deviceScaleFactor: 2,
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(STUB);
    await page.goto(`file://${file}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env.SCREENSHOTS !== '1') rmSync(out, { recursive: true, force: true });
  });

  it('loads without errors, nothing wider than the sidebar', async () => {
    expect(errors).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      SIDEBAR,
    );
    const headings = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(headings[0]).toMatch(/^Неделя 23–29 ноября 2026/);
    expect(headings).toContain(ru.dashboard.outboxTitle);
    await page.screenshot({ path: join(out, 'dashboard.png'), fullPage: true });
  });

  it('each button calls its entry point, disables the others meanwhile, then says it is done', async () => {
    const names = [...DASHBOARD_ACTIONS.map((a) => a.handler), 'showDashboard'];
    const buttons = await page.$$('button[data-run]');
    expect(buttons).toHaveLength(names.length);
    for (const [i, button] of buttons.entries()) {
      await button.click();
      expect(await page.$$eval('button:disabled', (b) => b.length)).toBe(names.length);
      await page.waitForFunction(`document.querySelectorAll('button:disabled').length === 0`);
      expect(await page.textContent('#status')).toBe(ru.dashboard.finished);
      expect(await page.evaluate('window.__calls.length')).toBe(i + 1);
    }
    const calls = await page.evaluate<Array<{ name: string; args: [] }>>('window.__calls');
    expect(calls).toEqual(names.map((name) => ({ name, args: [] })));
    expect(errors).toEqual([]);
  });

  it('shows a failure in red, in the server’s words', async () => {
    await page.evaluate(`window.__fail = 'checkData'`);
    await page.click('button[data-run="checkData"]');
    await page.waitForFunction(`document.querySelector('#status.bad') !== null`);
    expect(await page.textContent('#status')).toBe('Служба недоступна');
  });

  it('opened outside Google Sheets, the buttons say where they work', async () => {
    const plain = await browser.newPage({ viewport: { width: SIDEBAR, height: 600 } });
    const problems: string[] = [];
    plain.on('pageerror', (e) => problems.push(e.message));
    await plain.goto(`file://${file}`);
    await plain.click('button[data-run="publishSchedule"]');
    expect(await plain.textContent('#status')).toBe(ru.dashboard.offline);
    expect(problems).toEqual([]);
    await plain.close();
  });
});
