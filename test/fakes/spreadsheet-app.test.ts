import { createGasEnvironment, formatDate, type GasEnvironment } from './index';

function withScript(code: string, opts = {}): GasEnvironment {
  const env = createGasEnvironment(opts);
  env.load(code);
  return env;
}

describe('Range', () => {
  const env = withScript(`
    function sh() { return SpreadsheetApp.getActiveSheet(); }
    function err(fn) { try { fn(); return 'no error'; } catch (e) { return e.message; } }
    function dims() {
      return [
        err(function () { sh().getRange(1, 1, 2, 2).setValues([[1, 2]]); }),
        err(function () { sh().getRange(1, 1, 2, 2).setValues([[1, 2], [3]]); }),
        err(function () { sh().getRange(1, 1, 1, 1).setFormulas([['=A2', '=A3']]); }),
        err(function () { sh().getRange(1, 0); }),
        err(function () { sh().getRange(1, 1, 0, 1); }),
        err(function () { sh().getRange(1, 1, 1, 0); }),
        err(function () { sh().getRange(1001, 1); }),
        err(function () { sh().getRange('AA1'); }),
        err(function () { sh().getRange('not a range!'); }),
      ];
    }
    function coerce() {
      var r = sh().getRange('A1:H1');
      r.setValues([['=SUM(B1:C1)', "'=x", "'007", '5', '-3.5', 'TRUE', 'text', '2026-11-28']]);
      return [r.getValues()[0], r.getFormulas()[0], r.getDisplayValues()[0]];
    }
  `);

  it('rejects wrong dimensions and bad coordinates with the real messages', () => {
    expect(env.call('dims')).toEqual([
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 1.',
      'The starting column of the range is too small.',
      'The number of rows in the range must be at least 1.',
      'The number of columns in the range must be at least 1.',
      'The coordinates of the range are outside the dimensions of the sheet.',
      'The coordinates of the range are outside the dimensions of the sheet.',
      'Range not found',
    ]);
  });

  it('stores strings like Sheets does: formulas, apostrophes, numbers, booleans, dates', () => {
    const [values, formulas, display] = env.call('coerce') as unknown[][];
    expect(values?.slice(0, 7)).toEqual(['#ERROR!', '=x', '007', 5, -3.5, true, 'text']);
    expect(values?.[7]).toEqual(new Date('2026-11-27T21:00:00Z'));
    expect(formulas).toEqual(['=SUM(B1:C1)', '', '', '', '', '', '', '']);
    expect(display).toEqual(['#ERROR!', '=x', '007', '5', '-3.5', 'TRUE', 'text', '11/28/2026']);
    expect(env.spreadsheet.formulasIn('Sheet1')).toEqual([{ a1: 'A1', formula: '=SUM(B1:C1)' }]);
  });

  it('keeps text in plain-text cells and returns copies', () => {
    const e = withScript(`function f() {
      var r = SpreadsheetApp.getActiveSheet().getRange('A1:B1').setNumberFormat('@');
      r.setValues([['007', '=1+1']]);
      var v = r.getValues(); v[0][0] = 'changed';
      return r.getValues()[0];
    }`);
    expect(e.call('f')).toEqual(['007', '=1+1']);
  });

  it('formats display values by number format and locale', () => {
    const e = withScript(
      `function f() {
      var sh = SpreadsheetApp.getActiveSheet();
      sh.getRange('A1:C1').setValues([[new Date(Date.UTC(2026, 10, 28, 9, 5)), 3.456, true]]);
      sh.getRange('A2:B2').setValues([[new Date(Date.UTC(2026, 10, 28, 9, 5)), 0.25]]);
      sh.getRange('A2').setNumberFormat('dd.mm.yyyy hh:mm');
      sh.getRange('B2').setNumberFormat('0%');
      return sh.getRange('A1:C2').getDisplayValues();
    }`,
      { locale: 'ru_RU' },
    );
    expect(e.call('f')).toEqual([
      ['28.11.2026 12:05:00', '3,456', 'ИСТИНА'],
      ['28.11.2026 12:05', '25%', ''],
    ]);
  });

  it('enforces strict data validation and exposes the rule', () => {
    const e = withScript(`function f() {
      var r = SpreadsheetApp.getActiveSheet().getRange('A1:A3');
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет'], true)
        .setAllowInvalid(false).setHelpText('Выберите').build();
      r.setDataValidation(rule);
      r.setValues([['да'], [''], ['нет']]);
      var got = r.getDataValidation();
      var msg; try { r.getCell(2, 1).setValue('может быть'); } catch (err) { msg = err.message; }
      return [got.getCriteriaType(), got.getCriteriaValues(), got.getAllowInvalid(), got.getHelpText(), msg,
        got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST];
    }`);
    expect(e.call('f')).toEqual([
      'VALUE_IN_LIST',
      [['да', 'нет'], true],
      false,
      'Выберите',
      'The data you entered in cell A2 violates the data validation rules set on this cell. Please enter one of the following values: да, нет.',
      true,
    ]);
  });
});

