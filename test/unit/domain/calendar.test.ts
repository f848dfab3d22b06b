import { intlZone } from '../../../src/adapters/memory/zone';
import {
  addDays,
  dateFromSerial,
  daysBetween,
  formatDateRu,
  formatTime,
  instantOf,
  isoWeek,
  localDate,
  mondayOf,
  serialFromDate,
  weekDates,
  weekdayOf,
} from '../../../src/domain/calendar';

const moscow = intlZone('Europe/Moscow');
const berlin = intlZone('Europe/Berlin');

describe('localDate', () => {
  it('builds YYYY-MM-DD text', () => {
    expect(localDate(2026, 11, 28)).toBe('2026-11-28');
    expect(localDate(2026, 1, 5)).toBe('2026-01-05');
  });

  it('refuses days that do not exist', () => {
    expect(localDate(2026, 2, 31)).toBeNull();
    expect(localDate(2026, 2, 29)).toBeNull();
    expect(localDate(2026, 13, 1)).toBeNull();
    expect(localDate(2026, 0, 1)).toBeNull();
    expect(localDate(2026, 4, 0)).toBeNull();
    expect(localDate(1899, 12, 31)).toBeNull();
  });

  it('knows leap years', () => {
    expect(localDate(2028, 2, 29)).toBe('2028-02-29');
    expect(localDate(2000, 2, 29)).toBe('2000-02-29');
    expect(localDate(2100, 2, 29)).toBeNull();
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-28', '2026-W48'],
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    // 2026 starts on a Thursday, so it has 53 ISO weeks.
    ['2026-01-01', '2026-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    // 2020 is a leap year starting on a Wednesday: 53 weeks as well.
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    // The other direction: the last days of December in week 1 of the next year.
    ['2024-12-30', '2025-W01'],
    ['2019-12-30', '2020-W01'],
    ['2025-12-29', '2026-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('weekdays and weeks', () => {
  it('numbers weekdays Monday = 1 … Sunday = 7', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-27')).toBe(5);
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(weekdayOf('2026-11-29')).toBe(7);
  });

  it('finds the Monday of a week, also across a year boundary', () => {
    expect(mondayOf('2026-11-28')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2021-01-03')).toBe('2020-12-28');
  });

  it('lists the seven dates of a week', () => {
    expect(weekDates('2027-01-01')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-11-28', 1)).toBe('2026-11-29');
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-28', 0)).toBe('2026-11-28');
    expect(addDays('2026-11-28', 365)).toBe('2027-11-28');
  });

  it('is not moved by the days clocks change', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('counts whole days both ways', () => {
    expect(daysBetween('2026-12-28', '2027-01-11')).toBe(14);
    expect(daysBetween('2027-01-11', '2026-12-28')).toBe(-14);
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
  });
});

describe('formatting', () => {
  it('formats dates and times for people', () => {
    expect(formatDateRu('2026-11-28')).toBe('28.11.2026');
    expect(formatTime(545)).toBe('09:05');
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(23 * 60 + 59)).toBe('23:59');
  });
});

describe('serial numbers', () => {
  it('reads serial 46354 as 2026-11-28', () => {
    expect(dateFromSerial(46354)).toBe('2026-11-28');
    expect(serialFromDate('2026-11-28')).toBe(46354);
  });

  it('ignores the time-of-day fraction', () => {
    expect(dateFromSerial(46354.75)).toBe('2026-11-28');
    expect(dateFromSerial(46354.999)).toBe('2026-11-28');
  });

  it('round-trips across years', () => {
    for (const date of ['1900-03-01', '2000-02-29', '2026-12-31', '2027-01-01', '2099-12-31']) {
      expect(dateFromSerial(serialFromDate(date))).toBe(date);
    }
    expect(serialFromDate('1899-12-31')).toBe(1);
  });
});

describe('instantOf', () => {
  it('finds Moscow wall-clock times (UTC+3, no daylight saving)', () => {
    expect(instantOf(moscow, '2026-11-28').toISOString()).toBe('2026-11-27T21:00:00.000Z');
    expect(instantOf(moscow, '2026-11-28', 9 * 60).toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(instantOf(moscow, '2026-07-01', 17 * 60).toISOString()).toBe('2026-07-01T14:00:00.000Z');
    expect(instantOf(moscow, '2027-01-01').toISOString()).toBe('2026-12-31T21:00:00.000Z');
  });

  it('follows daylight saving time in Berlin', () => {
    expect(instantOf(berlin, '2026-01-15', 9 * 60).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(instantOf(berlin, '2026-07-15', 9 * 60).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    // 29.03.2026: clocks go forward at 02:00.
    expect(instantOf(berlin, '2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(instantOf(berlin, '2026-03-29', 12 * 60).toISOString()).toBe('2026-03-29T10:00:00.000Z');
    // 25.10.2026: clocks go back at 03:00.
    expect(instantOf(berlin, '2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(instantOf(berlin, '2026-10-25', 12 * 60).toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('round-trips with the zone reading away from the changed hour', () => {
    for (const zone of [moscow, berlin]) {
      for (const date of ['2026-03-29', '2026-10-25', '2026-12-31', '2027-01-01', '2020-02-29']) {
        for (const minutes of [0, 60, 4 * 60, 9 * 60 + 30, 23 * 60 + 59]) {
          const parts = zone.parts(instantOf(zone, date, minutes));
          expect({ date: parts.date, minutes: parts.minutes }).toEqual({ date, minutes });
          expect(parts.weekday).toBe(weekdayOf(date));
        }
      }
    }
  });
});
