/**
 * Issue 8, acceptance 2 at job level: a queued row of «Очередь писем» changed by hand (its
 * recipients, subject or content), or a row added by hand, is not sent; the administrators are
 * told which row. The seal is an HMAC under a secret in the document properties
 * (jobs/shared/outbox-seal), which no cell edit can reach.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import type { Cell } from '../../src/domain/cells';
import { instantOf } from '../../src/domain/calendar';
import { ru } from '../../src/i18n/ru';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { enqueue } from '../../src/jobs/shared/outbox';
import { SECRET_PROPERTY } from '../../src/jobs/shared/outbox-seal';
import { ADMIN, type MemorySchool, memorySchool, outboxRows, outgoing } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const MONDAY = instantOf(zone, '2026-11-23', 8 * 60 + 20);
const OUTBOX = ru.sheets.outbox;
const status = ru.labels.outboxStatus;

/** What a person with edit access does to the outbox: cells written in place. */
function edit(
  school: MemorySchool,
  row: number,
  column: keyof typeof OUTBOX.columns,
  value: Cell,
): void {
  const header = school.workbook.peek(OUTBOX.name)[0] ?? [];
  const col = header.indexOf(OUTBOX.columns[column] ?? '');
  expect(col).toBeGreaterThanOrEqual(0);
  school.workbook.write(OUTBOX.name, row, [[value]], col + 1);
}

function dispatch(school: MemorySchool, at = MONDAY): void {
  school.clock.beginRun(at);
  runScheduledJobs(school.ctx, { jobs: [] });
}

describe('a row of the outbox changed by hand', () => {
  it('is not sent, whatever was changed; the untouched letters go; the admins hear which rows', () => {
    const school = memorySchool({ now: MONDAY });
    enqueue(school.ctx, ru, outgoing(5));
    const grid = school.workbook.peek(OUTBOX.name);
    const header = grid[0]!;
    const cell = (row: number, key: keyof typeof OUTBOX.columns): Cell =>
      grid[row - 1]![header.indexOf(OUTBOX.columns[key]!)]!;
    // Row 2: the recipients. Row 3: the content (an address and a phishing link in the letter).
    edit(school, 2, 'recipients', 'attacker@evil.test');
    const content = JSON.parse(String(cell(3, 'content'))) as { to: string[]; html: string };
    edit(
      school,
      3,
      'content',
      JSON.stringify({
        ...content,
        to: ['attacker@evil.test'],
        html: '<a href="https://evil.test">Войти</a>',
      }),
    );
    // Row 4: only the subject.
    edit(school, 4, 'subject', 'Срочно: подтвердите пароль');
    // A row added by hand, with another row's signature copied into it.
    const copied = [...grid[5]!];
    copied[header.indexOf(OUTBOX.columns.key!)] = 'hand|1';
    copied[header.indexOf(OUTBOX.columns.recipients!)] = 'victim@mail.test';
    school.workbook.append(OUTBOX.name, [copied]);

    dispatch(school);

    const addresses = school.mailer.sent.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
    expect(addresses).not.toContain('attacker@evil.test');
    expect(addresses).not.toContain('victim@mail.test');
    expect(school.mailer.sent.map((m) => m.subject)).not.toContain('Срочно: подтвердите пароль');
    const rows = outboxRows(school.workbook);
    const byRow = (n: number) => rows[n - 2]!;
    for (const n of [2, 3, 4, 7]) {
      expect(byRow(n).status).toBe(status.error);
      expect(byRow(n).error).toBe(ru.trust.tamperedError);
    }
    expect([5, 6].map((n) => byRow(n).status)).toEqual([status.sent, status.sent]);
    // The letter to the administrators, queued by this run and sent by the next, names every row
    // that was held back.
    dispatch(school, new Date(MONDAY.getTime() + 3_600_000));
    const alert = school.mailer.sent.find((m) => m.to.includes(ADMIN));
    expect(alert?.subject).toBe(ru.trust.tamperedSubject(4));
    for (const n of [2, 3, 4, 7]) expect(alert?.text).toContain(`${OUTBOX.name}», строка ${n}`);

    // A second run sends nothing more and does not alert again.
    const sent = school.mailer.sent.length;
    dispatch(school, new Date(MONDAY.getTime() + 2 * 3_600_000));
    expect(school.mailer.sent).toHaveLength(sent);
  });

  it('rows queued by a version without seals are sealed once, when the secret is made, and go', () => {
    const school = memorySchool({ now: MONDAY });
    enqueue(school.ctx, ru, outgoing(3));
    // As an older version left them: no signature, no secret.
    for (const n of [2, 3, 4]) edit(school, n, 'signature', '');
    school.store.delete(SECRET_PROPERTY);
    dispatch(school);
    expect(school.mailer.sent).toHaveLength(3);
    expect(outboxRows(school.workbook).map((r) => r.status)).toEqual(Array(3).fill(status.sent));
  });

  it('an unsigned row added once the secret exists is not sent', () => {
    const school = memorySchool({ now: MONDAY });
    enqueue(school.ctx, ru, outgoing(1));
    edit(school, 2, 'signature', '');
    dispatch(school);
    expect(school.mailer.sent.filter((m) => m.to.includes('family1@mail.test'))).toHaveLength(0);
    expect(outboxRows(school.workbook)[0]!.error).toBe(ru.trust.tamperedError);
  });
});
