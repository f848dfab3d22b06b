import {
  addStaff,
  addTeacher,
  canEditSheet,
  DEPUTY,
  fileNamed,
  fireHourly,
  openSecondSpreadsheet,
  shareWithStaff,
  staffEmails,
  TEACHER,
  TEACHER_2,
  triggersByUser,
  typeAs,
  valuesOfFile,
} from '../support/users';
import { createGasEnvironment, MESSAGES } from './index';

const SCRIPT = `
  function protectSettings() {
    var p = SpreadsheetApp.getActive().getSheetByName('Настройки').protect();
    p.removeEditors(p.getEditors());
  }
  function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
  var ticks = [];
  function tick() { ticks.push([Session.getEffectiveUser().getEmail(), new Date().toISOString()]); }
  function takeTicks() { var t = ticks; ticks = []; return t; }`;

describe('test/support/users helpers', () => {
  it('lists staff, shares the school file with them, and types as a teacher', () => {
    const env = createGasEnvironment({ now: '2026-09-07T06:00:00Z' });
    env.load(SCRIPT);
    env.spreadsheet.setSheetValues('Настройки', [['Ключ', 'Значение']]);
    addTeacher(env);
    addTeacher(env, TEACHER_2, { name: 'Петров Пётр' });
    addStaff(env, DEPUTY, { role: 'admin' });
    expect(env.spreadsheet.sheetValues('Педагоги')).toEqual([
      ['ФИО', 'Email', 'Роль'],
      ['ivanova', TEACHER, 'учитель'],
      ['Петров Пётр', TEACHER_2, 'учитель'],
      ['deputy', DEPUTY, 'администратор'],
    ]);
    expect(staffEmails(env)).toEqual([TEACHER, TEACHER_2, DEPUTY]);
    expect(typeAs(env, TEACHER, 'Настройки', 'A2', 'admin_emails')).toBe(MESSAGES.noAccess);
    expect(shareWithStaff(env)).toEqual([TEACHER, TEACHER_2, DEPUTY]);
    expect(typeAs(env, TEACHER, 'Настройки', 'A2', 'admin_emails')).toBeNull();
    env.call('protectSettings');
    expect(typeAs(env, TEACHER, 'Настройки', 'B2', 'me@mail.test')).toBe(MESSAGES.protectedCell);
    expect(canEditSheet(env, TEACHER, 'Настройки')).toBe(false);
    expect(canEditSheet(env, TEACHER, 'Педагоги', 'A1')).toBe(true);
    expect(valuesOfFile(env.spreadsheet)['Настройки']).toEqual([
      ['Ключ', 'Значение'],
      ['admin_emails', ''],
    ]);
  });

  it("opens a second spreadsheet, finds files by name, fires one user's hourly tick and reads triggers per user", () => {
    const env = createGasEnvironment({ now: '2026-09-07T06:00:00Z', users: [DEPUTY] });
    env.load(SCRIPT);
    const teachers = openSecondSpreadsheet(env, 'Учителя', {
      owner: DEPUTY,
      editors: [TEACHER],
      sheets: { Журнал: [['Дата', 'Класс']] },
    });
    expect(fileNamed(env, 'Учителя')).toBe(teachers);
    expect(valuesOfFile(teachers)).toEqual({ Sheet1: [], Журнал: [['Дата', 'Класс']] });
    expect(env.files.accessOf(teachers, 'admin@school.test')).toBe('none');
    env.call('install');
    env.as(DEPUTY).call('install');
    expect(triggersByUser(env)).toEqual({
      'admin@school.test': ['tick:CLOCK'],
      [DEPUTY]: ['tick:CLOCK'],
    });
    expect(fireHourly(env, DEPUTY)).toBe(1);
    expect(env.call('takeTicks')).toEqual([[DEPUTY, '2026-09-07T07:00:00.000Z']]);
  });
});
