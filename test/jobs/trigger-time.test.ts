/**
 * Trigger time at job level: each run adds what it took to the 24-hour window it falls in, the
 * figures reach the administrators through the quota dialog, and past `trigger_time_share` of
 * the day's allowance (90 minutes on a consumer account, 6 hours on Workspace) no new work starts.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { ru } from '../../src/i18n/ru';
import { endTrigger, runScheduledJobs } from '../../src/jobs/dispatcher';
import { quotaReport, triggerTimeOf } from '../../src/jobs/quota-report';
import { enqueue } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { loadState, saveState } from '../../src/jobs/shared/state';
import { memorySchool, type MemorySchool, outgoing } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const MONDAY = instantOf(zone, '2026-11-23', 9 * 60 + 20);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A school whose every send takes `sendMs` of the run. */
function school(settings: Record<string, string | number> = {}, sendMs = 0): MemorySchool {
  const s: MemorySchool = memorySchool({
    now: MONDAY,
    settings,
    onSend: () => s.clock.advance(sendMs),
  });
  return s;
}

const runAt = (s: MemorySchool, at: Date, fromMenu = false) => {
  s.clock.beginRun(at);
  return runScheduledJobs(s.ctx, { jobs: [], fromMenu });
};

const minutesUsed = (s: MemorySchool): number =>
  triggerTimeOf(s.ctx, loadSchool(s.workbook, s.clock, []).settings).usedMs / MINUTE;

describe('trigger time', () => {
  it('each run adds what it took to the window; a menu action adds nothing', () => {
    const s = school({}, 6_000);
    enqueue(s.ctx, ru, outgoing(20));
    runAt(s, MONDAY); // 20 letters × 6 s = 2 minutes
    expect(minutesUsed(s)).toBe(2);
    runAt(s, new Date(MONDAY.getTime() + HOUR)); // idle: no time passes on this clock
    expect(minutesUsed(s)).toBe(2);
    enqueue(s.ctx, ru, outgoing(10, 'Меню'));
    runAt(s, new Date(MONDAY.getTime() + 2 * HOUR), true);
    expect(minutesUsed(s)).toBe(2);
    // A form response's trigger adds its own time.
    s.clock.beginRun(new Date(MONDAY.getTime() + 3 * HOUR));
    s.clock.advance(30_000);
    endTrigger(s.ctx);
    expect(minutesUsed(s)).toBe(2.5);
    // 24 hours after the window opened, a new one starts.
    runAt(s, new Date(MONDAY.getTime() + 24 * HOUR));
    expect(minutesUsed(s)).toBe(0);
    expect(loadState(s.store).triggerTime?.map((d) => d.ms)).toEqual([150_000, 0]);
  });

  it('past the share of a consumer day no new work starts; the next window picks it up', () => {
    const s = school();
    saveState(s.store, {
      ...loadState(s.store),
      triggerTime: [{ start: MONDAY.toISOString(), ms: 73 * MINUTE }],
    });
    enqueue(s.ctx, ru, outgoing(3));
    const later = new Date(MONDAY.getTime() + 5 * HOUR);
    expect(runAt(s, later).status).toBe('rationed');
    expect(s.mailer.sent).toHaveLength(0);
    // The window (opened at MONDAY) is restored 24 hours later.
    expect(runAt(s, new Date(MONDAY.getTime() + 24 * HOUR + MINUTE)).delivery?.sent).toBe(3);
  });

  it('on Workspace the day holds 6 hours; a lower share stops earlier', () => {
    const workspace = school({ account_type: 'workspace' });
    saveState(workspace.store, {
      ...loadState(workspace.store),
      triggerTime: [{ start: MONDAY.toISOString(), ms: 73 * MINUTE }],
    });
    enqueue(workspace.ctx, ru, outgoing(1));
    expect(runAt(workspace, new Date(MONDAY.getTime() + HOUR)).delivery?.sent).toBe(1);

    const careful = school({ trigger_time_share: 50 });
    saveState(careful.store, {
      ...loadState(careful.store),
      triggerTime: [{ start: MONDAY.toISOString(), ms: 45 * MINUTE }],
    });
    expect(runAt(careful, new Date(MONDAY.getTime() + HOUR)).status).toBe('rationed');
  });

  it('a run near the share stops sending when it is reached', () => {
    const s = school({}, 10_000);
    saveState(s.store, {
      ...loadState(s.store),
      triggerTime: [{ start: MONDAY.toISOString(), ms: 70 * MINUTE }],
    });
    enqueue(s.ctx, ru, outgoing(30));
    const report = runAt(s, new Date(MONDAY.getTime() + HOUR));
    // Two minutes were left under the share of 72: about 12 sends of 10 s.
    expect(report.delivery?.stoppedBy).toBe('time');
    expect(report.delivery?.sent).toBeLessThanOrEqual(13);
    expect(minutesUsed(s)).toBeLessThanOrEqual(72.5);
  });

  it('the quota dialog shows the minutes of the window and of the windows before', () => {
    const s = school({}, 6_000);
    enqueue(s.ctx, ru, outgoing(10));
    runAt(s, MONDAY);
    enqueue(s.ctx, ru, outgoing(20, 'Завтра'));
    runAt(s, new Date(MONDAY.getTime() + 25 * HOUR));
    s.clock.beginRun(new Date(MONDAY.getTime() + 26 * HOUR));
    const details = quotaReport(s.ctx).details;
    expect(details).toContain(ru.delivery.triggerToday(2, 90, 72, '24.11 10:20'));
    expect(details).toContain(ru.delivery.triggerDays([ru.delivery.triggerDay('23.11 09:20', 1)]));
  });
});
