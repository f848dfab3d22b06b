import { createGasEnvironment, MESSAGES } from './index';

const TEACHER = 'teacher@school.test';

const SCRIPT = `
  function err(fn) { try { fn(); return 'ok'; } catch (e) { return e.message; } }
  function prepare() {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var sh = ss.insertSheet('Журнал');
    sh.getRange('A1:C2').setValues([['Дата', 'Отметка', 'Итог'], [new Date(Date.UTC(2026, 8, 1)), 5, '']]);
    sh.getRange('C2').setFormula('=B2*2');
    sh.getRange('A2').setNumberFormat('dd.mm.yyyy');
    sh.getRange('B1').setNote('1–5');
    sh.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 5).setAllowInvalid(false).build());
    sh.setFrozenRows(1);
    sh.protect().setDescription('kept here only');
  }
  function migrate() {
    var from = SpreadsheetApp.getActiveSpreadsheet();
    var to = SpreadsheetApp.create('Учителя');
    var copy = from.getSheetByName('Журнал').copyTo(to);
    var name = copy.getName();
    copy.setName('Журнал');
    to.deleteSheet(to.getSheets()[0]);
    from.deleteSheet(from.getSheetByName('Журнал'));
    var r = copy.getRange('A1:C2');
    return {
      id: to.getId(),
      name: name,
      sheets: to.getSheets().map(function (s) { return s.getName(); }),
      left: from.getSheets().map(function (s) { return s.getName(); }),
      values: r.getValues(),
      formulas: r.getFormulas(),
      formats: r.getNumberFormats()[1][0],
      note: copy.getRange('B1').getNote(),
      rule: copy.getRange('B2').getDataValidation().getCriteriaType(),
      invalid: err(function () { copy.getRange('B2').setValue(9); }),
      frozen: copy.getFrozenRows(),
      protections: copy.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
    };
  }
  function copyTwice() {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var sh = ss.getSheets()[0];
    return [sh.copyTo(ss).getName(), sh.copyTo(ss).getName(), ss.getActiveSheet().getName()];
  }
  function dropdowns() {
    var from = SpreadsheetApp.getActiveSpreadsheet();
    var classes = from.insertSheet('Классы');
    classes.getRange('A1:A3').setValues([['Класс'], ['5А'], ['6Б']]);
    var schedule = from.insertSheet('Расписание');
    schedule.getRange('A2:A10').setDataValidation(SpreadsheetApp.newDataValidation()
      .requireValueInRange(classes.getRange('A2:A100'), true).build());
    var withCopy = SpreadsheetApp.create('С классами');
    withCopy.insertSheet('Классы').getRange('A2').setValue('7В');
    var without = SpreadsheetApp.create('Без классов');
    var a = schedule.copyTo(withCopy).getRange('A2').getDataValidation();
    var b = schedule.copyTo(without).getRange('A2').getDataValidation();
    var range = a.getCriteriaValues()[0];
    return [range.getSheet().getParent().getName(), range.getA1Notation(), range.getValues()[0][0], b];
  }
  function copyInto(id) {
    return err(function () { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].copyTo(SpreadsheetApp.openById(id)); });
  }`;

describe('Sheet.copyTo and a move between files', () => {
  it('copies values, formulas, formats, notes, validations and frozen rows, but not protections', () => {
    const env = createGasEnvironment();
    env.load(SCRIPT);
    env.call('prepare');
    const out = env.call('migrate') as Record<string, unknown>;
    expect(out).toEqual({
      id: expect.any(String),
      name: 'Copy of Журнал',
      sheets: ['Журнал'],
      left: ['Sheet1'],
      values: [
        ['Дата', 'Отметка', 'Итог'],
        [new Date(Date.UTC(2026, 8, 1)), 5, '#ERROR!'],
      ],
      formulas: [
        ['', '', ''],
        ['', '', '=B2*2'],
      ],
      formats: 'dd.mm.yyyy',
      note: '1–5',
      rule: 'NUMBER_BETWEEN',
      invalid: expect.stringContaining('violates the data validation rules'),
      frozen: 1,
      protections: 0,
    });
    expect(env.files.get(out.id as string).sharing().owner).toBe('admin@school.test');
  });

  it('names the copy by locale and numbers a taken name; the copy goes last and is not activated', () => {
    const en = createGasEnvironment();
    en.load(SCRIPT);
    expect(en.call('copyTwice')).toEqual(['Copy of Sheet1', 'Copy of Sheet1 2', 'Sheet1']);
    const ru = createGasEnvironment({ locale: 'ru_RU' });
    ru.load(SCRIPT);
    expect(ru.call('copyTwice')).toEqual(['Копия Лист1', 'Копия Лист1 2', 'Лист1']);
    expect(ru.spreadsheet.sheetNames()).toEqual(['Лист1', 'Копия Лист1', 'Копия Лист1 2']);
  });

  it('points a drop-down from a range at the same-named sheet of the destination, or drops it', () => {
    const env = createGasEnvironment();
    env.load(SCRIPT);
    expect(env.call('dropdowns')).toEqual(['С классами', 'A2:A100', '7В', null]);
  });

  it('needs edit access to the destination', () => {
    const env = createGasEnvironment({ users: [TEACHER] });
    env.load(SCRIPT);
    const theirs = env.files.create('Чужой', { owner: TEACHER, viewers: ['admin@school.test'] });
    expect(env.call('copyInto', theirs.getId())).toBe(MESSAGES.noEdit);
    env.files.share(theirs, { editors: ['admin@school.test'] });
    expect(env.call('copyInto', theirs.getId())).toBe('ok');
  });
});
