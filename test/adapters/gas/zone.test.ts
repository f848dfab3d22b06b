/**
 * The Apps Script zone reads offsets through Utilities.formatDate (a service call each) and
 * settles instants between two agreeing readings without a call. Here formatDate is the fakes'
 * own; every answer must equal Intl's, across daylight-saving changes, with few calls.
 */
import { gasZone } from '../../../src/adapters/gas/zone';
import { intlZone } from '../../../src/adapters/memory/zone';
import { formatDate } from '../../fakes';
import { zonedTimeToMs } from '../../fakes/utilities';

let calls = 0;
beforeAll(() => {
  (globalThis as unknown as { Utilities: unknown }).Utilities = {
    formatDate: (date: Date, zone: string, pattern: string) => {
      calls++;
      return formatDate(date, zone, pattern);
    },
  };
});

describe.each(['Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])(
  'gasZone(%s)',
  (id) => {
    it('gives what Intl gives for every hour of a year, with a call a fortnight or so', () => {
      calls = 0;
      const zone = gasZone(id);
      const truth = intlZone(id);
      const start = Date.parse('2026-01-01T00:00:00Z');
      const hours = 366 * 24;
      for (let h = 0; h < hours; h++) {
        const at = new Date(start + h * 3_600_000 + 17 * 60_000);
        expect([at.toISOString(), zone.parts(at)]).toEqual([at.toISOString(), truth.parts(at)]);
      }
      // 26 fortnights, and some twenty readings to find each change of offset to the second.
      expect(calls).toBeLessThan(80);
    });
  },
);

it('the hourly run: now and the next two days cost two calls', () => {
  calls = 0;
  const zone = gasZone('Europe/Moscow');
  const now = Date.parse('2026-11-24T00:20:00Z');
  for (const h of [0, 5, 14, 29, 40, 47]) zone.parts(new Date(now + h * 3_600_000));
  expect(calls).toBe(2);
});

it('a time value of 30.12.1899 (as Sheets gives a time) keeps its local minutes', () => {
  const zone = gasZone('Europe/Moscow');
  const nineTwenty = new Date(zonedTimeToMs('Europe/Moscow', 1899, 12, 30, 9, 20));
  expect(zone.parts(nineTwenty)).toMatchObject({ date: '1899-12-30', minutes: 9 * 60 + 20 });
});
