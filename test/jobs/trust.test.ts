/**
 * The trust boundary at job level: a one-file school shared with its staff is split into the
 * administration and the teachers' workbooks; then every edit a teacher can make is tried, and
 * none of them makes an administrator, changes whom a letter goes to or what it says, or
 * publishes a lesson the administration did not agree.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import type { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { instantOf } from '../../src/domain/calendar';
import { type Cell, cellText, type Grid } from '../../src/domain/cells';
import { SHEET_SPECS } from '../../src/domain/sheets';
import { demoSchool } from '../../src/demo';
import { applyAgreements } from '../../src/jobs/agreement';
import { sendChangeNotices } from '../../src/jobs/change-notices';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { publishNextDay } from '../../src/jobs/publish-schedule';
import { authorizeAdmin } from '../../src/jobs/shared/authorize';
import { loadSchool } from '../../src/jobs/shared/school';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { ru } from '../../src/i18n/ru';
import { twoFileSchool, type TwoFileSchool } from '../support/two-files';

const zone = intlZone('Europe/Moscow');
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

const ADMIN = 'zavuch@school.test';
const TEACHER = 'ivanova@school.test';
const STAFF = [TEACHER, 'petrov@school.test', ADMIN];
const FRIDAY = at('2026-11-27', '16:00');
const S = ru.sheets;

const header = (key: keyof typeof S): string[] => Object.values(S[key].columns);

/** A small school in one file: two classes, three pupils, three lessons on Monday. */
function oneFile(): Record<string, Grid> {
  const lesson = (
    id: string,
    cls: string,
    period: number,
    subject: string,
    teacher: string,
    status: string,
  ): Cell[] => [
    id,
    '30.11.2026',
    cls,
    period,
    `${String(8 + period).padStart(2, '0')}:00`,
    `${String(8 + period).padStart(2, '0')}:40`,
    subject,
    teacher,
    'онлайн',
    `https://meet.example/${id}`,
    'Тема',
    '',
    '',
    status,
    '',
    '',
  ];
  return {
    [S.settings.name]: [
      ['Ключ', 'Значение', 'Описание'],
      ['school_name', 'Школа № 1', ''],
      ['admin_emails', ADMIN, ''],
      ['school_email', 'school@school.test', ''],
      ['mail_mode', 'live', ''],
      ['quota_reserve', '0', ''],
    ],
    [S.classes.name]: [header('classes'), ['5А', TEACHER, ''], ['6Б', 'petrov@school.test', '']],
    [S.staff.name]: [
      header('staff'),
      ['Иванова Анна Петровна', TEACHER, 'учитель', 'Математика', ''],
      ['Петров Олег Ильич', 'petrov@school.test', 'учитель', 'История', ''],
      ['Завуч Ольга Сергеевна', ADMIN, 'администратор', '', ''],
    ],
    [S.pupils.name]: [
      header('pupils'),
      [
        'P1',
        'Алексеев Борис',
        '5А',
        '',
        'Алексеева Ирина',
        'alekseeva@mail.test',
        '+79120000001',
        '',
        '',
        '',
        'да',
      ],
      ['P2', 'Белова Вера', '5А', '', 'Белов Пётр', 'belov@mail.test', '', '', '', '', 'да'],
      ['P3', 'Волков Глеб', '6Б', '', 'Волкова Анна', 'volkova@mail.test', '', '', '', '', 'да'],
    ],
    [S.schedule.name]: [
      header('schedule'),
      lesson('L1', '5А', 1, 'Математика', TEACHER, 'согласовано'),
      lesson('L2', '5А', 2, 'История', 'petrov@school.test', 'черновик'),
      lesson('L3', '6Б', 1, 'История', 'petrov@school.test', 'согласовано'),
    ],
    [S.journal.name]: [header('journal')],
  };
}

function school(): TwoFileSchool {
  return twoFileSchool({ now: FRIDAY, admin: ADMIN, editors: STAFF, sheets: oneFile() });
}

/** Writes one cell of a lesson's row in the teachers' workbook, as a teacher would. */
function editLesson(t: MemoryWorkbook, id: string, column: string, value: Cell): void {
  const grid = t.peek(S.schedule.name);
  const row = grid.findIndex((r) => r[0] === id);
  const col = (grid[0] ?? []).indexOf(column);
  if (row < 0 || col < 0) throw new Error(`no ${id}/${column}`);
  t.write(S.schedule.name, row + 1, [[value]], col + 1);
}

/** Sets an administrator's decision on «Согласование» (administration workbook). */
function decide(admin: MemoryWorkbook, id: string, decision: string): void {
  const grid = admin.peek(S.agreements.name);
  const row = grid.findIndex((r) => r[0] === id);
  const col = (grid[0] ?? []).indexOf(S.agreements.columns.decision!);
  if (row < 0) throw new Error(`${id} is not on «Согласование»`);
  admin.write(S.agreements.name, row + 1, [[decision]], col + 1);
}

