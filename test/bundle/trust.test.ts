/**
 * The trust boundary through the BUILT bundle, in fakes that enforce sharing, protections and
 * per-user triggers: a one-file school shared with all its staff is set up, then a teacher tries
 * every edit the files let them make, and a second administrator sets up and takes the mail over.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import type { Grid } from '../../src/domain/cells';
import { SHEET_SPECS } from '../../src/domain/sheets';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { type CellValue, type GasEnvironment, MESSAGES } from '../fakes';
import { loadBundle, setSetting, teachersFile, valuesOf, writeSheets } from '../support/gas';
import {
  addStaff,
  DEPUTY,
  fireHourly,
  shareWithStaff,
  triggersByUser,
  typeAs,
} from '../support/users';

const zone = intlZone('Europe/Moscow');
const moscow = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
const S = ru.sheets;

/** The demo school in one file, shared with every member of its staff, set up by its deputy head. */
function sharedSchool(): {
  env: GasEnvironment;
  admin: string;
  teacher: string;
  staff: string[];
  before: Record<string, CellValue[][]>;
} {
  const grids = demoSchool({ weekOf: '2026-11-27', zone });
  const settings = grids[S.settings.name]!;
  const admin = String(settings.find((r) => r[0] === 'admin_emails')?.[1]).split(/[,\s]+/)[0]!;
  const env = loadBundle({ now: moscow('2026-11-27', '12:10'), userEmail: admin, mailQuota: 1500 });
  writeSheets(env, grids);
  setSetting(env, 'mail_mode', 'live');
  setSetting(env, 'quota_reserve', 0);
  const staff = shareWithStaff(env);
  const staffRows = grids[S.staff.name]!;
  const teacher = String(staffRows.find((r) => r[2] === 'учитель')?.[1]);
  const before = valuesOf(env);
  env.call('setupWorkbook');
  return { env, admin, teacher, staff, before };
}

const rowsOf = (grid: Grid | CellValue[][]): number => Math.max(0, grid.length - 1);

describe('a one-file school shared with all its staff, after setup', () => {
  const { env, admin, teacher, staff, before } = sharedSchool();
  const teachers = teachersFile(env);

  it('has every school cell in the right workbook with the same value', () => {
    let moved = 0;
    for (const spec of SHEET_SPECS) {
      const name = S[spec.key].name;
      if (spec.system) continue;
      const file = spec.home === 'teachers' ? teachers : env.spreadsheet;
      expect([name, file.sheetValues(name)]).toEqual([name, before[name]]);
      if (spec.home === 'teachers') {
        expect(env.spreadsheet.sheetNames()).not.toContain(name);
        moved += rowsOf(before[name]!);
      }
    }
    expect(moved).toBeGreaterThan(1000);
  });

  it('lets only the administrators edit the administration workbook, and the staff the teachers’', () => {
    const admins = staff.filter((e) => env.files.accessOf(env.spreadsheet, e) !== 'none');
    expect(
      admins.every(
        (e) =>
          e === admin ||
          /deputy|zavuch|admin/.test(e) ||
          env.files.accessOf(env.spreadsheet, e) === 'editor',
      ),
    ).toBe(true);
    const teachersOnStaff = staff.filter(
      (e) => e !== admin && env.files.accessOf(env.spreadsheet, e) === 'none',
    );
    expect(teachersOnStaff.length).toBeGreaterThan(10);
    for (const e of staff)
      expect([e, ['owner', 'editor'].includes(env.files.accessOf(teachers, e))]).toEqual([e, true]);
    expect(env.files.accessOf(env.spreadsheet, teacher)).toBe('none');
    const alert = env.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toContain(teachers.getUrl());
    expect(alert).toContain(teacher);
  });

  it('changes nothing on a second setup', () => {
    const admin1 = valuesOf(env);
    const t1 = teachers.sheetNames().map((n) => teachers.sheetValues(n));
    env.call('setupWorkbook');
    expect(valuesOf(env)).toEqual(admin1);
    expect(teachers.sheetNames().map((n) => teachers.sheetValues(n))).toEqual(t1);
  });

  it('marks the teachers’ workbook, so the add-on’s menu refuses to run a school there', () => {
    const marks = teachers.createDeveloperMetadataFinder().withKey('distant.role').find();
    expect(marks.map((m) => m.getValue())).toEqual(['teachers']);
  });
});

