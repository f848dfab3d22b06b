/**
 * The one lock helper (jobs/shared/lock, docs/decisions.md «The document lock»): one wait, one
 * behaviour when busy — `BusyError` — and the lock always given back.
 */
import { MemoryLock } from '../../src/adapters/memory/services';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { errorText } from '../../src/jobs/shared/errors';
import { BusyError, LOCK_WAIT_MS, underLock, unlessBusy } from '../../src/jobs/shared/lock';
import type { Lock } from '../../src/ports/lock';

/** A lock another execution holds: every attempt waits and fails. */
function heldElsewhere(): Lock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, tryLock: (ms) => (waits.push(ms), false), release: () => undefined };
}

test('a busy lock throws BusyError after one wait, in the words given, and a dialog says it in the workbook’s language', () => {
  const lock = heldElsewhere();
  let ran = false;
  expect(() => underLock({ lock }, () => (ran = true), ru)).toThrow(ru.delivery.busy);
  expect(ran).toBe(false);
  expect(lock.waits).toEqual([LOCK_WAIT_MS]);
  try {
    underLock({ lock }, () => undefined);
  } catch (error) {
    expect(error).toBeInstanceOf(BusyError);
    expect(errorText(error, ru)).toBe(ru.delivery.busy);
    expect(errorText(error, en)).toBe(en.delivery.busy);
  }
});

test('unlessBusy gives the caller’s answer instead, and lets any other error through', () => {
  expect(unlessBusy({ lock: heldElsewhere() }, () => 1, 'busy')).toBe('busy');
  const lock = new MemoryLock();
  expect(() =>
    unlessBusy(
      { lock },
      () => {
        throw new Error('broken');
      },
      'busy',
    ),
  ).toThrow('broken');
  // Given back after the failure: the next section takes it at once.
  expect(underLock({ lock }, () => 2)).toBe(2);
});
