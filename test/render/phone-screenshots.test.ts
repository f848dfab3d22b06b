/**
 * Every kind of letter this capability sends, rendered at a phone's width (390 px) by headless
 * Chromium from the Debian package, written to docs/img/ for the staff guide (docs/guide-ru.md).
 * The letters come from the demo school through the real jobs, so a picture shows what a school
 * would receive. Without /usr/bin/chromium (CI installs npm packages only) the test is skipped
 * and says so; with it, the pictures are rewritten — nothing is compared, so a changed picture
 * never fails `npm test`. To refresh them: `apt-get install -y chromium`, then
 * `npx jest test/render`.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryForms } from '../../src/adapters/memory/forms';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { cellText, type Grid } from '../../src/domain/cells';
import { demoSchool } from '../../src/demo';
import { sendChangeNotices } from '../../src/jobs/change-notices';
import { ensureForms } from '../../src/jobs/ensure-forms';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { sendNotAgreedList } from '../../src/jobs/not-agreed-list';
import { publishNextDay } from '../../src/jobs/publish-schedule';
import { deliver } from '../../src/jobs/shared/delivery';
import { type DeliveryContext } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { sendSurveyInvitations } from '../../src/jobs/survey-invitations';
import { sendTeacherReminders } from '../../src/jobs/teacher-reminders';
import { ru } from '../../src/i18n/ru';
import { escapeHtml, renderParts } from '../../src/mail/document';
import { requestAckLetter } from '../../src/mail/form-letters';
import { silentLog } from '../../src/ports/log';

jest.setTimeout(180_000);

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
const IMG = join(__dirname, '..', '..', 'docs', 'img');
const WIDTH = 390;
/** Longer letters are shown from the top down to this height, with a note that they go on. */
const MAX_HEIGHT = 3200;

const zone = intlZone('Europe/Moscow');
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

interface Letter {
  readonly key: string;
  readonly job: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly html: string;
}

function school(now: Date, edit?: (sheets: Record<string, Grid>) => void) {
  const sheets = demoSchool({ weekOf: '2026-11-25', zone });
  edit?.(sheets);
  const workbook = new MemoryWorkbook(sheets);
  const mailer = new MemoryMailer(100_000);
  const ctx: DeliveryContext & { clock: FixedClock } = {
    workbook,
    clock: new FixedClock(now),
    log: silentLog,
    mailer,
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  };
  ensureForms({ ...ctx, forms: new MemoryForms(workbook) });
  const queued = (): Letter[] => {
    const [header = [], ...rows] = workbook.peek(ru.sheets.outbox.name);
    const col = (name: string): number => header.indexOf(ru.sheets.outbox.columns[name]!);
    return rows.map((row) => ({
      ...(JSON.parse(cellText(row[col('content')])) as Letter),
      key: cellText(row[col('key')]),
      job: cellText(row[col('job')]),
      subject: cellText(row[col('subject')]),
    }));
  };
  return { workbook, ctx, mailer, queued };
}

/** Sets a setting of the demo's «Настройки». */
function setting(sheets: Record<string, Grid>, key: string, value: string): void {
  const row = sheets[ru.sheets.settings.name]!.find((r) => r[0] === key)!;
  row[1] = value;
}