describe('a teacher', () => {
  const { env, teacher } = sharedSchool();
  const teachers = teachersFile(env);
  const header = teachers.sheetValues(S.schedule.name)[0]!;
  const col = (name: string): string => String.fromCharCode(65 + header.indexOf(name));

  it('fills the journal and the schedule in the teachers’ workbook', () => {
    expect(typeAs(env, teacher, S.journal.name, 'J2', 'молодец', teachers)).toBeNull();
    expect(
      typeAs(
        env,
        teacher,
        S.schedule.name,
        `${col(S.schedule.columns.topic!)}2`,
        'Новая тема',
        teachers,
      ),
    ).toBeNull();
  });

  it('cannot open the administration workbook: settings, roles, the outbox, the survey answers', () => {
    for (const sheet of [S.settings.name, S.staff.name, S.outbox.name, 'Опрос родителей'])
      expect(typeAs(env, teacher, sheet, 'B2', `${teacher}`)).toBe(MESSAGES.noAccess);
    expect(() => env.as(teacher).call('setupWorkbook')).toThrow(MESSAGES.noAccess);
  });

  it('cannot change the roster copy or the «Опубликовано» stamps', () => {
    expect(typeAs(env, teacher, S.pupils.name, 'B2', 'evil@mail.test', teachers)).toBe(
      MESSAGES.protectedCell,
    );
    expect(typeAs(env, teacher, S.staff.name, 'B2', teacher, teachers)).toBe(
      MESSAGES.protectedCell,
    );
    expect(
      typeAs(env, teacher, S.schedule.name, `${col(S.schedule.columns.published!)}2`, '', teachers),
    ).toBe(MESSAGES.protectedCell);
  });

  it('cannot publish a lesson by typing «согласовано», nor redirect the letters from a sheet of their own', () => {
    const grid = teachers.sheetValues(S.schedule.name);
    const status = header.indexOf(S.schedule.columns.status!);
    const date = header.indexOf(S.schedule.columns.date!);
    const resource = header.indexOf(S.schedule.columns.resource!);
    const row = grid.findIndex(
      (r, i) =>
        i > 0 &&
        r[status] === 'черновик' &&
        r[date] instanceof Date &&
        zone.parts(r[date]).date === '2026-11-30',
    );
    expect(row).toBeGreaterThan(0);
    const a1 = (c: number): string => `${String.fromCharCode(65 + c)}${row + 1}`;
    expect(
      typeAs(env, teacher, S.schedule.name, a1(resource), 'https://phish.example/login', teachers),
    ).toBeNull();
    expect(typeAs(env, teacher, S.schedule.name, a1(status), 'согласовано', teachers)).toBeNull();
    // A «Настройки» of the teacher's own in the teachers' workbook.
    teachers.setSheetValues(S.settings.name, [
      ['Ключ', 'Значение'],
      ['admin_emails', teacher],
      ['school_email', teacher],
    ]);

    env.clock.set(moscow('2026-11-27', '17:20'));
    env.triggers.fireTimeTriggers();
    const sent = env.mail.sent;
    expect(sent.filter((m) => String(m.subject).startsWith('Расписание')).length).toBeGreaterThan(
      10,
    );
    expect(
      sent.some(
        (m) =>
          String(m.body).includes('phish.example') &&
          String(m.to) !== env.spreadsheet.sharing().owner,
      ),
    ).toBe(false);
    expect(
      sent.some(
        (m) =>
          [m.to, m.cc, m.bcc, m.replyTo].map(String).join(',').includes(teacher) &&
          String(m.body).includes('Расписание'),
      ),
    ).toBe(false);
    const listed = env.spreadsheet
      .sheetValues(S.agreements.name)
      .find((r) => String(r[6]).includes('phish.example'));
    expect(listed?.[7]).toBe(ru.agreement.reasons.notByAdministration);
  });
});

describe('a second administrator', () => {
  it('sets up without a second dispatcher, takes the mail over, and the old triggers remove themselves', () => {
    const { env, admin } = sharedSchool();
    addStaff(env, DEPUTY, { role: 'admin' });
    env.call('setupWorkbook');
    fireHourly(env, admin);
    expect(env.forms.list()).toHaveLength(4);
    env.as(DEPUTY).call('setupWorkbook');
    expect(env.ui.alerts.at(-1)?.prompt).toContain(
      ru.triggers.ownedBy(admin, ru.menu.takeOverMail),
    );
    // The forms were shared with the deputy when the first setup saw them an administrator:
    // the deputy's setup repairs them, and makes none of its own.
    expect(env.forms.list()).toHaveLength(4);
    expect(triggersByUser(env)[DEPUTY]).toBeUndefined();
    expect(triggersByUser(env)[admin]).toHaveLength(3);

    env.as(DEPUTY).call('takeOverMail');
    expect(triggersByUser(env)[DEPUTY]).toHaveLength(3);
    fireHourly(env, admin);
    expect(triggersByUser(env)[admin]).toBeUndefined();
    fireHourly(env, DEPUTY);
    expect(triggersByUser(env)[DEPUTY]).toHaveLength(3);
    expect(env.triggers.list().filter((t) => t.type === 'CLOCK')).toHaveLength(1);
  });

  it('made an administrator after the forms: makes no second set of forms, and is told whom to ask', () => {
    const { env, admin } = sharedSchool();
    addStaff(env, DEPUTY, { role: 'admin' });
    const forms = env.forms.list().length;
    expect(forms).toBe(4);
    env.call('setupWorkbook');
    // Forms an older version made were shared with nobody: as if this setup had not shared them.
    for (const f of env.forms.list()) env.forms.get(f['id'])._sharing.removeEditor(DEPUTY);
    env.as(DEPUTY).call('setupWorkbook');
    expect(env.forms.list()).toHaveLength(forms);
    expect(env.ui.alerts.at(-1)?.prompt).toContain(
      ru.forms.formNotShared(ru.forms.forms.parentSurvey.title, admin),
    );
    // The first administrator's next setup shares them; then the deputy's repairs without a word.
    env.as(admin).call('setupWorkbook');
    env.as(DEPUTY).call('setupWorkbook');
    expect(env.forms.list()).toHaveLength(forms);
    expect(env.ui.alerts.at(-1)?.prompt).not.toContain(
      ru.forms.formNotShared(ru.forms.forms.parentSurvey.title, admin),
    );
  });
});
