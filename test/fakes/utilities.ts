import { createHmac } from 'node:crypto';
import { format as utilFormat } from 'node:util';
import {
  asString,
  badSignature,
  fail,
  GasException,
  GasObject,
  type GasState,
  isDate,
} from './core';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dtfCache = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock fields of an instant in a time zone, plus the zone's UTC offset in minutes. */
export interface ZonedFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
  offset: number;
  zone: string;
}

function fixedOffset(tz: string): number | null {
  if (/^(GMT|UTC|Z)$/i.test(tz)) return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(tz);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function dtf(tz: string): Intl.DateTimeFormat | null {
  let f = dtfCache.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return null;
    }
    dtfCache.set(tz, f);
  }
  return f;
}

/** Breaks an instant into wall-clock fields in `tz` (unknown zones fall back to GMT, like Java). */
export function zonedFields(ms: number, tz: string): ZonedFields {
  let offset = fixedOffset(tz);
  let zone = tz;
  if (offset === null) {
    const f = dtf(tz);
    if (f) {
      const p: Record<string, number> = {};
      for (const part of f.formatToParts(new Date(ms)))
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      const wall = Date.UTC(
        p.year ?? 1970,
        (p.month ?? 1) - 1,
        p.day ?? 1,
        p.hour ?? 0,
        p.minute ?? 0,
        p.second ?? 0,
      );
      offset = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
    } else {
      offset = 0;
      zone = 'GMT';
    }
  }
  const d = new Date(ms + offset * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offset,
    zone,
  };
}

/** Epoch ms of a wall-clock time in `tz` (the inverse of zonedFields, DST-aware). */
export function zonedTimeToMs(
  tz: string,
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let ms = guess - zonedFields(guess, tz).offset * 60000;
  ms = guess - zonedFields(ms, tz).offset * 60000;
  return ms;
}

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');

