/**
 * Issue 8: mail is held while people other than the administrators can edit the administration
 * workbook (they could have changed the settings, the addresses or the outbox). Letters to the
 * administrators still go, among them one a day saying who can edit and how to fix it.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { ru } from '../../src/i18n/ru';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { enqueue } from '../../src/jobs/shared/outbox';
import { ADMIN, type MemorySchool, memorySchool, outboxRows, outgoing } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const MONDAY = instantOf(zone, '2026-11-23', 8 * 60 + 20);
const HOUR = 3_600_000;
const TEACHER = 'uchitel@school.test';
const status = ru.labels.outboxStatus;

function dispatch(school: MemorySchool, hours: number): void {
  school.clock.beginRun(new Date(MONDAY.getTime() + hours * HOUR));
  runScheduledJobs(school.ctx, { jobs: [] });
}

const toFamilies = (school: MemorySchool) =>
  school.mailer.sent.filter((m) => m.to.some((t) => t.startsWith('family')));

describe('a teacher who can edit the administration workbook', () => {
  it('holds every letter but the administrators’; they hear who can edit; fixing the sharing lets the mail go', () => {
    const school = memorySchool({ now: MONDAY });
    school.workbook.owner = 'director@school.test';
    school.workbook.addEditors([ADMIN, TEACHER]);
    enqueue(school.ctx, ru, [
      ...outgoing(3),
      {
        key: 'admin|1',
        job: 'test',
        to: [ADMIN],
        subject: 'Для администрации',
        text: 't',
        html: '<p>t</p>',
      },
    ]);

    dispatch(school, 0);
    expect(toFamilies(school)).toHaveLength(0);
    expect(school.mailer.sent.map((m) => m.subject)).toEqual(['Для администрации']);
    expect(
      outboxRows(school.workbook)
        .filter((r) => r.key.startsWith('test|'))
        .map((r) => r.status),
    ).toEqual(Array(3).fill(status.queued));

    // The next run sends the administrators' letter about it, and still nothing to families.
    dispatch(school, 1);
    const alert = school.mailer.sent.find((m) => m.subject === ru.trust.heldSubject(3));
    expect(alert?.to).toEqual([ADMIN]);
    expect(alert?.text).toContain(TEACHER);
    expect(alert?.text).not.toContain('director@school.test');
    expect(toFamilies(school)).toHaveLength(0);
    // One letter a day, however many runs find the mail held.
    for (let h = 2; h < 8; h++) dispatch(school, h);
    expect(school.mailer.sent.filter((m) => m.subject === ru.trust.heldSubject(3))).toHaveLength(1);

    // The administrator takes the teacher off the file: the letters go, in order.
    school.workbook.removeAccess([TEACHER]);
    dispatch(school, 8);
    expect(toFamilies(school).map((m) => m.subject)).toEqual(['Письмо 1', 'Письмо 2', 'Письмо 3']);
  });

  it('who is an administrator by role in «Педагоги» holds nothing', () => {
    const school = memorySchool({ now: MONDAY });
    const c = ru.sheets.staff.columns;
    school.workbook.createSheet(ru.sheets.staff.name);
    school.workbook.write(
      ru.sheets.staff.name,
      1,
      [
        [c.name!, c.email!, c.role!, c.subjects!, c.phone!],
        ['Иванова Анна Петровна', TEACHER, ru.labels.role.admin, '', ''],
      ],
      1,
    );
    school.workbook.addEditors([ADMIN, TEACHER]);
    enqueue(school.ctx, ru, outgoing(2));
    dispatch(school, 0);
    expect(toFamilies(school)).toHaveLength(2);
  });

  it('in preview mode changes nothing: everything goes to the administrators anyway', () => {
    const school = memorySchool({ now: MONDAY, settings: { mail_mode: 'preview' } });
    school.workbook.addEditors([TEACHER]);
    enqueue(school.ctx, ru, outgoing(2));
    dispatch(school, 0);
    expect(school.mailer.sent).toHaveLength(2);
    expect(school.mailer.sent.every((m) => m.to.join() === ADMIN)).toBe(true);
  });
});