const deliverAll = (s: TwoFileSchool): void => {
  runScheduledJobs(s.ctx, { jobs: SCHEDULED_JOBS, deliverOnly: true });
};
const sentText = (s: TwoFileSchool): string =>
  s.mailer.sent.map((m) => `${m.subject}\n${m.text}`).join('\n');
const statusOf = (t: MemoryWorkbook, id: string): Cell =>
  t.peek(S.schedule.name).find((r) => r[0] === id)?.[13] ?? null;

describe('a one-file school shared with its staff, after setup', () => {
  const grids = demoSchool({ weekOf: '2026-11-23', zone });
  const settings = grids[S.settings.name]!;
  const admins = cellText(settings.find((r) => r[0] === 'admin_emails')?.[1]).split(/[,\s]+/);
  const staff = grids[S.staff.name]!.slice(1).map((r) => cellText(r[1]));
  const s = twoFileSchool({ now: FRIDAY, admin: admins[0]!, editors: staff, sheets: grids });
  const t = s.teachers();

  it('holds every teachers’ sheet in the teachers’ workbook, cell for cell, and none in the administration’s', () => {
    let rows = 0;
    for (const spec of SHEET_SPECS.filter((x) => x.home === 'teachers')) {
      const name = S[spec.key].name;
      const original = grids[name]!;
      expect(t.peek(name)).toEqual(original);
      rows += original.length - 1;
      expect(s.admin.sheetNames()).not.toContain(name);
    }
    expect(rows).toBeGreaterThan(1000);
  });

  it('keeps what decides what is sent in the administration workbook, unchanged', () => {
    for (const key of ['classes', 'staff', 'pupils'] as const)
      expect(s.admin.peek(S[key].name)).toEqual(grids[S[key].name]);
    for (const key of ['settings', 'outbox', 'agreements'] as const)
      expect(s.admin.sheetNames()).toContain(S[key].name);
  });

  it('gives teachers a roster without a single contact of a family', () => {
    const roster = t.peek(S.pupils.name);
    expect(roster[0]).toEqual(['ID', 'ФИО', 'Класс', 'Обучается']);
    expect(roster).toHaveLength(grids[S.pupils.name]!.length);
    expect(roster.flat().some((c) => /@|\+7\d/.test(cellText(c)))).toBe(false);
    expect(t.layouts.get(S.pupils.name)?.protection?.editors).toEqual(admins);
  });

  it('lets only the administrators edit the administration workbook, and the staff the teachers’', () => {
    expect(s.admin.access().editors.filter((e) => !admins.includes(e))).toEqual([]);
    expect(new Set([t.owner, ...t.access().editors])).toEqual(new Set([...staff, admins[0]]));
  });

  it('takes the lessons marked «согласовано» before the move as agreed by the administration', () => {
    const agreed = grids[S.schedule.name]!.filter((r) => r[13] === 'согласовано').length;
    const record = s.admin.peek(S.agreements.name);
    expect(record.length - 1).toBe(agreed);
    const loaded = loadSchool(s.ctx.workbook, s.clock);
    expect(loaded.lessons.filter((l) => l.value.status === 'agreed')).toHaveLength(agreed);
  });

  it('changes nothing on a second setup', () => {
    const before = [s.admin, t].map((wb) => wb.sheetNames().map((n) => [n, wb.peek(n)]));
    const outcome = setupWorkbook(s.ctx, { callerEmail: admins[0]! });
    expect(outcome.summary).toBe(ru.setup.nothingToDo);
    expect([s.admin, t].map((wb) => wb.sheetNames().map((n) => [n, wb.peek(n)]))).toEqual(before);
  });
});

