/**
 * The schedule and the weekly letters through the BUILT bundle: the demo school in the fakes,
 * the menu items and the triggers as Google would call them.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import type { GasEnvironment } from '../fakes';
import { loadBundle, setSetting, teachersFile, writeSheets } from '../support/gas';
import { typeAs } from '../support/users';

const zone = intlZone('Europe/Moscow');
const moscow = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

function demoEnvironment(now: Date, quota = 1500): GasEnvironment {
  const env = loadBundle({ now, mailQuota: quota });
  writeSheets(env, demoSchool({ weekOf: '2026-11-27', zone }));
  // The fakes' user is the administrator who installs the add-on.
  setSetting(env, 'admin_emails', 'admin@school.test');
  setSetting(env, 'quota_reserve', 0);
  env.call('setupWorkbook');
  env.ui.alerts.length = 0;
  env.mail.sent.length = 0;
  env.counters.reset();
  return env;
}

const subjects = (env: GasEnvironment, pattern: RegExp): string[] =>
  env.mail.sent.map((m) => String(m.subject)).filter((s) => pattern.test(s));

describe('schedule publication through the bundle', () => {
  it('the hourly trigger on Friday evening publishes Monday: one letter per class, rows stamped', () => {
    const env = demoEnvironment(moscow('2026-11-27', '17:23'));
    env.triggers.fireTimeTriggers();
    const published = subjects(env, /^Расписание .* на понедельник, 30\.11\.2026$/);
    expect(published).toHaveLength(18);
    expect(new Set(published).size).toBe(18);
    // An hour later nothing more goes out.
    env.mail.sent.length = 0;
    env.clock.set(moscow('2026-11-27', '18:41'));
    env.triggers.fireTimeTriggers();
    expect(subjects(env, /^Расписание/)).toHaveLength(0);
    // The schedule lives in the teachers' workbook setup made.
    const schedule = teachersFile(env).sheetValues(ru.sheets.schedule.name);
    const header = schedule[0]!;
    const stamp = header.indexOf(ru.sheets.schedule.columns.published!);
    const date = header.indexOf(ru.sheets.schedule.columns.date!);
    const status = header.indexOf(ru.sheets.schedule.columns.status!);
    const monday = schedule
      .slice(1)
      .filter((r) => r[date] instanceof Date && zone.parts(r[date]).date === '2026-11-30');
    for (const row of monday) expect(row[stamp] !== '').toBe(row[status] === 'согласовано');
  });

  it('an edit of a published lesson reaches the class only once an administrator agreed it', () => {
    const env = demoEnvironment(moscow('2026-11-27', '17:10'));
    env.call('publishSchedule');
    expect(String(env.ui.alerts.at(-1)?.prompt ?? '')).toMatch(/опубликовано/);
    env.mail.sent.length = 0;

    // A teacher changes a published Monday lesson in the teachers' workbook.
    const teachers = teachersFile(env);
    const grid = teachers.sheetValues(ru.sheets.schedule.name);
    const header = grid[0]!;
    const col = (name: string): number => header.indexOf(name) + 1;
    const c = ru.sheets.schedule.columns;
    const row =
      grid.findIndex(
        (r, i) =>
          i > 0 &&
          r[col(c.published!) - 1] !== '' &&
          r[col(c.form!) - 1] === 'онлайн' &&
          r[col(c.date!) - 1] instanceof Date &&
          zone.parts(r[col(c.date!) - 1] as Date).date === '2026-11-30',
      ) + 1;
    const cls = String(grid[row - 1]![col(c.class!) - 1]);
    const id = String(grid[row - 1]![col(c.id!) - 1]);
    const teacher = String(grid[row - 1]![col(c.teacher!) - 1]);
    env.users.add(teacher);
    const a1 = (column: number): string => `${String.fromCharCode(64 + column)}${row}`;
    expect(
      typeAs(
        env,
        teacher,
        ru.sheets.schedule.name,
        a1(col(c.resource!)),
        'https://meet.example/new-room',
        teachers,
      ),
    ).toBeNull();
    expect(
      typeAs(env, teacher, ru.sheets.schedule.name, a1(col(c.status!)), 'отменено', teachers),
    ).toBeNull();

    // The next watch tells the administrators; the class hears nothing yet.
    env.clock.set(moscow('2026-11-27', '19:05'));
    env.triggers.fireTimeTriggers();
    const alerts = env.mail.sent.filter((m) => m.subject === ru.agreement.changedSubject(1));
    expect(alerts.map((m) => String(m.to))).toEqual(['admin@school.test']);
    expect(
      env.mail.sent.some(
        (m) => String(m.body).includes('new-room') && m.subject !== ru.agreement.changedSubject(1),
      ),
    ).toBe(false);

    // The administrator agrees on «Согласование»; the next hourly run sends one notice.
    const agreements = env.spreadsheet.sheet(ru.sheets.agreements.name);
    const listed = env.spreadsheet.sheetValues(ru.sheets.agreements.name);
    const decision = listed[0]!.indexOf(ru.sheets.agreements.columns.decision!) + 1;
    const at = listed.findIndex((r) => r[0] === id) + 1;
    env.triggers.fireEdit(agreements.getRange(at, decision), undefined, 'согласовать');
    env.mail.sent.length = 0;
    env.clock.set(moscow('2026-11-27', '20:07'));
    env.triggers.fireTimeTriggers();
    const notices = env.mail.sent.filter((m) => String(m.body).includes('new-room'));
    expect(notices).toHaveLength(1);
    // The class, the day and what changed: the cancellation first, then how many more changes.
    expect(notices[0]!.subject).toMatch(
      new RegExp(`^${cls}, пн 30\\.11: .+ (отменена|отменён|отменено) и ещё 1 изменение$`),
    );
    expect(String(notices[0]!.body)).toContain('https://meet.example/new-room');
    expect(String(notices[0]!.body)).toContain('урок отменён');
  });
});

describe('weekly family letters through the bundle', () => {
  it('the menu queues every family letter; a consumer quota sends 100 recipients and keeps the rest', () => {
    const env = demoEnvironment(moscow('2026-11-27', '16:00'), 100);
    env.call('sendWeeklySummaries');
    const sentRecipients = env.mail.sent.reduce(
      (n, m) =>
        n +
        String(m.to).split(',').filter(Boolean).length +
        String(m.bcc ?? '')
          .split(',')
          .filter(Boolean).length,
      0,
    );
    expect(sentRecipients).toBeLessThanOrEqual(100);
    expect(env.mail.sent.length).toBeGreaterThan(0);
    const queued = env.spreadsheet
      .sheetValues(ru.sheets.outbox.name)
      .filter((r) => r.includes(ru.labels.outboxStatus.queued)).length;
    expect(queued).toBeGreaterThan(100);
    // The next day the dispatcher continues where the quota stopped; nothing is sent twice.
    const firstDay = env.mail.sent.map((m) => `${String(m.to)}|${String(m.subject)}`);
    env.mail.resetDay();
    env.clock.set(moscow('2026-11-28', '10:15'));
    env.triggers.fireTimeTriggers();
    const all = env.mail.sent.map((m) => `${String(m.to)}|${String(m.subject)}`);
    expect(all.length).toBeGreaterThan(firstDay.length);
    expect(new Set(all).size).toBe(all.length);
  });
});
