import { archiveOutbox } from '../../src/jobs/archive';
import { deliver } from '../../src/jobs/shared/delivery';
import { enqueue } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { ru } from '../../src/i18n/ru';
import { deliverNow, memorySchool, outboxRows, outgoing } from '../support/memory';

const WEEK = 7 * 86_400_000;

describe('outbox archive', () => {
  it('deletes only the oldest block of finished letters past archive_weeks, keeping anything still pending', () => {
    const school = memorySchool({
      now: new Date('2026-09-01T09:00:00Z'),
      settings: { mail_mode: 'live', archive_weeks: 8 },
    });
    const { ctx, clock, workbook } = school;
    const send = (): void => void deliverNow(ctx);
    enqueue(ctx, ru, outgoing(3, 'Старое'));
    send();
    clock.set(new Date('2026-09-02T09:00:00Z'));
    enqueue(ctx, ru, outgoing(2, 'Среднее'));
    // A later letter stays queued (the quota ran out), so it and everything after it is kept.
    school.mailer.quota = 1;
    send();
    clock.set(new Date(Date.parse('2026-09-01T09:00:00Z') + 9 * WEEK));
    expect(archiveOutbox(ctx, ru, 8)?.removed).toBe(4);
    expect(outboxRows(workbook).map((r) => r.subject)).toEqual(['Среднее 2']);
    // Nothing to do the second time.
    expect(archiveOutbox(ctx, ru, 8)?.removed).toBe(0);
  });

  it('keeps everything younger than archive_weeks', () => {
    const school = memorySchool({
      now: new Date('2026-09-01T09:00:00Z'),
      settings: { mail_mode: 'live' },
    });
    enqueue(school.ctx, ru, outgoing(5));
    const s = loadSchool(school.workbook, school.clock, []);
    deliver(school.ctx, { settings: s.settings, strings: s.strings, budgetMs: 1e9 });
    school.clock.set(new Date(Date.parse('2026-09-01T09:00:00Z') + 7 * WEEK));
    expect(archiveOutbox(school.ctx, ru, 8)?.removed).toBe(0);
    expect(outboxRows(school.workbook)).toHaveLength(5);
  });
});
