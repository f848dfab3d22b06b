import { createGasEnvironment, MESSAGES, type GasEnvironment } from './index';

const ADMIN = 'admin@school.test';
const DEPUTY = 'deputy@school.test';
const TEACHER = 'teacher@school.test';
const PARENT = 'parent@mail.test';

const SCRIPT = `
  function err(fn) { try { fn(); return 'ok'; } catch (e) { return e.message; } }
  function emails(users) { return users.map(function (u) { return u.getEmail(); }); }
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
  function protectSheet(mode) {
    var p = sheet().protect().setDescription('system');
    if (mode === 'warning') p.setWarningOnly(true);
    if (mode === 'restrict' || mode === 'restrict-keep-domain') {
      p.addEditor(Session.getEffectiveUser());
      p.removeEditors(p.getEditors());
      if (mode === 'restrict' && p.canDomainEdit()) p.setDomainEdit(false);
    }
    return emails(p.getEditors());
  }
  function protectRange(a1, extra) {
    var p = sheet().getRange(a1).protect();
    p.removeEditors(p.getEditors());
    if (extra) p.addEditor(extra);
    return emails(p.getEditors());
  }
  function write(a1) { return err(function () { sheet().getRange(a1).setValue('x'); }); }
  function probe() {
    var sh = sheet();
    var ps = SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .concat(SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.RANGE));
    return {
      read: sh.getRange('A1').getValue(),
      write: write('A1'),
      append: err(function () { sh.appendRow(['x']); }),
      rename: err(function () { sh.setName('Mine'); }),
      insertRows: err(function () { sh.insertRowsAfter(1, 1); }),
      remove: err(function () { ps[0].remove(); }),
      editors: err(function () { ps[0].getEditors(); }),
      canEdit: ps[0].canEdit(),
    };
  }
  function unprotect(a1) {
    var p = sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    p.setUnprotectedRanges([sheet().getRange(a1)]);
  }`;

function school(options = {}): GasEnvironment {
  const e = createGasEnvironment({
    users: [PARENT],
    spreadsheetSharing: { editors: [DEPUTY, TEACHER], viewers: [PARENT] },
    ...options,
  });
  e.load(SCRIPT);
  e.spreadsheet.sheet('Sheet1').getRange('A1').setValue('secret');
  return e;
}

describe('protections', () => {
  it('starts with every current editor of the file and restricts nobody until its editors change', () => {
    const e = school();
    expect(e.call('protectSheet', 'plain')).toEqual([ADMIN, DEPUTY, TEACHER]);
    expect(e.as(TEACHER).call('write', 'A1')).toBe('ok');
  });

  it('restricts once the editors are removed: the owner and the protecting user stay, others are refused with the real message', () => {
    const e = school();
    expect(e.as(DEPUTY).call('protectSheet', 'restrict')).toEqual([ADMIN, DEPUTY]);
    expect(e.as(TEACHER).call('probe')).toEqual({
      read: 'secret',
      write: MESSAGES.protectedCell,
      append: MESSAGES.protectedCell,
      rename: MESSAGES.protectedCell,
      insertRows: MESSAGES.protectedCell,
      remove: MESSAGES.noEdit,
      editors: MESSAGES.noEdit,
      canEdit: false,
    });
    expect(e.spreadsheet.sheetValues('Sheet1')).toEqual([['secret']]);
    expect(e.as(DEPUTY).call('write', 'A1')).toBe('ok');
    expect(e.call('write', 'A2')).toBe('ok');
  });

  it('never hides data: a viewer reads a protected sheet and still cannot write', () => {
    const e = school();
    e.call('protectSheet', 'restrict');
    expect(e.as(PARENT).call('probe')).toMatchObject({
      read: 'secret',
      write: MESSAGES.noEdit,
      canEdit: false,
    });
  });

  it('warning-only protection restricts nobody, even after the editors change', () => {
    const e = school();
    e.call('protectSheet', 'warning');
    e.load(`function restrictAll() { var p = sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      p.removeEditors(p.getEditors()); }`);
    e.call('restrictAll');
    expect(e.as(TEACHER).call('probe')).toMatchObject({ write: 'ok', canEdit: true, remove: 'ok' });
  });

  it('protects a range: writes that touch it are refused, the rest of the sheet is free; an added editor may write', () => {
    const e = school();
    expect(e.call('protectRange', 'B2:C3', TEACHER)).toEqual([ADMIN, TEACHER]);
    e.call('protectRange', 'E1:E1');
    expect(e.as(DEPUTY).call('write', 'B2')).toBe(MESSAGES.protectedCell);
    expect(e.as(DEPUTY).call('write', 'A1:B2')).toBe(MESSAGES.protectedCell);
    expect(e.as(DEPUTY).call('write', 'D4')).toBe('ok');
    expect(e.as(TEACHER).call('write', 'B2')).toBe('ok');
    expect(e.as(TEACHER).call('write', 'E1')).toBe(MESSAGES.protectedCell);
    expect(e.files.canEdit(e.spreadsheet, TEACHER, "'Sheet1'!E1")).toBe(false);
    expect(e.files.canEdit(e.spreadsheet, TEACHER, "'Sheet1'!D1")).toBe(true);
  });

  it('leaves unprotected ranges of a protected sheet open', () => {
    const e = school();
    e.call('protectSheet', 'restrict');
    e.call('unprotect', 'A5:C9');
    expect(e.as(TEACHER).call('write', 'B6')).toBe('ok');
    expect(e.as(TEACHER).call('write', 'B9:B10')).toBe(MESSAGES.protectedCell);
  });

  it('in a Workspace file shared with the domain, removing editors is not enough: domain editing must go too', () => {
    const opts = {
      workspaceDomain: 'school.test',
      users: [TEACHER, PARENT],
      spreadsheetSharing: { domainAccess: 'edit' as const, viewers: [PARENT] },
    };
    const half = school(opts);
    half.call('protectSheet', 'restrict-keep-domain');
    expect(half.as(TEACHER).call('write', 'A1')).toBe('ok');
    const full = school(opts);
    full.call('protectSheet', 'restrict');
    expect(full.as(TEACHER).call('write', 'A1')).toBe(MESSAGES.protectedCell);
  });

  it('refuses setDomainEdit on a file owned by a consumer account, where canDomainEdit() is false', () => {
    const e = school();
    e.load(`function domain() { var p = sheet().protect();
      return [p.canDomainEdit(), err(function () { p.setDomainEdit(false); })]; }`);
    expect(e.call('domain')).toEqual([
      false,
      'Domain editing can only be set on a spreadsheet owned by a Google Workspace domain.',
    ]);
  });

  it('lets a simulated UI edit hit the same checks (a teacher typing into a protected cell)', () => {
    const e = school();
    e.call('protectSheet', 'restrict');
    const cell = e.spreadsheet.sheet('Sheet1').getRange('A1');
    expect(() => e.as(TEACHER).edit(cell, 'mine')).toThrow(MESSAGES.protectedCell);
    expect(e.spreadsheet.sheetValues('Sheet1')).toEqual([['secret']]);
    expect(() => e.as(DEPUTY).edit(cell, 'mine')).toThrow(MESSAGES.protectedCell);
    expect(e.as(ADMIN).edit(cell, 'changed')).toBe(0);
    expect(e.spreadsheet.sheetValues('Sheet1')).toEqual([['changed']]);
  });
});
