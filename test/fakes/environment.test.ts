import { createGasEnvironment } from './index';

describe('vm context', () => {
  it('holds only ECMAScript built-ins plus the fakes', () => {
    const env = createGasEnvironment();
    env.load(`function kinds() {
      return ['require', 'process', 'setTimeout', 'URL', 'Buffer', 'TextEncoder', 'fetch', 'module', 'global']
        .map(function (n) { return typeof globalThis[n]; })
        .concat([typeof SpreadsheetApp, typeof MailApp, typeof Utilities, typeof Logger, typeof console.log]);
    }`);
    expect(env.call('kinds')).toEqual([
      ...Array(9).fill('undefined'),
      'object',
      'object',
      'object',
      'object',
      'function',
    ]);
  });

  it('has a Date that follows the fake clock and passes instanceof for values from the fakes', () => {
    const env = createGasEnvironment({ now: '2026-11-28T07:30:00Z' });
    env.load(`function probe() {
      var sh = SpreadsheetApp.getActiveSheet();
      sh.getRange('A1').setValue(new Date(2026, 0, 5));
      var v = sh.getRange('A1').getValues()[0][0];
      return [new Date().toISOString(), Date.now(), v instanceof Date, v.constructor === Date,
        new Date(0).toISOString(), typeof Date(), Array.isArray(sh.getRange('A1:B2').getValues())];
    }`);
    expect(env.call('probe')).toEqual([
      '2026-11-28T07:30:00.000Z',
      Date.parse('2026-11-28T07:30:00Z'),
      true,
      true,
      '1970-01-01T00:00:00.000Z',
      'string',
      true,
    ]);
    env.clock.advance(60_000);
    env.load('function t() { return Date.now(); }');
    expect(env.call('t')).toBe(Date.parse('2026-11-28T07:31:00Z'));
  });

  it('throws context-realm errors named Exception with the real messages', () => {
    const env = createGasEnvironment();
    env.load(`function probe() {
      try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, String(e)]; }
    }`);
    expect(env.call('probe')).toEqual([
      true,
      'Exception: The starting row of the range is too small.',
    ]);
    expect(() => env.call('nothing')).toThrow('"nothing" is not a function');
  });

  it('counts every service call, cells read and written; enum reads are free', () => {
    const env = createGasEnvironment();
    env.load(`function work() {
      var t = SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST;
      var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sh.getRange(1, 1, 10, 3).setValues(Array.from({ length: 10 }, function () { return [1, 2, 3]; }));
      sh.getRange('A1:C10').getValues();
      sh.appendRow(['x', 'y']);
      MailApp.getRemainingDailyQuota();
      return t;
    }`);
    expect(env.call('work')).toBe('VALUE_IN_LIST');
    expect(env.counters.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 1,
      'Sheet.appendRow': 1,
      'MailApp.getRemainingDailyQuota': 1,
    });
    expect(env.counters.calls).toBe(8);
    expect(env.counters.cellsRead).toBe(30);
    expect(env.counters.cellsWritten).toBe(32);
    env.counters.reset();
    expect(env.counters.calls).toBe(0);
  });

  it('hides internals and test helpers from the script', () => {
    const env = createGasEnvironment();
    env.load(`function probe() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var r = ss.getActiveSheet().getRange('B3');
      return [typeof ss.sheetValues, typeof r._row, typeof r.row, r.getRow(), String(r)];
    }`);
    expect(env.call('probe')).toEqual(['undefined', 'undefined', 'undefined', 3, 'Range']);
  });

  it('can add latency per call and enforces the 6-minute execution limit', () => {
    const env = createGasEnvironment({ callLatencyMs: 1000 });
    env.load(`function loop() { var n = 0; while (true) { SpreadsheetApp.flush(); n++; } }
      function elapsed() { var t = Date.now(); SpreadsheetApp.flush(); return Date.now() - t; }`);
    expect(env.call('elapsed')).toBe(1000);
    expect(() => env.call('loop')).toThrow('Exceeded maximum execution time');
  });

  it('records console and Logger lines', () => {
    const env = createGasEnvironment();
    env.load(
      `function log() { console.log('a %s', 1); console.error('bad'); Logger.log('n=%s', 5); return Logger.getLog(); }`,
    );
    expect(env.call('log')).toBe('n=5');
    expect(env.logs).toEqual(['a 1', 'ERROR bad', 'n=5']);
  });

  it('denies authorised services in simple-trigger and NONE auth modes', () => {
    const env = createGasEnvironment();
    env.load(`function mail() { MailApp.sendEmail('a@b.test', 's', 'b'); }
      function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'openSidebar').addToUi();
        if (e.authMode !== 'NONE') SpreadsheetApp.getActiveSpreadsheet().getName(); }
      function readInNone() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }`);
    expect(() => env.callAs('LIMITED', 'mail')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(env.triggers.fireOpen('NONE')).toBe(true);
    expect(env.ui.menu()?.items).toEqual([{ caption: 'Открыть', functionName: 'openSidebar' }]);
    expect(() => env.callAs('NONE', 'readInNone')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
  });
});
