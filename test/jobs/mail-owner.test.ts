/**
 * One dispatcher: triggers belong to the administrator who made them and each sees only their
 * own, so the owner is recorded; a second administrator's setup installs nothing while the
 * owner's dispatcher lives; a take-over moves the mail, and the old triggers retire themselves.
 */
import { MemoryTriggers } from '../../src/adapters/memory/services';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { claimTriggers, retireTriggers } from '../../src/jobs/mail-owner';
import { loadState, updateState } from '../../src/jobs/shared/state';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { memorySchool } from '../support/memory';

const A = 'zavuch@school.test';
const B = 'director@school.test';
const NOW = new Date('2026-11-27T13:00:00Z');

function hourlyOf(triggers: MemoryTriggers): string {
  return triggers.list().find((t) => t.kind === 'hourly')!.id;
}

describe('the mail owner', () => {
  const school = memorySchool({ now: NOW });
  const mineA = new MemoryTriggers('a');
  // The second administrator's triggers: ids of their own, invisible to the first.
  const mineB = new MemoryTriggers('b');
  const ctxA = { ...school.ctx, triggers: mineA };
  const ctxB = { ...school.ctx, triggers: mineB };

  it('is the first administrator to set up', () => {
    const claim = claimTriggers(ctxA, A, { takeOver: false });
    expect(claim.kind).toBe('installed');
    expect(mineA.list()).toHaveLength(3);
    expect(loadState(school.store).owner).toEqual({
      email: A,
      triggers: mineA.list().map((t) => t.id),
    });
  });

  it('stays while that dispatcher runs: a second administrator’s setup installs nothing', () => {
    runScheduledJobs(school.ctx, {
      jobs: SCHEDULED_JOBS,
      trigger: { uid: hourlyOf(mineA), retire: () => retireTriggers(mineA) },
    });
    const claim = claimTriggers(ctxB, B, { takeOver: false });
    expect(claim).toEqual({ kind: 'ownedByOther', owner: A });
    expect(mineB.list()).toHaveLength(0);
    expect(loadState(school.store).owner?.email).toBe(A);
  });

  it('moves on a take-over, and the old owner’s triggers remove themselves at their next run', () => {
    const claim = claimTriggers(ctxB, B, { takeOver: true });
    expect(claim).toMatchObject({ kind: 'installed', tookOver: A });
    expect(mineB.list()).toHaveLength(3);
    const old = runScheduledJobs(school.ctx, {
      jobs: SCHEDULED_JOBS,
      trigger: { uid: hourlyOf(mineA), retire: () => retireTriggers(mineA) },
    });
    expect(old.status).toBe('retired');
    expect(mineA.list()).toHaveLength(0);
    const current = runScheduledJobs(school.ctx, {
      jobs: SCHEDULED_JOBS,
      trigger: { uid: hourlyOf(mineB), retire: () => retireTriggers(mineB) },
    });
    expect(current.status).not.toBe('retired');
    expect(mineB.list()).toHaveLength(3);
  });

  it('passes to whoever sets up once the owner’s dispatcher has been silent for three hours', () => {
    const mineC = new MemoryTriggers('c');
    updateState(school.store, (s) => ({
      ...s,
      heartbeat: new Date(NOW.getTime() - 4 * 3_600_000).toISOString(),
    }));
    const claim = claimTriggers({ ...school.ctx, triggers: mineC }, A, { takeOver: false });
    expect(claim).toMatchObject({ kind: 'installed', tookOver: B });
    expect(loadState(school.store).owner?.email).toBe(A);
  });
});