describe('Sheet and Spreadsheet', () => {
  it('grows with appendRow / insertRowsAfter and tracks the data extent', () => {
    const env = withScript(`function f() {
      var sh = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');
      sh.deleteRows(3, 997);
      sh.appendRow(['a']); sh.appendRow(['b']); sh.appendRow(['c', 'd']);
      var after = [sh.getMaxRows(), sh.getLastRow(), sh.getLastColumn()];
      sh.insertRowsAfter(1, 2);
      sh.insertColumnsAfter(26, 4);
      return after.concat([sh.getMaxRows(), sh.getMaxColumns(), sh.getRange(4, 1).getValue(), sh.getDataRange().getA1Notation()]);
    }`);
    expect(env.call('f')).toEqual([3, 3, 2, 5, 30, 'b', 'A1:B5']);
    expect(env.spreadsheet.sheetValues('Log')).toEqual([
      ['a', ''],
      ['', ''],
      ['', ''],
      ['b', ''],
      ['c', 'd'],
    ]);
  });

  it('manages sheets with the real errors', () => {
    const env = withScript(`function f() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var out = [];
      ss.insertSheet('Ученики');
      try { ss.insertSheet('ученики'); } catch (e) { out.push(e.message); }
      out.push(ss.getSheetByName('Нет') === null, ss.getActiveSheet().getName(), ss.getSheets().length);
      ss.deleteSheet(ss.getSheetByName('Sheet1'));
      try { ss.deleteSheet(ss.getSheets()[0]); } catch (e) { out.push(e.message); }
      out.push(ss.getRange("'Ученики'!B2:C3").getA1Notation(), ss.getSpreadsheetTimeZone());
      return out;
    }`);
    expect(env.call('f')).toEqual([
      'A sheet with the name "ученики" already exists. Please enter another name.',
      true,
      'Ученики',
      2,
      "You can't remove all the visible sheets in a document.",
      'B2:C3',
      'Europe/Moscow',
    ]);
    expect(env.spreadsheet.sheetNames()).toEqual(['Ученики']);
  });

  it('protects sheets and sorts', () => {
    const env = createGasEnvironment();
    env.spreadsheet.setSheetValues('Marks', [
      ['name', 'mark'],
      ['Вова', 3],
      ['Аня', 5],
      ['Петя', ''],
    ]);
    env.load(`function f() {
      var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Marks');
      sh.setFrozenRows(1);
      sh.sort(2, false);
      var p = sh.protect().setDescription('only admin');
      p.addEditors(['t@school.test']); p.removeEditors(['t@school.test', 'admin@school.test']);
      return [p.canEdit(), p.getEditors().map(function (u) { return u.getEmail(); }),
        sh.getProtections(SpreadsheetApp.ProtectionType.SHEET).length];
    }`);
    expect(env.call('f')).toEqual([true, ['admin@school.test'], 1]);
    expect(env.spreadsheet.sheetValues('Marks')).toEqual([
      ['name', 'mark'],
      ['Аня', 5],
      ['Вова', 3],
      ['Петя', ''],
    ]);
  });
});

