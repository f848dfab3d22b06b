/**
 * Conversions between the instants the workbook port holds and the wall-clock readings an xlsx
 * file holds. Excel has no time zones: a cell stores what the clock showed, and exceljs hands it
 * over as a Date whose UTC fields are that reading.
 */
import { type LocalDate, type Zone, instantOf } from '../../domain/calendar';
import type { Cell } from '../../domain/cells';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Day 0 of the serial numbers Sheets and Excel share. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial 1 in Excel is 1900-01-01; anything earlier only ever holds a time or a duration. */
const FIRST_DATE_MS = Date.UTC(1900, 0, 1);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The cell value of a wall-clock reading from the file: a date-only value is the instant of that
 * local midnight, a date-time the instant of that reading, and a time-only value (or an [h]:mm
 * duration, which lands on 1899-12-30/31) the serial number, as the parsers read times.
 */
export function cellFromWallClock(wall: Date, zone: Zone): Cell {
  const ms = wall.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < FIRST_DATE_MS) return (ms - SERIAL_EPOCH_MS) / DAY_MS;
  const date: LocalDate = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  // instantOf works in whole minutes (a Zone reads no seconds); seconds add on unchanged because
  // every zone in use today is offset from UTC by whole minutes.
  const withinMinute = wall.getUTCSeconds() * 1000 + wall.getUTCMilliseconds();
  return new Date(instantOf(zone, date, minutes).getTime() + withinMinute);
}

/** A wall-clock reading ready for exceljs, and whether it is a local midnight (a date only). */
export interface WallClock {
  readonly wall: Date;
  readonly midnight: boolean;
}

/** What the school's clocks showed at `instant`, as a UTC-fields Date for exceljs. */
export function wallClockOf(instant: Date, zone: Zone): WallClock | null {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return null;
  const parts = zone.parts(instant);
  const withinMinute = ((ms % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  const day = Date.UTC(
    Number(parts.date.slice(0, 4)),
    Number(parts.date.slice(5, 7)) - 1,
    Number(parts.date.slice(8, 10)),
  );
  return {
    wall: new Date(day + parts.minutes * MINUTE_MS + withinMinute),
    midnight: parts.minutes === 0 && withinMinute === 0,
  };
}
