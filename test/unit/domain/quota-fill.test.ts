import { canCut, fillQuota, forecastQueue } from '../../../src/domain/quota-fill';

/** A letter of `cost` recipients; `head` is its To and Cc when it can be cut. */
const letter = (cost: number, head?: number) => ({ cost, head: () => head });

describe('fillQuota', () => {
  it('sends, in queue order, every letter that fits what is left', () => {
    const letters = [letter(10), letter(30), letter(5), letter(20), letter(1)];
    // 10 fits, 30 does not fit the 25 left, 5 does, 20 does, 1 does not fit the 0 left.
    expect(fillQuota(letters, 35, 95)).toEqual([{ index: 0 }, { index: 2 }, { index: 3 }]);
  });

  it('cuts only a letter larger than a whole day, to exactly what is left, when its turn comes', () => {
    // 3 fits; the 50 (a day holds 35) is cut to the 32 left; the single letter after it waits.
    expect(fillQuota([letter(3), letter(50, 1), letter(1)], 35, 35)).toEqual([
      { index: 0 },
      { index: 1, keep: 32 },
    ]);
    // The same letter fits a whole Workspace day: it waits for one, and the 1 goes now.
    expect(fillQuota([letter(3), letter(50, 1), letter(1)], 35, 95)).toEqual([
      { index: 0 },
      { index: 2 },
    ]);
    // A letter that cannot be cut (no Bcc to share out) is passed over like any other.
    expect(fillQuota([letter(3), letter(50), letter(1)], 35, 35)).toEqual([
      { index: 0 },
      { index: 2 },
    ]);
    // One whose To and Cc alone take what is left cannot be cut there.
    expect(canCut(letter(50, 3), 3)).toBe(false);
    expect(canCut(letter(50, 3), 4)).toBe(true);
  });

  it('asks for a letter’s head only when it may be cut', () => {
    let asked = 0;
    const counted = { cost: 50, head: () => (asked++, 1) };
    fillQuota([letter(5), counted], 20, 95);
    expect(asked).toBe(0);
    fillQuota([counted], 20, 35);
    expect(asked).toBe(1);
  });
});

describe('forecastQueue', () => {
  const at = (created: number, row: number, cost: number, head?: number) => ({
    created,
    row,
    ...letter(cost, head),
  });

  it('counts the days the queue takes, the rest of a cut letter keeping its turn', () => {
    const forecast = forecastQueue(
      [at(1, 2, 20), at(1, 3, 50, 1), at(2, 4, 10), at(3, 5, 30, 1)],
      35,
      35,
    );
    // Day 0: the 20, and the 50 is cut to the 15 left; its rest (head + 35 = 36) is queued with
    // its letter's time, so before the 10 and the 30. Day 1: the rest is cut again to 35 (rest
    // 2). Day 2: the last 2 and the 10; the 30 does not fit the 23 left. Day 3: the 30.
    expect(forecast.dayOf).toEqual([0, 2, 2, 3]);
    expect(forecast.days).toBe(4);
    expect(forecast.never).toBe(0);
  });

  it('says never for a letter no day can hold and nobody can cut', () => {
    const forecast = forecastQueue([at(1, 2, 60), at(2, 3, 5)], 35, 35);
    expect(forecast.dayOf).toEqual([Infinity, 0]);
    expect(forecast.days).toBe(Infinity);
    expect(forecast.never).toBe(1);
  });

  it('an empty queue takes no day', () => {
    expect(forecastQueue([], 10, 10)).toEqual({ dayOf: [], days: 0, never: 0 });
  });
});