describe('Ui', () => {
  it('records menus, alerts with queued answers, toasts and sidebars; no Ui in time triggers', () => {
    const env = withScript(`
      function onOpen() {
        var ui = SpreadsheetApp.getUi();
        ui.createMenu('Дистант').addItem('Настроить', 'setup').addSeparator()
          .addSubMenu(ui.createMenu('Отчёты').addItem('Неделя', 'weekly')).addToUi();
      }
      function ask() {
        var ui = SpreadsheetApp.getUi();
        var a = ui.alert('Удалить?', 'Точно?', ui.ButtonSet.YES_NO);
        var b = ui.alert('Готово');
        SpreadsheetApp.getActiveSpreadsheet().toast('Сохранено', 'Дистант', 3);
        ui.showSidebar(HtmlService.createHtmlOutput('<b>hi</b>').setTitle('Панель'));
        return [a === ui.Button.NO, b];
      }
      function tick() { SpreadsheetApp.getUi(); }`);
    env.call('onOpen');
    expect(env.ui.menu('Дистант')).toEqual({
      title: 'Дистант',
      addon: false,
      items: [
        { caption: 'Настроить', functionName: 'setup' },
        { caption: '', separator: true },
        {
          caption: 'Отчёты',
          submenu: {
            title: 'Отчёты',
            addon: false,
            items: [{ caption: 'Неделя', functionName: 'weekly' }],
          },
        },
      ],
    });
    env.ui.queueAlertResponses('NO');
    expect(env.call('ask')).toEqual([true, 'OK']);
    expect(env.ui.alerts.map((a) => a.response)).toEqual(['NO', 'OK']);
    expect(env.ui.toasts).toEqual([{ message: 'Сохранено', title: 'Дистант', timeoutSeconds: 3 }]);
    expect(env.ui.sidebars[0]).toMatchObject({ title: 'Панель', content: '<b>hi</b>' });
    env.load(
      `function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }`,
    );
    env.call('install');
    expect(() => env.triggers.fireTimeTriggers()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('setValues reads strings by the spreadsheet locale', () => {
  const script = `
    function put(values, format) {
      var r = SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, values.length);
      if (format) r.setNumberFormat(format);
      r.setValues([values]);
      return r.getValues()[0];
    }`;
  const typed = ['28.11.2026', '9:20', '3,5', '11/28/2026', "'28.11.2026", 'пн–пт'];

  it('ru_RU: a date, a time and a decimal comma become values; an apostrophe keeps text', () => {
    const env = withScript(script, { locale: 'ru_RU', timeZone: 'Europe/Moscow' });
    const [date, time, decimal, us, kept, word] = env.call('put', typed) as unknown[];
    expect(date).toEqual(new Date('2026-11-27T21:00:00Z'));
    expect(time).toBeInstanceOf(Date);
    expect(formatDate(time as Date, 'Europe/Moscow', 'yyyy-MM-dd HH:mm')).toBe('1899-12-30 09:20');
    expect([decimal, us, kept, word]).toEqual([3.5, '11/28/2026', '28.11.2026', 'пн–пт']);
  });

  it('en_US: m/d/yyyy is a date, dd.mm.yyyy stays text', () => {
    const env = withScript(script, { locale: 'en_US', timeZone: 'Europe/Moscow' });
    const [date, , decimal, us] = env.call('put', typed) as unknown[];
    expect([date, decimal]).toEqual(['28.11.2026', '3,5']);
    expect(us).toEqual(new Date('2026-11-27T21:00:00Z'));
  });

  it('a plain-text cell («@») keeps everything as typed, an apostrophe included', () => {
    const env = withScript(script, { locale: 'ru_RU' });
    expect(env.call('put', typed, '@')).toEqual(typed);
  });
});
