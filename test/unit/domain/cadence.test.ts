import { hasOpened, nextOpeningLocal, periodOf, type Cadence } from '../../../src/domain/cadence';
import { intlZone } from '../../../src/adapters/memory/zone';
import { instantOf } from '../../../src/domain/calendar';

const zone = intlZone('Europe/Moscow');
const watch: Cadence = { kind: 'hourly', from: 7, to: 21, every: 2 };
const at = (date: string, hh: number, mm = 20) => zone.parts(instantOf(zone, date, hh * 60 + mm));

describe('an hourly watch every other hour from 7 to 21', () => {
  it('belongs to the slot of its last watch hour, whatever the trigger’s minute', () => {
    expect(periodOf(watch, at('2026-11-27', 9, 5))).toBe('2026-11-27T09');
    expect(periodOf(watch, at('2026-11-27', 10, 55))).toBe('2026-11-27T09');
    expect(periodOf(watch, at('2026-11-27', 21, 59))).toBe('2026-11-27T21');
  });

  it('opens only between 7 and 21', () => {
    expect(hasOpened(watch, at('2026-11-27', 6))).toBe(false);
    expect(hasOpened(watch, at('2026-11-27', 7))).toBe(true);
    expect(hasOpened(watch, at('2026-11-27', 21))).toBe(true);
    expect(hasOpened(watch, at('2026-11-27', 22))).toBe(false);
  });

  it('is next due at the following watch hour, or at 7 the next morning', () => {
    const next = (parts: ReturnType<typeof at>, done: boolean) =>
      nextOpeningLocal(watch, parts, done)!;
    expect(next(at('2026-11-27', 9), true)).toMatchObject({ date: '2026-11-27', minutes: 11 * 60 });
    expect(next(at('2026-11-27', 10), true)).toMatchObject({
      date: '2026-11-27',
      minutes: 11 * 60,
    });
    expect(next(at('2026-11-27', 21), true)).toMatchObject({ date: '2026-11-28', minutes: 7 * 60 });
    expect(next(at('2026-11-27', 3), false)).toMatchObject({ date: '2026-11-27', minutes: 7 * 60 });
    expect(nextOpeningLocal(watch, at('2026-11-27', 9), false)).toBeNull();
  });
});
