import { createGasEnvironment } from './index';
import { formatDate } from './utilities';

describe('MailApp', () => {
  const script = `
    function send(to, cc) { MailApp.sendEmail({ to: to, cc: cc || '', subject: 'Тема', body: 'Текст', name: 'Дистант' }); }
    function sendBig() { MailApp.sendEmail('a@school.test', 'big', new Array(205 * 1024).join('x')); }
    function quota() { return MailApp.getRemainingDailyQuota(); }`;

  it('counts every recipient against the daily quota and refuses when it would be exceeded', () => {
    const env = createGasEnvironment({ mailQuota: 3, now: '2026-11-28T12:00:00Z' });
    env.load(script);
    env.call('send', 'a@school.test, b@school.test');
    expect(env.call('quota')).toBe(1);
    expect(() => env.call('send', 'c@school.test', 'd@school.test')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(env.mail.sent).toHaveLength(1);
    expect(env.mail.sent[0]).toMatchObject({
      to: 'a@school.test,b@school.test',
      subject: 'Тема',
      name: 'Дистант',
    });
    // The quota comes back 24 hours after the send that opened the window, not at a midnight.
    env.clock.set('2026-11-29T11:59:59Z');
    expect(env.mail.remainingQuota()).toBe(1);
    env.clock.set('2026-11-29T12:00:00Z');
    expect(env.mail.remainingQuota()).toBe(3);
    env.call('send', 'e@school.test');
    expect(env.mail.windows.map((w) => [w.start.toISOString(), w.used])).toEqual([
      ['2026-11-28T12:00:00.000Z', 2],
      ['2026-11-29T12:00:00.000Z', 1],
    ]);
  });

  it('allows a 300 KB body on Workspace only', () => {
    const big = `function sendBig() { MailApp.sendEmail('a@school.test', 'big', new Array(300 * 1024).join('x')); }`;
    const consumer = createGasEnvironment();
    consumer.load(big);
    expect(() => consumer.call('sendBig')).toThrow('Limit Exceeded: Email Body Size.');
    const workspace = createGasEnvironment({ account: 'workspace' });
    workspace.load(big);
    workspace.call('sendBig');
    expect(workspace.mail.sent).toHaveLength(1);
    expect(workspace.mail.remainingQuota()).toBe(1499);
  });

  it('validates addresses, recipients per message and body size; injects failures', () => {
    const env = createGasEnvironment();
    env.load(script);
    expect(() => env.call('send', 'not-an-address')).toThrow('Invalid email: not-an-address');
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@school.test`).join(',');
    expect(() => env.call('send', many)).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => env.call('sendBig')).toThrow('Limit Exceeded: Email Body Size.');
    env.mail.failNext(1, 'Service unavailable: Email');
    expect(() => env.call('send', 'a@school.test')).toThrow('Service unavailable: Email');
    env.call('send', 'a@school.test');
    expect(env.mail.sent).toHaveLength(1);
    expect(env.mail.remainingQuota()).toBe(99);
  });
});

describe('ScriptApp triggers', () => {
  it('enforces add-on rules: hourly at most, one trigger of each type per document', () => {
    const env = createGasEnvironment();
    env.load(`function err(f) { try { f(); return 'ok'; } catch (e) { return e.message; } }
      function install() {
        var ss = SpreadsheetApp.getActive();
        return [
          err(function () { ScriptApp.newTrigger('tick').timeBased().everyMinutes(10).create(); }),
          err(function () { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }),
          err(function () { ScriptApp.newTrigger('tock').timeBased().everyHours(2).create(); }),
          err(function () { ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create(); }),
          ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction() + ':' + t.getEventType(); }),
          ScriptApp.getUserTriggers(ss).length];
      }
      var ticks = 0;
      function tick(e) { ticks++; return e.triggerUid; }
      function count() { return ticks; }`);
    const out = env.call('install') as unknown[];
    expect(out[0]).toBe('Clock events must be scheduled at least 1 hour(s) apart.');
    expect(out[1]).toBe('ok');
    expect(out[2]).toMatch(/already has a CLOCK trigger for this document/);
    expect(out.slice(3)).toEqual(['ok', ['tick:CLOCK', 'onSubmit:ON_FORM_SUBMIT'], 2]);
    expect(env.triggers.fireTimeTriggers()).toBe(1);
    expect(env.call('count')).toBe(1);
    env.triggers.disable(env.triggers.list()[0]!.id);
    expect(env.triggers.fireTimeTriggers()).toBe(0);
  });

  it('allows 20 triggers per user per script', () => {
    const env = createGasEnvironment({ addon: false });
    env.load(
      `function many(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('f' + i).timeBased().everyMinutes(5).create(); }`,
    );
    env.call('many', 20);
    expect(() => env.call('many', 1)).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  it('fires edit triggers with a real-looking event', () => {
    const env = createGasEnvironment();
    env.load(`var seen = [];
      function onEdit(e) { seen.push([e.authMode, e.range.getA1Notation(), e.oldValue, e.value, e.range.getValue()]); }
      function seenEvents() { return seen; }`);
    const range = env.spreadsheet.getActiveSheet().getRange('C2');
    expect(env.triggers.fireEdit(range, '', '5')).toBe(1);
    expect(env.call('seenEvents')).toEqual([['LIMITED', 'C2', '', '5', 5]]);
  });
});

describe('LockService', () => {
  it('fails to lock while another execution holds it, and waits on the fake clock', () => {
    const env = createGasEnvironment({ now: '2026-11-28T10:00:00Z' });
    env.load(`function run() { var l = LockService.getScriptLock(); var ok = l.tryLock(5000); return [ok, l.hasLock()]; }
      function strict() { LockService.getDocumentLock().waitLock(10000); }`);
    env.locks.holdByAnotherExecution('script');
    expect(env.call('run')).toEqual([false, false]);
    expect(env.clock.now().toISOString()).toBe('2026-11-28T10:00:05.000Z');
    env.locks.release('script');
    expect(env.call('run')).toEqual([true, true]);
    env.locks.holdByAnotherExecution('document');
    expect(() => env.call('strict')).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });
});

describe('PropertiesService and CacheService', () => {
  it('enforces value and store sizes', () => {
    const env = createGasEnvironment();
    env.load(`function put(k, n) { PropertiesService.getScriptProperties().setProperty(k, new Array(n + 1).join('x')); }
      function all() { var p = PropertiesService.getDocumentProperties();
        p.setProperties({ a: 1, b: true }); p.setProperties({ c: 'x' }, true); return [p.getKeys(), p.getProperty('a')]; }`);
    expect(() => env.call('put', 'big', 9 * 1024 + 1)).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i += 1) env.call('put', `k${i}`, 9000);
    expect(() => env.call('put', 'k56', 9000)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(env.call('all')).toEqual([['c'], null]);
    expect(env.properties.script.getProperty('k0')).toHaveLength(9000);
  });

  it('expires cache entries by the fake clock', () => {
    const env = createGasEnvironment();
    env.load(`function put() { CacheService.getScriptCache().put('k', 'v', 60); CacheService.getScriptCache().put('d', 'v'); }
      function get() { var c = CacheService.getScriptCache(); return [c.get('k'), c.get('d')]; }`);
    env.call('put');
    env.clock.advance(59_000);
    expect(env.call('get')).toEqual(['v', 'v']);
    env.clock.advance(2_000);
    expect(env.call('get')).toEqual([null, 'v']);
    env.clock.advance(600_000);
    expect(env.call('get')).toEqual([null, null]);
  });
});

describe('Utilities, Session, HtmlService', () => {
  it('formats dates like SimpleDateFormat in Moscow and across a DST change', () => {
    const d = new Date('2026-03-29T00:30:00Z');
    expect(formatDate(d, 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX EEE EEEE u Z")).toBe(
      '2026-03-29T03:30:00.000+03:00 Sun Sunday 7 +0300',
    );
    expect(formatDate(d, 'Europe/Berlin', 'dd.MM.yy H:mm Z')).toBe('29.03.26 1:30 +0100');
    expect(formatDate(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin', 'd MMM HH:mm XXX')).toBe(
      '29 Mar 03:30 +02:00',
    );
    expect(formatDate(d, 'UTC', "h:mm a 'o''clock'")).toBe("12:30 AM o'clock");
  });

  it('exposes Utilities and Session in the context; sleep advances the clock', () => {
    const env = createGasEnvironment({ userEmail: '', now: '2026-11-28T10:00:00Z' });
    env.load(`function f() {
      var t = Date.now(); Utilities.sleep(1500);
      var b = Utilities.base64Encode('Привет');
      return [Date.now() - t, Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'dd.MM.yyyy HH:mm'),
        Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(),
        Utilities.newBlob(Utilities.base64Decode(b)).getDataAsString(), Utilities.getUuid().length,
        Utilities.formatString('%s: %05.1f', 'x', 3.14159)];
    }`);
    expect(env.call('f')).toEqual([
      1500,
      '28.11.2026 13:00',
      '',
      'admin@school.test',
      'Привет',
      36,
      'x: 003.1',
    ]);
    expect(env.counters.byMethod['Utilities.sleep']).toBe(1);
  });

  it('evaluates templates with escaping and project files', () => {
    const env = createGasEnvironment({
      htmlFiles: {
        Sidebar: '<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < n; i++) { ?>*<? } ?>',
      },
    });
    env.load(`function page() {
      var t = HtmlService.createTemplateFromFile('Sidebar');
      t.title = '<script>x</script>'; t.raw = '<i>ok</i>'; t.n = 3;
      return t.evaluate().setTitle('S').getContent();
    }
    function missing() { HtmlService.createHtmlOutputFromFile('Nope'); }`);
    expect(env.call('page')).toBe('<h1>&lt;script&gt;x&lt;/script&gt;</h1><i>ok</i>***');
    expect(() => env.call('missing')).toThrow('No HTML file named Nope was found.');
  });
});

describe('FormApp', () => {
  it('creates a form linked to the spreadsheet and submits responses as rows with an event', () => {
    const env = createGasEnvironment({ locale: 'ru_RU', now: '2026-11-28T09:15:00Z' });
    env.load(`function build() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var f = FormApp.create('Самочувствие').setCollectEmail(false);
      f.addTextItem().setTitle('Имя').setRequired(true);
      f.addScaleItem().setTitle('Настроение').setBounds(1, 5).setLabels('плохо', 'отлично');
      f.addCheckboxItem().setTitle('Предметы').setChoiceValues(['Алгебра', 'Физика']);
      f.addSectionHeaderItem().setTitle('Конец');
      f.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      var items = f.getItems();
      var sec = items[3];
      return [f.getId(), items.length, typeof items[0].setRequired, typeof items[0].asTextItem().setRequired,
        typeof sec.asSectionHeaderItem().setRequired,
        items[1].asScaleItem().getUpperBound(), ss.getSheets()[0].getName(), ss.getFormUrl() === f.getPublishedUrl()];
    }
    var got = [];
    function onSubmit(e) { got.push([e.range.getRow(), e.namedValues['Имя'][0], e.values.length, e.triggerUid !== '']); }
    function install() { ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); }
    function results() { return got; }
    function state(id) { var f = FormApp.openById(id); return [f.isPublished(), f.isAcceptingResponses()]; }
    function publish(id) { FormApp.openById(id).setPublished(true); }`);
    const [id, ...rest] = env.call('build') as unknown[];
    expect(rest).toEqual([4, 'undefined', 'function', 'undefined', 5, 'Ответы на форму (1)', true]);
    // Made by a script after 30 June 2026: unpublished, and so closed to respondents.
    expect(env.call('state', id)).toEqual([false, false]);
    expect(() => env.forms.submit(id, { Имя: 'Аня' })).toThrow('is not published');
    env.call('publish', id);
    expect(env.call('state', id)).toEqual([true, true]);
    expect(() => env.forms.submit(id, { Настроение: 3 })).toThrow(
      'Required question "Имя" has no answer',
    );
    const e = env.forms.submit(id, { Имя: 'Аня', Настроение: 4, Предметы: ['Алгебра', 'Физика'] });
    expect(e?.values).toEqual(['28.11.2026 12:15:00', 'Аня', '4', 'Алгебра, Физика']);
    expect(env.spreadsheet.sheetValues('Ответы на форму (1)')).toEqual([
      ['Отметка времени', 'Имя', 'Настроение', 'Предметы'],
      [new Date('2026-11-28T09:15:00Z'), 'Аня', 4, 'Алгебра, Физика'],
    ]);
    env.call('install');
    expect(env.triggers.fireFormSubmit(e!)).toBe(1);
    expect(env.call('results')).toEqual([[2, 'Аня', 4, true]]);
    expect(env.forms.list()[0]).toMatchObject({
      title: 'Самочувствие',
      destinationSheet: 'Ответы на форму (1)',
    });
  });
});

describe('FormApp publish state', () => {
  const script = `function make() { var f = FormApp.create('Опрос'); f.addTextItem().setTitle('Имя'); return f.getId(); }
    function call(id, method, arg) { var f = FormApp.openById(id); var r = f[method](arg); return r === f ? 'form' : r; }`;

  it('a form made before 1 July 2026 starts published, one made later unpublished', () => {
    const before = createGasEnvironment({ now: '2026-06-30T12:00:00Z' });
    before.load(script);
    expect(before.call('call', before.call('make'), 'isPublished')).toBe(true);
    const after = createGasEnvironment({ now: '2026-07-01T00:00:00Z' });
    after.load(script);
    expect(after.call('call', after.call('make'), 'isPublished')).toBe(false);
  });

  it('an unpublished form never accepts responses; a closed one refuses them too', () => {
    const env = createGasEnvironment({ now: '2026-09-01T06:00:00Z' });
    env.load(script);
    const id = env.call('make');
    env.call('call', id, 'setAcceptingResponses', true);
    expect(env.call('call', id, 'isAcceptingResponses')).toBe(false);
    env.call('call', id, 'setPublished', true);
    env.call('call', id, 'setAcceptingResponses', false);
    expect(env.call('call', id, 'isAcceptingResponses')).toBe(false);
    expect(() => env.forms.submit(id, { Имя: 'Аня' })).toThrow('is not accepting responses');
    env.call('call', id, 'setAcceptingResponses', true);
    expect(env.forms.submit(id, { Имя: 'Аня' })).toBeNull(); // no destination: nothing lands
    expect(() => env.call('call', id, 'setPublished', 'yes')).toThrow(
      "don't match the method signature",
    );
  });
});
