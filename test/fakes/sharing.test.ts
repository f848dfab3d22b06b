import { createGasEnvironment, MESSAGES, type GasEnvironment } from './index';

const ADMIN = 'admin@school.test';
const TEACHER = 'teacher@school.test';
const PARENT = 'parent@mail.test';

const SCRIPT = `
  function err(fn) { try { fn(); return 'ok'; } catch (e) { return e.message; } }
  function emails(users) { return users.map(function (u) { return u.getEmail(); }); }
  function make(name) { return SpreadsheetApp.create(name).getId(); }
  function open(id) { return err(function () { SpreadsheetApp.openById(id).getName(); }); }
  function openUrl(url) { return err(function () { SpreadsheetApp.openByUrl(url).getName(); }); }
  function sharing(id) {
    var ss = SpreadsheetApp.openById(id);
    return [ss.getOwner().getEmail(), emails(ss.getEditors()), emails(ss.getViewers())];
  }
  function share(id, editors, viewers) {
    var ss = SpreadsheetApp.openById(id);
    if (editors.length) ss.addEditors(editors);
    if (viewers.length) ss.addViewers(viewers);
  }
  function helpers() { var ss = SpreadsheetApp.getActiveSpreadsheet();
    return [typeof ss.sharing, typeof ss.share, typeof ss.unshare, typeof ss._sharing]; }
  function makeForm() { var f = FormApp.create('Опрос');
    f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId()); return f.getId(); }
  function openForm(id) { return err(function () { FormApp.openById(id).getTitle(); }); }
  function shareForm(id, who) { FormApp.openById(id).addEditor(who);
    return emails(FormApp.openById(id).getEditors()); }
  function unshareEditor(id, who) { SpreadsheetApp.openById(id).removeEditor(who); }
  function unshareViewer(id, who) { SpreadsheetApp.openById(id).removeViewer(who); }
  function writes(id) {
    var ss = SpreadsheetApp.openById(id);
    var sh = ss.getSheets()[0];
    return [
      sh.getRange('A1').getValue(),
      err(function () { sh.getRange('A1').setValue('x'); }),
      err(function () { sh.getRange('A1:B1').setValues([['x', 'y']]); }),
      err(function () { sh.appendRow(['x']); }),
      err(function () { ss.insertSheet('New'); }),
      err(function () { ss.deleteSheet(sh); }),
      err(function () { sh.setName('Renamed'); }),
      err(function () { ss.addEditor('x@mail.test'); }),
    ];
  }`;

function env(options = {}): GasEnvironment {
  const e = createGasEnvironment({ users: [TEACHER, PARENT], ...options });
  e.load(SCRIPT);
  return e;
}