/** The letters to render: file name → the letter, each picked to show what its kind can say. */
function letters(): Map<string, Letter> {
  const out = new Map<string, Letter>();
  // Friday: the list of lessons not agreed (14:00), then Monday's publication (17:30) with one
  // agreed online lesson that lost its link, then a change notice.
  let dropped = '';
  const friday = school(at('2026-11-27', '14:10'), (sheets) => {
    const grid = sheets[ru.sheets.schedule.name]!;
    const col = (key: string): number => grid[0]!.indexOf(ru.sheets.schedule.columns[key]!);
    const row = grid.find(
      (r, i) =>
        i > 0 &&
        cellText(r[col('class')]) === '5А' &&
        cellText(r[col('status')]) === 'согласовано' &&
        cellText(r[col('form')]) === 'онлайн' &&
        zone.parts(r[col('date')] as Date).date === '2026-11-30',
    );
    if (row) {
      row[col('resource')] = '';
      dropped = cellText(row[col('id')]);
    }
  });
  sendNotAgreedList(friday.ctx);
  friday.ctx.clock.set(at('2026-11-27', '17:30'));
  publishNextDay(friday.ctx);
  const published = friday.queued();
  out.set(
    'letter-not-agreed.png',
    published.find((m) => m.job === 'notAgreed')!,
  );
  const classLetters = published.filter((m) => m.job === 'publish');
  out.set(
    'letter-class-schedule.png',
    classLetters.find((m) => m.html.includes('уточняется') && m.key.includes('|5А|')) ??
      classLetters[0]!,
  );
  out.set(
    'letter-incomplete-lesson.png',
    published.find((m) => m.job === 'incomplete' && m.html.includes(dropped ? '5А' : ''))!,
  );
  // A change: the first published lesson of 5А gets a new link, the second is cancelled.
  const grid = friday.workbook.peek(ru.sheets.schedule.name);
  const col = (key: string): number => grid[0]!.indexOf(ru.sheets.schedule.columns[key]!) + 1;
  const fiveA = grid
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r }) =>
        cellText(r[col('class') - 1]) === '5А' &&
        zone.parts(r[col('date') - 1] as Date).date === '2026-11-30' &&
        cellText(r[col('published') - 1]) !== '' &&
        cellText(r[col('id') - 1]) !== dropped,
    );
  friday.workbook.write(ru.sheets.schedule.name, fiveA[0]!.i + 1, [['отменено']], col('status'));
  friday.workbook.write(
    ru.sheets.schedule.name,
    fiveA[1]!.i + 1,
    [['https://sferum.ru/?call_link=5a-math']],
    col('resource'),
  );
  friday.ctx.clock.set(at('2026-11-27', '18:20'));
  sendChangeNotices(friday.ctx);
  out.set(
    'letter-change-notice.png',
    friday.queued().find((m) => m.job === 'change')!,
  );

  // Teacher reminders on Thursday and Friday: Friday's repeats Thursday's.
  const week = school(at('2026-11-26', '08:30'));
  sendTeacherReminders(week.ctx);
  const thursday = week.queued().filter((m) => m.job === 'reminder');
  week.ctx.clock.set(at('2026-11-27', '08:30'));
  sendTeacherReminders(week.ctx);
  out.set(
    'letter-teacher-reminder.png',
    week
      .queued()
      .find(
        (m) =>
          m.job === 'reminder' &&
          !thursday.some((t) => t.key === m.key) &&
          m.subject.startsWith('Повторное'),
      )!,
  );

  // Saturday morning: the family letters and the class teachers' digests, the survey open.
  const saturday = school(at('2026-11-28', '09:10'), (sheets) =>
    setting(sheets, 'survey_invitations', 'еженедельно'),
  );
  sendWeeklySummaries(saturday.ctx);
  const weekly = saturday.queued();
  const families = weekly.filter((m) => m.job === 'familySummaries');
  // Two children in two classes, a two in the marks, overdue and not-yet-due work; short.
  const score = (m: Letter): number =>
    // Headings: one per child, then «Если нужна помощь» and «Связь со школой».
    ((m.html.match(/<h2/g) ?? []).length === 4 ? 20 : 0) +
    (m.html.includes('?subject=') ? 8 : 0) +
    (m.html.includes('#fde2e1') ? 10 : 0) +
    (m.html.includes('Просрочено') ? 3 : 0) +
    (m.html.includes('Не сдано, но срок') ? 2 : 0) -
    m.html.length / 5_000;
  out.set('letter-family-weekly.png', [...families].sort((a, b) => score(b) - score(a))[0]!);
  const digests = weekly.filter((m) => m.job === 'classDigests');
  out.set(
    'letter-class-teacher-digest.png',
    digests.find((m) => m.html.includes('Позвонить:') && m.html.includes('Требуют внимания:')) ??
      digests[0]!,
  );

  // Forms: the survey invitation and a request's acknowledgement.
  sendSurveyInvitations(saturday.ctx, '2026-12');
  out.set(
    'letter-survey-invitation.png',
    saturday.queued().find((m) => m.job === 'surveyInvitations')!,
  );
  const settings = loadSchool(saturday.workbook, saturday.ctx.clock, []).settings;
  const ack = requestAckLetter(
    {
      id: 'R-5',
      type: 'печатные материалы',
      pupilId: 'P0125',
      subject: 'Математика',
      description: 'Нет интернета дома, нужны задания на неделю на бумаге.',
      due: '02.12.2026',
    },
    settings,
    ru,
  );
  out.set('letter-request-ack.png', {
    key: 'ack',
    job: 'ack',
    to: ['bazhukova.v@mail.example'],
    subject: ack.subject,
    html: renderParts(ack.doc).html,
  });

  // Preview mode: what administrators receive before the school switches to «живой».
  const preview = school(at('2026-11-27', '17:30'), (sheets) =>
    setting(sheets, 'mail_mode', 'проверка'),
  );
  publishNextDay(preview.ctx);
  const previewSchool = loadSchool(preview.workbook, preview.ctx.clock, []);
  deliver(preview.ctx, {
    settings: previewSchool.settings,
    strings: previewSchool.strings,
    budgetMs: 1e9,
  });
  const first = preview.mailer.sent.find((m) => m.key?.startsWith('publish|'))!;
  out.set('letter-preview-mode.png', { ...first, key: first.key ?? '', job: 'publish' });
  return out;
}

