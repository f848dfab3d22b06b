/**
 * The English messages live outside Code.js, in the project file «English» (docs/decisions.md
 * «The bundle's size»): the BUILT bundle reads it with HtmlService.createHtmlOutputFromFile only
 * when a school's language is English. An English school's menu and letters come out in English
 * from the built files; a Russian school's runs never open the file. The texts only setup uses
 * live in the project file «Setup», which the hourly runs do not open.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { countFileReads, loadBundle, setSetting, writeSheets } from '../support/gas';

const zone = intlZone('Europe/Moscow');
const at = (date: string, minutes: number): Date => instantOf(zone, date, minutes);
const ADMIN = 'admin@school.test';

/** Setup, the menu, publication, the weekly letters and a day of hourly runs. */
function runSchool(locale: 'ru' | 'en') {
  const strings = locale === 'en' ? en : ru;
  const env = loadBundle({ now: at('2026-11-27', 14 * 60), mailQuota: 1500 });
  const english = countFileReads(env, 'English');
  const setupFile = countFileReads(env, 'Setup');
  writeSheets(env, demoSchool({ weekOf: '2026-11-27', zone, locale }));
  const setting = (key: string, value: string | number): void => {
    const name = strings.sheets.settings.name;
    const grid = env.spreadsheet.sheetValues(name);
    const index = grid.findIndex((row, i) => i > 0 && row[0] === key);
    env.spreadsheet
      .sheet(name)
      .getRange(index >= 0 ? index + 1 : grid.length + 1, 1, 1, 2)
      .setValues([[key, value]]);
  };
  if (locale === 'ru') setSetting(env, 'admin_emails', ADMIN);
  else setting('admin_emails', ADMIN);
  setting('quota_reserve', 0);
  env.triggers.fireOpen('NONE');
  env.call('setupWorkbook');
  env.triggers.fireOpen('LIMITED');
  for (const item of ['checkData', 'publishSchedule', 'sendWeeklySummaries', 'showQuotaPlan'])
    env.call(item);
  const setupReads = setupFile.reads();
  for (let hour = 1; hour <= 24; hour++) {
    env.clock.set(new Date(at('2026-11-27', 14 * 60).getTime() + hour * 3_600_000));
    env.triggers.fireTimeTriggers();
  }
  return {
    env,
    english,
    setup: { bySetup: setupReads, byHourlyRuns: setupFile.reads() - setupReads },
  };
}

describe('the English messages file', () => {
  it('is never read by a Russian school', () => {
    const { env, english } = runSchool('ru');
    expect(env.mail.sent.length).toBeGreaterThan(0);
    expect(english.reads()).toBe(0);
  });

  it("«Setup» (setting descriptions, the forms' texts) is read by setup, not by the hourly runs", () => {
    const { env, setup } = runSchool('ru');
    expect(setup.bySetup).toBeGreaterThan(0);
    expect(setup.byHourlyRuns).toBe(0);
    const descriptions = env.spreadsheet.sheetValues(ru.sheets.settings.name).map((r) => r[2]);
    expect(descriptions).toContain(ru.settingDescriptions.admin_emails);
  });

  it('gives an English school its menu and letters in English, from the built files', () => {
    const { env, english } = runSchool('en');
    expect(english.reads()).toBeGreaterThan(0);
    const captions = env.ui.menus.at(-1)!.items.map((i) => i.caption);
    expect(captions).toEqual(expect.arrayContaining([en.menu.setup, en.menu.publishSchedule]));
    expect(captions).not.toContain(ru.menu.setup);
    const subjects = env.mail.sent.map((m) => m.subject);
    expect(subjects.length).toBeGreaterThan(0);
    // The schedule letters: the template «Schedule of {cls} for {day}» compiled from the file.
    expect(subjects.some((s) => s.startsWith('Schedule of '))).toBe(true);
    // The school's own data (topics, its name) may be Russian; the add-on's words are English.
    for (const m of env.mail.sent) {
      expect(m.body).toContain(en.mail.automatic);
      expect(m.body).not.toContain(ru.mail.automatic);
      expect(m.subject).not.toMatch(/Расписание|Итоги|Мониторинг/);
    }
  });
});
