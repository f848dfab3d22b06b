/**
 * Everything a person sees in a Russian workbook is Russian, errors included. The BUILT bundle in
 * the fakes (spreadsheet locale ru_RU) with the demo school goes through every menu item, as the
 * administrator, as a teacher and as an unknown user, with the document lock busy, through form
 * responses accepted and refused, a week of hourly runs, a letter the mail service refuses and a
 * run killed mid-send; every dialog, toast, menu caption and letter (subject, text and HTML), and
 * the text the add-on writes on «Проблемы данных» and «Очередь писем», is searched for English.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import type { GasEnvironment } from '../fakes';
import { englishSentences } from '../support/english';
import {
  countFileReads,
  killWhen,
  loadBundle,
  queueLetters,
  setSetting,
  valuesOf,
  writeSheets,
} from '../support/gas';

const zone = intlZone('Europe/Moscow');
const at = (date: string, minutes: number): Date => instantOf(zone, date, minutes);
const ADMIN = 'admin@school.test';
const Q = ru.forms.questions;

/** Every text the person saw in `env`, with where it was seen. */
function seen(env: GasEnvironment): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const menu of env.ui.menus)
    for (const item of menu.items) texts.push(['menu', String(item.caption ?? '')]);
  for (const a of env.ui.alerts) texts.push(['dialog', `${a.title}\n${a.prompt}`]);
  for (const t of env.ui.toasts) texts.push(['toast', `${t.title}\n${t.message}`]);
  for (const m of env.mail.sent)
    texts.push(['letter', `${m.name ?? ''}\n${m.subject}\n${m.body}\n${m.htmlBody ?? ''}`]);
  const sheets = valuesOf(env);
  for (const name of [ru.sheets.problems.name, ru.sheets.outbox.name])
    for (const row of sheets[name]?.slice(1) ?? [])
      // The outbox's own words: status and error (the letters are checked as sent).
      texts.push([
        name,
        row
          .slice(0, name === ru.sheets.outbox.name ? 9 : undefined)
          .map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell)))
          .join(' | '),
      ]);
  return texts;
}

describe('a Russian workbook', () => {
  it('shows no English sentence in any menu, dialog, toast, letter or status', () => {
    const env = loadBundle({ now: at('2026-11-27', 14 * 60), locale: 'ru_RU', mailQuota: 1500 });
    // The English messages' project file (docs/decisions.md «The bundle's size») stays closed.
    const englishFile = countFileReads(env, 'English');
    writeSheets(env, demoSchool({ weekOf: '2026-11-27', zone }));
    setSetting(env, 'admin_emails', ADMIN);
    setSetting(env, 'quota_reserve', 0);
    // Data with mistakes, so that «Проблемы данных» has reasons to give.
    setSetting(env, 'no_such_key', 'x');
    setSetting(env, 'publish_hour', 'вечером');
    const pupils = env.spreadsheet.sheetValues(ru.sheets.pupils.name);
    env.spreadsheet.setSheetValues(ru.sheets.pupils.name, [
      ...pupils,
      pupils[0]!.map((_, i) => ['P999', '=HYPERLINK("x")', '99Я', 'не-адрес'][i] ?? ''),
    ]);
    env.triggers.fireOpen('NONE');
    env.call('setupWorkbook');
    env.triggers.fireOpen('LIMITED');
    for (const item of [
      'checkData',
      'showQuotaPlan',
      'checkTriggers',
      'publishSchedule',
      'sendWeeklySummaries',
      'buildWeeklyReport',
      'resendUnknownMail',
    ])
      env.call(item);

    // The document lock held by another execution: the menu's error, and a form's.
    env.locks.holdByAnotherExecution('document');
    expect(() => env.call('resendUnknownMail')).toThrow();
    env.locks.release('document');

    // Form responses: accepted, refused (unknown pupil), a low survey score, the census.
    const formOf = (sheet: string): string =>
      String(env.forms.list().find((f) => f.destinationSheet === sheet)!.id);
    const request = {
      [Q.type]: 'консультация',
      [Q.pupilId]: 'P1',
      [Q.applicant]: 'Алексеева Вера',
      [Q.subject]: 'Математика',
      [Q.description]: 'Дроби',
    };
    for (const answers of [request, { ...request, [Q.pupilId]: 'НЕТ-ТАКОГО' }]) {
      const event = env.forms.submit(formOf('Заявки (ответы)'), answers, {
        email: 'vera@home.test',
      });
      env.triggers.fireFormSubmit(event!);
    }
    env.triggers.fireFormSubmit(
      env.forms.submit(
        formOf('Опрос родителей'),
        {
          [Q.pupilId]: 'P1',
          [Q.organisation]: 1,
          [Q.clarity]: 2,
          [Q.feedback]: 4,
          [Q.workload]: 5,
        },
        {
          email: 'vera@home.test',
        },
      )!,
    );

    // A letter the mail service refuses, and a run killed in the middle of a send.
    queueLetters(env, [{ key: 'bad', subject: 'Письмо', to: ['не-адрес'] }]);
    env.mail.failNext(1, 'Invalid email: не-адрес');
    env.clock.set(at('2026-11-27', 16 * 60 + 20));
    env.triggers.fireTimeTriggers();
    queueLetters(env, [{ key: 'lost', subject: 'Потерянное', to: ['family@mail.test'] }]);
    const kill = killWhen(env, (_m, calls) => calls.at(-2) === 'MailApp.sendEmail');
    env.clock.set(at('2026-11-27', 17 * 60 + 20));
    expect(() => env.triggers.fireTimeTriggers()).toThrow();
    kill.disarm();

    // A week of hourly runs: publication, notices, reminders, reports, invitations, alerts.
    for (let hour = 1; hour <= 7 * 24; hour++) {
      env.clock.set(new Date(at('2026-11-27', 17 * 60 + 20).getTime() + hour * 3_600_000));
      env.triggers.fireTimeTriggers();
    }
    env.call('resendUnknownMail');
    env.call('showQuotaPlan');
    // The hourly trigger stopped: opening the spreadsheet warns.
    env.clock.advance(5 * 3_600_000);
    env.triggers.fireOpen('LIMITED');

    // Somebody who is not an administrator, and somebody Google does not name.
    const others: Array<[string, string]> = [];
    for (const userEmail of ['teacher@school.test', '']) {
      const other = loadBundle({ now: env.clock.now(), locale: 'ru_RU', userEmail });
      writeSheets(other, valuesOf(env));
      other.call('setupWorkbook');
      other.call('checkData');
      others.push(...seen(other));
    }

    const texts = [...seen(env), ...others];
    const kinds = new Set(texts.map(([where]) => where));
    expect(kinds).toEqual(
      new Set(['menu', 'dialog', 'toast', 'letter', 'Проблемы данных', 'Очередь писем']),
    );
    expect(env.mail.sent.length).toBeGreaterThan(300);
    const english = texts.flatMap(([where, text]) =>
      englishSentences(text).map((s) => `${where}: ${s}`),
    );
    expect([...new Set(english)]).toEqual([]);
    expect(englishFile.reads()).toBe(0);
    console.log(
      `Russian workbook: ${texts.length} texts searched (${env.mail.sent.length} letters, ` +
        `${env.ui.alerts.length} dialogs, ${env.ui.toasts.length} toasts), no English sentence`,
    );
  });
});