function offsetText(min: number, colon: boolean, zForZero: boolean): string {
  if (min === 0 && zForZero) return 'Z';
  const sign = min < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(min) / 60), 2)}${colon ? ':' : ''}${pad(Math.abs(min) % 60, 2)}`;
}

/** Java SimpleDateFormat subset used by Utilities.formatDate (English names, real zones through Intl). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const f = zonedFields(date.getTime(), timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern.charAt(i);
    if (c === "'") {
      let j = i + 1;
      let lit = pattern.charAt(j) === "'" ? "'" : '';
      if (lit === '') {
        for (; j < pattern.length; j += 1) {
          if (pattern.charAt(j) !== "'") lit += pattern.charAt(j);
          else if (pattern.charAt(j + 1) === "'") {
            lit += "'";
            j += 1;
          } else break;
        }
      }
      out += lit;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === c) n += 1;
    i += n;
    const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    switch (c) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? MONTHS[f.month - 1]
            : n === 3
              ? MONTHS[f.month - 1]?.slice(0, 3)
              : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'D':
        out += pad(
          Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 864e5) + 1,
          n,
        );
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday]?.slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(h12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.ms, n);
        break;
      case 'Z':
        out += offsetText(f.offset, false, false);
        break;
      case 'X':
        out +=
          n === 1
            ? offsetText(f.offset, false, true).slice(0, 3)
            : offsetText(f.offset, n >= 3, true);
        break;
      case 'z': {
        const fo = fixedOffset(f.zone);
        if (fo !== null)
          out +=
            f.zone === 'GMT' || f.zone === 'UTC' ? f.zone : `GMT${offsetText(fo, true, false)}`;
        else
          out +=
            new Intl.DateTimeFormat('en-US', {
              timeZone: f.zone,
              timeZoneName: n >= 4 ? 'long' : 'short',
            })
              .formatToParts(date)
              .find((p) => p.type === 'timeZoneName')?.value ?? f.zone;
        break;
      }
      default:
        throw new GasException(`Illegal pattern character '${c}'`, 'Exception');
    }
  }
  return out;
}

/** Java String.format subset (%s %d %f %.Nf %x %%) used by Utilities.formatString. */
export function formatString(template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(
    /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdfx%])/g,
    (_m, left, zero, width, prec, conv: string) => {
      if (conv === '%') return '%';
      const v = args[k++];
      let s: string;
      if (conv === 'd') s = String(Math.trunc(Number(v)));
      else if (conv === 'f') s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x') s = Math.trunc(Number(v)).toString(16);
      else s = prec === undefined ? String(v) : String(v).slice(0, Number(prec));
      const w = Number(width ?? 0);
      if (s.length < w) s = left ? s.padEnd(w) : s.padStart(w, zero && conv !== 's' ? '0' : ' ');
      return s;
    },
  );
}

function toBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof FakeBlob) return Buffer.from(data._bytes);
  return Buffer.from(asString(data ?? ''), 'utf8');
}

const signedBytes = (b: Buffer): number[] => Array.from(b, (x) => (x > 127 ? x - 256 : x));

/** Blob: bytes with a content type and a name. */
export class FakeBlob extends GasObject {
  constructor(
    readonly _bytes: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super('Blob');
  }
  getDataAsString(_charset?: string): string {
    return this._bytes.toString('utf8');
  }
  getBytes(): number[] {
    return signedBytes(this._bytes);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(t: string): FakeBlob {
    this.contentType = t;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(n: string): FakeBlob {
    this.name = n;
    return this;
  }
  getBlob(): FakeBlob {
    return this;
  }
  /** Size in bytes (helper, not a real method). */
  _size(): number {
    return this._bytes.length;
  }
}

/** Utilities service: dates, strings, base64, blobs, sleep (advances the fake clock). */
export class FakeUtilities extends GasObject {
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
  private uuidSeed = 0x2f6a3b1c;

  constructor(private readonly state: GasState) {
    super('Utilities');
  }

  formatDate(date: unknown, timeZone: unknown, pattern: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
      badSignature('Utilities.formatDate', [date, timeZone, pattern]);
    }
    if (Number.isNaN(date.getTime())) fail('Invalid argument: date');
    return formatDate(date, timeZone, pattern);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }

  /** Sleeps: advances the fake clock by `ms` (at most 300000, like the real one). */
  sleep(ms: number): void {
    if (typeof ms !== 'number' || ms < 0) badSignature('Utilities.sleep', [ms]);
    if (ms > 300000) fail('Maximum allowed value is 300000 (5 minutes).');
    this.state.clock.advance(ms);
  }

  getUuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 32; i += 1) {
      this.uuidSeed = (Math.imul(this.uuidSeed, 1103515245) + 12345) >>> 0;
      hex.push(((this.uuidSeed >>> 16) & 15).toString(16));
    }
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] ?? '0', 16) & 3) | 8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** Base64 of a string (UTF-8) or a byte array. */
  base64Encode(data: unknown, _charset?: string): string {
    return toBuffer(data).toString('base64');
  }

  /**
   * HMAC-SHA256 of `value` under `key` (strings as UTF-8, or byte arrays): signed bytes, as
   * Google's `Byte[]` (reference/utilities/utilities#computeHmacSha256Signature). Only UTF-8 is
   * faked; another charset is refused rather than guessed.
   */
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: string): number[] {
    if (charset !== undefined && charset !== this.Charset.UTF_8)
      fail(`The fakes compute HMAC over UTF-8 only, not ${String(charset)}.`);
    return signedBytes(createHmac('sha256', toBuffer(key)).update(toBuffer(value)).digest());
  }

  /** Decodes base64 into signed bytes (use newBlob(bytes).getDataAsString() for text). */
  base64Decode(s: string, _charset?: string): number[] {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(String(s).replace(/\s/g, '')))
      fail('Could not decode string.');
    return signedBytes(Buffer.from(String(s), 'base64'));
  }

  newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(toBuffer(data), contentType ?? null, name ?? null);
  }
}

/** Logger service: lines go to env.logs and to getLog(). */
export class FakeLogger extends GasObject {
  private lines: string[] = [];

  constructor(private readonly state: GasState) {
    super('Logger');
  }

  log(data: unknown, ...values: unknown[]): FakeLogger {
    const line =
      typeof data === 'string' && values.length > 0 ? formatString(data, values) : describe(data);
    this.lines.push(line);
    this.state.logs.push(line);
    return this;
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  /** Clears getLog(). */
  clear(): void {
    this.lines = [];
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !isDate(v)) {
    try {
      return JSON.stringify(v);
    } catch {
      return asString(v);
    }
  }
  return String(v);
}

/** A console whose output lands in env.logs (WARN/ERROR lines are prefixed). */
export function createRecordingConsole(state: GasState): Record<string, (...a: unknown[]) => void> {
  const rec =
    (prefix: string) =>
    (...args: unknown[]): void => {
      state.logs.push(prefix + utilFormat(...args));
    };
  return {
    log: rec(''),
    info: rec(''),
    debug: rec(''),
    warn: rec('WARN '),
    error: rec('ERROR '),
    time: () => {},
    timeEnd: () => {},
  };
}