/** The letter as a phone's mail app opens it: the subject and recipient above the body. */
function onPhone(letter: Letter): string {
  const header = `<div style="font-family:Arial,Helvetica,sans-serif;padding:12px 16px;border-bottom:1px solid #ddd;background:#fafafa"><div style="font-size:16px;font-weight:bold;line-height:1.3;color:#222">${escapeHtml(letter.subject)}</div><div style="margin-top:4px;font-size:12px;color:#666">МОУ «ООШ № 34» г. Сыктывкара → ${escapeHtml(letter.to.slice(0, 2).join(', '))}${letter.to.length > 2 ? ' …' : ''}</div></div>`;
  // The preview note comes before the document (jobs/shared/outbox): shown under the header.
  const start = Math.max(0, letter.html.indexOf('<!DOCTYPE'));
  const before = letter.html.slice(0, start);
  return letter.html.slice(start).replace(/(<body[^>]*>)/, (body) => `${body}${header}${before}`);
}

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.info(
    `Phone screenshots skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); docs/img/ is left as it is.`,
  );

(haveChromium ? describe : describe.skip)(
  `letters at ${WIDTH} px in headless Chromium → docs/img/${haveChromium ? '' : ' (skipped: no /usr/bin/chromium)'}`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('renders every kind of letter and writes the pictures', async () => {
      mkdirSync(IMG, { recursive: true });
      // A short viewport, so that the page is as tall as the letter.
      const page = await browser.newPage({ viewport: { width: WIDTH, height: 200 } });
      const written: string[] = [];
      for (const [file, letter] of letters()) {
        expect([file, letter === undefined]).toEqual([file, false]);
        await page.setContent(onPhone(letter), { waitUntil: 'load' });
        // Page scripts as strings: the test is compiled without the DOM's types.
        const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
        if (height > MAX_HEIGHT) {
          const style = `position:absolute;left:0;right:0;top:${MAX_HEIGHT - 34}px;height:34px;line-height:34px;text-align:center;font:italic 13px Arial,sans-serif;color:#666;background:linear-gradient(rgba(255,255,255,0.6),#fff)`;
          await page.evaluate(
            `(() => { const n = document.createElement('div'); n.textContent = '… письмо продолжается'; n.setAttribute('style', ${JSON.stringify(style)}); document.body.appendChild(n); })()`,
          );
        }
        const path = join(IMG, file);
        await page.screenshot({
          path,
          fullPage: true,
          clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, MAX_HEIGHT) },
        });
        written.push(file);
      }
      expect(written.length).toBe(10);
      for (const file of written) expect(existsSync(join(IMG, file))).toBe(true);
    });
  },
);