describe('per-file sharing', () => {
  it('makes a new spreadsheet private to its creator (the effective user owns it)', () => {
    const e = env();
    const id = e.as(TEACHER).call('make', 'Мой файл') as string;
    expect(e.files.get(id).sharing()).toEqual({
      owner: TEACHER,
      editors: [],
      viewers: [],
      domainAccess: 'none',
    });
    expect(e.as(TEACHER).call('open', id)).toBe('ok');
    expect(e.call('open', id)).toBe(MESSAGES.noAccess);
    expect(e.call('openUrl', e.files.get(id).getUrl())).toBe(MESSAGES.noAccess);
    expect(e.call('open', 'no-such-id')).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('lists the owner among the editors, and editors and the owner among the viewers', () => {
    const e = env();
    const id = e.call('make', 'Школа') as string;
    e.call('share', id, [TEACHER], [PARENT]);
    expect(e.call('sharing', id)).toEqual([ADMIN, [ADMIN, TEACHER], [ADMIN, TEACHER, PARENT]]);
    expect(e.as(PARENT).call('sharing', id)).toEqual([ADMIN, [], []]);
  });

  it('promotes a viewer to editor, leaves an editor alone on addViewer, and removes', () => {
    const e = env();
    const id = e.call('make', 'Школа') as string;
    e.call('share', id, [], [TEACHER]);
    expect(e.files.accessOf(id, TEACHER)).toBe('viewer');
    e.call('share', id, [TEACHER], []);
    expect(e.files.accessOf(id, TEACHER)).toBe('editor');
    e.call('share', id, [], [TEACHER]);
    expect(e.files.accessOf(id, TEACHER)).toBe('editor');
    e.call('unshareViewer', id, TEACHER);
    expect(e.files.accessOf(id, TEACHER)).toBe('editor');
    e.call('unshareEditor', id, TEACHER);
    expect(e.files.accessOf(id, TEACHER)).toBe('none');
    expect(e.call('open', id)).toBe('ok');
  });

  it("refuses a viewer's writes and lets an editor write", () => {
    const e = env();
    const id = e.call('make', 'Школа') as string;
    e.files.get(id).sheet('Sheet1').getRange('A1').setValue('kept');
    e.call('share', id, [TEACHER], [PARENT]);
    expect(e.as(PARENT).call('writes', id)).toEqual([
      'kept',
      ...Array<string>(7).fill(MESSAGES.noEdit),
    ]);
    expect(e.files.get(id).sheetValues('Sheet1')).toEqual([['kept']]);
    expect(e.as(TEACHER).call('writes', id)).toEqual(['kept', ...Array<string>(7).fill('ok')]);
  });

  it('gives the bound spreadsheet a configurable sharing, and refuses a user without access', () => {
    const e = env({ spreadsheetSharing: { editors: [TEACHER] } });
    e.load(`function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }`);
    expect(e.spreadsheet.sharing().editors).toEqual([TEACHER]);
    expect(e.as(TEACHER).call('name')).toBe('Дистант');
    expect(() => e.as(PARENT).call('name')).toThrow(MESSAGES.noAccess);
    expect(e.files.canEdit(e.spreadsheet, TEACHER)).toBe(true);
    expect(e.files.canEdit(e.spreadsheet, PARENT)).toBe(false);
    expect(e.call('helpers')).toEqual(Array<string>(4).fill('undefined'));
  });

  it('grants domain-wide access only inside a Workspace domain', () => {
    const ws = env({
      workspaceDomain: 'school.test',
      users: [TEACHER, PARENT],
      spreadsheetSharing: { domainAccess: 'edit' },
    });
    expect(ws.files.accessOf(ws.spreadsheet, TEACHER)).toBe('editor');
    expect(ws.files.accessOf(ws.spreadsheet, PARENT)).toBe('none');
    const consumer = env({ spreadsheetSharing: { domainAccess: 'edit' } });
    expect(consumer.files.accessOf(consumer.spreadsheet, TEACHER)).toBe('none');
  });

  it('lets a test create files that exist before the run and list every file', () => {
    const e = env();
    const teachers = e.files.create('Учителя', { owner: TEACHER, viewers: [ADMIN] });
    expect(e.files.get(teachers.getUrl())).toBe(teachers);
    expect(e.files.list().map((f) => [f.name, f.owner, f.viewers])).toEqual([
      ['Дистант', ADMIN, []],
      ['Учителя', TEACHER, [ADMIN]],
    ]);
    expect(e.call('writes', teachers.getId())).toContain(MESSAGES.noEdit);
  });

  it("makes a form its creator's: another user cannot open it until it is shared", () => {
    const e = env({ spreadsheetSharing: { editors: [TEACHER] } });
    const id = e.call('makeForm') as string;
    const notFound =
      'No item with the given ID could be found, or you do not have permission to access it.';
    expect(e.as(TEACHER).call('openForm', id)).toBe(notFound);
    expect(e.as(TEACHER).call('makeForm')).toEqual(expect.any(String));
    expect(e.call('shareForm', id, TEACHER)).toEqual([ADMIN, TEACHER]);
    expect(e.as(TEACHER).call('openForm', id)).toBe('ok');
    expect(() => e.as(PARENT).call('makeForm')).toThrow(MESSAGES.noAccess);
  });

  it('enforces the manifest scopes when given: spreadsheets.currentonly opens no other file', () => {
    const scopes = (...names: string[]): string[] =>
      names.map((n) => `https://www.googleapis.com/auth/${n}`);
    const current = env({ oauthScopes: scopes('spreadsheets.currentonly', 'script.send_mail') });
    const other = current.files.create('Учителя');
    expect(current.call('open', other.getId())).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => current.call('make', 'Новый')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => current.call('makeForm')).toThrow(
      'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms',
    );
    const full = env({ oauthScopes: scopes('spreadsheets', 'forms') });
    expect(full.call('open', full.files.create('Учителя').getId())).toBe('ok');
    expect(full.call('makeForm')).toEqual(expect.any(String));
  });
});