describe('a teacher who edits the teachers’ workbook', () => {
  it('cannot become an administrator: settings and roles come from the administration workbook only', () => {
    const s = school();
    const t = s.teachers();
    t.createSheet(S.settings.name);
    t.write(S.settings.name, 1, [
      ['Ключ', 'Значение'],
      ['admin_emails', TEACHER],
      ['school_email', 'evil@mail.test'],
    ]);
    const staffRow = t.peek(S.staff.name).findIndex((r) => r[1] === TEACHER);
    t.write(S.staff.name, staffRow + 1, [['Иванова', TEACHER, 'администратор']]);
    const loaded = loadSchool(s.ctx.workbook, s.clock, ['staff']);
    expect(loaded.settings.adminEmails).toEqual([ADMIN]);
    expect(loaded.settings.schoolEmail).toBe('school@school.test');
    expect(authorizeAdmin(TEACHER, loaded.settings, loaded.staff)).toEqual({
      reason: 'notAdmin',
      email: TEACHER,
    });
  });

  it('cannot add an address to the families’ letters through the roster copy', () => {
    const s = school();
    const t = s.teachers();
    t.write(S.pupils.name, 1, [['ID', 'ФИО', 'Класс', 'Обучается', 'Email родителя 1']]);
    t.write(S.pupils.name, 2, [['P1', 'Алексеев Борис', '5А', 'да', 'evil@mail.test']]);
    publishNextDay(s.ctx);
    deliverAll(s);
    const recipients = s.mailer.sent.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
    expect(recipients).toContain('alekseeva@mail.test');
    expect(recipients).not.toContain('evil@mail.test');
  });

  it('cannot publish a lesson by typing «согласовано»: it waits for the administration', () => {
    const s = school();
    const t = s.teachers();
    editLesson(t, 'L2', S.schedule.columns.status!, 'согласовано');
    publishNextDay(s.ctx);
    deliverAll(s);
    expect(sentText(s)).not.toContain('meet.example/L2');
    expect(sentText(s)).toContain('meet.example/L1');

    const outcome = applyAgreements(s.ctx);
    expect(outcome.awaiting).toBe(1);
    expect(statusOf(t, 'L2')).toBe('на согласовании');
    const row = s.admin.peek(S.agreements.name).find((r) => r[0] === 'L2')!;
    expect(row[7]).toBe(ru.agreement.reasons.notByAdministration);
  });

  it('gets a lesson published once an administrator agrees it', () => {
    const s = school();
    const t = s.teachers();
    editLesson(t, 'L2', S.schedule.columns.status!, 'на согласовании');
    applyAgreements(s.ctx);
    decide(s.admin, 'L2', 'согласовать');
    const outcome = applyAgreements(s.ctx);
    expect(outcome.agreed).toBe(1);
    expect(statusOf(t, 'L2')).toBe('согласовано');
    publishNextDay(s.ctx);
    deliverAll(s);
    expect(sentText(s)).toContain('meet.example/L2');
  });

  it('cannot change an agreed lesson behind the administration: the change waits, the administrators hear of it', () => {
    const s = school();
    const t = s.teachers();
    publishNextDay(s.ctx);
    deliverAll(s);
    const sentBefore = s.mailer.sent.length;
    editLesson(t, 'L1', S.schedule.columns.resource!, 'https://phish.example/login');
    sendChangeNotices(s.ctx);
    deliverAll(s);
    expect(
      s.mailer.sent
        .slice(sentBefore)
        .map((m) => m.text)
        .join(''),
    ).not.toContain('phish');

    const outcome = applyAgreements(s.ctx);
    expect(outcome.changed).toBe(1);
    expect(statusOf(t, 'L1')).toBe('на согласовании');
    deliverAll(s);
    const alert = s.mailer.sent.slice(sentBefore);
    expect(alert.map((m) => m.to)).toEqual([[ADMIN]]);
    expect(alert[0]!.subject).toBe(ru.agreement.changedSubject(1));

    // The administrator agrees the new link: then, and only then, the class hears of it.
    decide(s.admin, 'L1', 'согласовать');
    runScheduledJobs(s.ctx, { jobs: SCHEDULED_JOBS });
    const toClass = s.mailer.sent
      .slice(sentBefore + 1)
      .filter((m) => m.text.includes('phish.example') && !m.to.includes(ADMIN));
    expect(toClass).toHaveLength(1);
  });

  it('cannot cancel an agreed lesson behind the administration, however many watches run', () => {
    const s = school();
    const t = s.teachers();
    publishNextDay(s.ctx);
    deliverAll(s);
    const sentBefore = s.mailer.sent.length;
    editLesson(t, 'L1', S.schedule.columns.status!, 'отменено');
    for (let run = 0; run < 3; run++) {
      applyAgreements(s.ctx);
      sendChangeNotices(s.ctx);
      deliverAll(s);
    }
    const toFamilies = s.mailer.sent.slice(sentBefore).filter((m) => !m.to.includes(ADMIN));
    expect(toFamilies).toEqual([]);
    expect(
      loadSchool(s.ctx.workbook, s.clock).lessons.find((l) => l.value.id === 'L1')?.value.status,
    ).toBe('pending');
    decide(s.admin, 'L1', 'согласовать');
    runScheduledJobs(s.ctx, { jobs: SCHEDULED_JOBS });
    const notice = s.mailer.sent
      .slice(sentBefore)
      .filter((m) => !m.to.includes(ADMIN) || m.bcc.length > 0);
    expect(notice.map((m) => m.text).join('')).toMatch(/отмен/);
  });

  it('cannot announce a removal by deleting a published row', () => {
    const s = school();
    const t = s.teachers();
    publishNextDay(s.ctx);
    deliverAll(s);
    const sentBefore = s.mailer.sent.length;
    const grid = t.peek(S.schedule.name);
    const row = grid.findIndex((r) => r[0] === 'L3');
    t.deleteRows(S.schedule.name, row + 1, 1);
    sendChangeNotices(s.ctx);
    deliverAll(s);
    expect(s.mailer.sent.length).toBe(sentBefore);
    applyAgreements(s.ctx);
    const listed = s.admin.peek(S.agreements.name).find((r) => r[0] === 'L3')!;
    expect(listed[7]).toBe(ru.agreement.reasons.removed);
    decide(s.admin, 'L3', 'согласовать');
    runScheduledJobs(s.ctx, { jobs: SCHEDULED_JOBS });
    expect(s.mailer.sent.length).toBeGreaterThan(sentBefore);
  });
});
