import {
  DEVELOPER_METADATA_VISIBILITY,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
} from './developer-metadata';
import { guardRange, guardSheet, guardSpreadsheet } from './guards';
import { SheetCharts, type FakeEmbeddedChart, type FakeEmbeddedChartBuilder } from './charts';
import {
  FakeConditionalFormatRuleBuilder,
  INTERPOLATION_TYPES,
  SheetRules,
  type FakeConditionalFormatRule,
} from './conditional-formats';
import { FakeHtmlOutput } from './html-service';
import { FakeProtection } from './protection';
import { copySheet } from './sheet-copy';
import { FakeUser } from './session';
import { applyShare, emailOf, FileSharing, type ShareSpec, type SharingView } from './sharing';
import { formatDate, zonedTimeToMs } from './utilities';
import {
  asString,
  badSignature,
  fail,
  GasObject,
  type GasState,
  isDate,
  isRu,
  nextSeq,
} from './core';

/** What a cell holds: a value, or a formula (whose value we cannot compute: '#ERROR!'). */
export type CellValue = string | number | boolean | Date;
interface Cell {
  v: CellValue;
  f?: string;
  fmt?: string;
  note?: string;
  dv?: FakeDataValidation;
  style?: Record<string, unknown>;
}

const MAX_CELLS = 10_000_000;
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Address check used by data validation and MailApp. */
export const EMAIL_RE = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;

/** Column number → letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function lettersToColumn(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A1 notation of a block. */
export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetters(col)}${row}`;
  return numRows === 1 && numCols === 1
    ? start
    : `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Splits "'Sheet name'!A1:B2" into sheet name and block (null on bad notation). */
export function parseA1(
  a1: string,
  maxRows: number,
  maxCols: number,
): { sheet?: string; row: number; col: number; numRows: number; numCols: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(a1.trim());
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
  const parts = (m ? (m[3] ?? '') : a1.trim()).split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p));
  if (ends.some((e) => !e || (e[1] === '' && e[2] === ''))) return null;
  const [s, e] = ends as RegExpExecArray[];
  if (!s) return null;
  if (!e && (s[1] === '' || s[2] === '')) return null;
  const end = e ?? s;
  const c1 = s[1] ? lettersToColumn(s[1]) : 1;
  const r1 = s[2] ? Number(s[2]) : 1;
  const c2 = end[1] ? lettersToColumn(end[1]) : maxCols;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  if (r1 < 1 || r2 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { sheet, row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/**
 * Turns what a script writes into what Sheets stores: strings are read "as if the user typed
 * them into the UI" (Sheets API, ValueInputOption USER_ENTERED), by the spreadsheet's locale
 * ("affects formatting details such as functions, dates, and currency": SpreadsheetProperties).
 * Followed: ISO dates; times h:mm[:ss] (a date-time on 30.12.1899, as getValues returns a time);
 * ru_RU dd.mm.yyyy [h:mm[:ss]] and the decimal comma; en_US m/d/yyyy. Not documented, so not
 * faked: month names, two-digit years, «3.5» under ru_RU (kept a number here).
 */
export function coerceInput(
  raw: unknown,
  fmt: string | undefined,
  timeZone: string,
  locale = 'en_US',
): { v: CellValue; f?: string } {
  if (raw === null || raw === undefined) return { v: '' };
  if (isDate(raw)) return { v: new Date(raw.getTime()) };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { v: raw };
  const s = asString(raw);
  if (fmt === '@') return { v: s };
  if (s.startsWith("'")) return { v: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { v: '#ERROR!', f: s };
  const t = s.trim();
  const ru = /^ru/i.test(locale);
  if (NUMERIC.test(t)) return { v: Number(t) };
  if (ru && /^[+-]?\d+,\d+$/.test(t)) return { v: Number(t.replace(',', '.')) };
  const time = TIME.exec(t);
  if (time) {
    const [h, m, sec] = time.slice(1).map((x) => Number(x ?? 0));
    if (h! < 24 && m! < 60 && sec! < 60)
      return { v: new Date(zonedTimeToMs(timeZone, 1899, 12, 30, h, m, sec)) };
  }
  const local = (ru ? RU_DATE : US_DATE).exec(t);
  if (local) {
    const [a, b, year, h, m, sec] = local.slice(1).map((x) => Number(x ?? 0));
    const [day, month] = ru ? [a!, b!] : [b!, a!];
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(year!, month, 0)).getUTCDate()
    )
      return { v: new Date(zonedTimeToMs(timeZone, year!, month, day, h, m, sec)) };
  }
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { v: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === 'true' };
  const d = ISO_DATE.exec(t);
  if (d) {
    const n = d.slice(1).map((x) => Number(x ?? 0));
    if (n[1]! >= 1 && n[1]! <= 12 && n[2]! >= 1 && n[2]! <= 31) {
      return { v: new Date(zonedTimeToMs(timeZone, n[0]!, n[1]!, n[2]!, n[3], n[4], n[5])) };
    }
  }
  return { v: s };
}

/** Converts a Sheets number format ('dd.mm.yyyy hh:mm') into a SimpleDateFormat pattern. */
function sheetsToJavaPattern(fmt: string): string {
  const tokens = fmt.match(/"[^"]*"|am\/pm|y+|m+|d+|h+|s+|[^ymdhs"]+/gi) ?? [];
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      const prev =
        tokens
          .slice(0, i)
          .reverse()
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase() ?? '';
      const next =
        tokens
          .slice(i + 1)
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase() ?? '';
      if (t.startsWith('"')) return `'${tok.slice(1, -1)}'`;
      if (t === 'am/pm') return 'a';
      if (t[0] === 'y') return t.length <= 2 ? 'yy' : 'yyyy';
      if (t[0] === 'd') return t.length === 3 ? 'EEE' : t.length >= 4 ? 'EEEE' : t;
      if (t[0] === 'h') return fmt.toLowerCase().includes('am/pm') ? t : t.toUpperCase();
      if (t[0] === 's') return t;
      if (t[0] === 'm') {
        if (t.length <= 2 && (prev.startsWith('h') || next.startsWith('s'))) return t;
        return t.length >= 4 ? 'MMMM' : t.length === 3 ? 'MMM' : t.toUpperCase();
      }
      return /[A-Za-z]/.test(tok) ? `'${tok}'` : tok;
    })
    .join('');
}

function displayOf(cell: Cell | undefined, state: GasState, tz: string): string {
  if (!cell) return '';
  if (cell.f) return '#ERROR!';
  const { v, fmt } = cell;
  const ru = isRu(state);
  if (isDate(v)) {
    if (fmt && /[dyhms]/i.test(fmt.replace(/"[^"]*"/g, '')))
      return formatDate(v, tz, sheetsToJavaPattern(fmt));
    const midnight = formatDate(v, tz, 'HH:mm:ss') === '00:00:00';
    return formatDate(v, tz, (ru ? 'dd.MM.yyyy' : 'M/d/yyyy') + (midnight ? '' : ' H:mm:ss'));
  }
  if (typeof v === 'boolean') return ru ? (v ? 'ИСТИНА' : 'ЛОЖЬ') : v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    let s = String(v);
    const m = fmt ? /^[#,]*0(?:\.(0+))?(%?)$/.exec(fmt) : null;
    if (m) s = (m[2] ? v * 100 : v).toFixed(m[1]?.length ?? 0) + m[2];
    return ru ? s.replace('.', ',') : s;
  }
  return v;
}

function violation(dv: FakeDataValidation, v: CellValue): string | null {
  if (dv._allowInvalid || v === '') return null;
  const vals = dv._values;
  const num = typeof v === 'number' ? v : NaN;
  const bad = ((): boolean => {
    switch (dv._type) {
      case 'VALUE_IN_LIST':
        return !(vals[0] as unknown[]).map(String).includes(String(v));
      case 'VALUE_IN_RANGE':
        return !(vals[0] as FakeRange)._raw().flat().map(String).includes(String(v));
      case 'CHECKBOX':
        return vals.length > 0 ? v !== vals[0] && v !== vals[1] : typeof v !== 'boolean';
      case 'NUMBER_BETWEEN':
        return !(num >= Number(vals[0]) && num <= Number(vals[1]));
      case 'NUMBER_GREATER_THAN':
        return !(num > Number(vals[0]));
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return !(num >= Number(vals[0]));
      case 'NUMBER_LESS_THAN':
        return !(num < Number(vals[0]));
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return !(num <= Number(vals[0]));
      case 'DATE_IS_VALID_DATE':
        return !isDate(v);
      case 'TEXT_IS_VALID_EMAIL':
        return typeof v !== 'string' || !EMAIL_RE.test(v);
      default:
        return false;
    }
  })();
  if (!bad) return null;
  return dv._type === 'VALUE_IN_LIST'
    ? ` Please enter one of the following values: ${(vals[0] as unknown[]).join(', ')}.`
    : '';
}

/** A data validation rule (immutable; copy() gives a builder). */
export class FakeDataValidation extends GasObject {
  constructor(
    readonly _type: string,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {
    super('DataValidation');
  }
  getCriteriaType(): string {
    return this._type;
  }
  getCriteriaValues(): unknown[] {
    return this._values.slice();
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    return b
      .withCriteria(this._type, this._values)
      .setAllowInvalid(this._allowInvalid)
      .setHelpText(this._helpText);
  }
}

/** Builder of data validation rules (SpreadsheetApp.newDataValidation()). */
export class FakeDataValidationBuilder extends GasObject {
  private type: string | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor() {
    super('DataValidationBuilder');
  }
  private set(type: string, values: unknown[]): FakeDataValidationBuilder {
    this.type = type;
    this.values = values;
    return this;
  }
  requireValueInList(values: unknown, showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values) || values.length === 0)
      badSignature('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): FakeDataValidationBuilder {
    if (!(range instanceof FakeRange))
      badSignature('SpreadsheetApp.DataValidationBuilder.requireValueInRange', [range]);
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  /** A checkbox (TRUE/FALSE or custom values). */
  requireCheckbox(checked?: unknown, unchecked?: unknown): FakeDataValidationBuilder {
    if (checked === undefined) return this.set('CHECKBOX', []);
    return this.set('CHECKBOX', [checked, unchecked ?? '']);
  }
  requireDate(): FakeDataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): FakeDataValidationBuilder {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): FakeDataValidationBuilder {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: Date, b: Date): FakeDataValidationBuilder {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireNumberBetween(a: number, b: number): FakeDataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThan(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): FakeDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): FakeDataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(s: string): FakeDataValidationBuilder {
    return this.set('TEXT_CONTAINS', [s]);
  }
  /** A custom formula (not evaluated). */
  requireFormulaSatisfied(formula: string): FakeDataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(type: string, args: unknown[]): FakeDataValidationBuilder {
    return this.set(String(type), [...args]);
  }
  setAllowInvalid(allow: boolean): FakeDataValidationBuilder {
    this.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): FakeDataValidationBuilder {
    this.helpText = String(text);
    return this;
  }
  getCriteriaType(): string | null {
    return this.type;
  }
  getCriteriaValues(): unknown[] {
    return this.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  build(): FakeDataValidation {
    if (!this.type) fail('You must specify a data validation criteria before building the rule.');
    return new FakeDataValidation(this.type, this.values.slice(), this.allowInvalid, this.helpText);
  }
}

/** A block of cells of one sheet. */
export class FakeRange extends GasObject {
  constructor(
    private readonly state: GasState,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {
    super('Range');
  }

  override _guard(prop: string): void {
    guardRange(this.state, this, prop);
  }

  private each<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i += 1) {
      const line: T[] = [];
      for (let j = 0; j < this._numCols; j += 1) {
        const r = this._row + i;
        const c = this._col + j;
        line.push(fn(this._sheet._cell(r, c), r, c));
      }
      out.push(line);
    }
    return out;
  }

  private cellsCount(): number {
    return this._numRows * this._numCols;
  }
  private tz(): string {
    return this._sheet._ss._tz;
  }
  private read<T>(fn: (cell: Cell | undefined) => T): T[][] {
    this.state.counters.cellsRead += this.cellsCount();
    return this.each(fn);
  }

  /** Values without counting (for the fakes themselves). */
  _raw(): CellValue[][] {
    return this.each((cell) =>
      cell ? (isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v) : '',
    );
  }

  private check2d(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data)) badSignature(`SpreadsheetApp.Range.${method}`, [data]);
    if (data.length !== this._numRows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row)) badSignature(`SpreadsheetApp.Range.${method}`, [data]);
      if (row.length !== this._numCols) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private write(data: unknown[][], formulas: boolean): FakeRange {
    const planned: Array<{ r: number; c: number; v: CellValue; f?: string }> = [];
    data.forEach((line, i) =>
      line.forEach((raw, j) => {
        const r = this._row + i;
        const c = this._col + j;
        const cell = this._sheet._cell(r, c);
        let next: { v: CellValue; f?: string };
        if (formulas) {
          const s = raw === null || raw === undefined ? '' : asString(raw);
          next = s === '' ? { v: '' } : { v: '#ERROR!', f: s.startsWith('=') ? s : `=${s}` };
        } else next = coerceInput(raw, cell?.fmt, this.tz(), this._sheet._ss._locale);
        if (cell?.dv && !next.f) {
          const msg = violation(cell.dv, next.v);
          if (msg !== null)
            fail(
              `The data you entered in cell ${a1Of(r, c)} violates the data validation rules set on this cell.${msg}`,
            );
        }
        planned.push({ r, c, ...next });
      }),
    );
    for (const p of planned) {
      const cell = this._sheet._ensure(p.r, p.c);
      cell.v = p.v;
      if (p.f) cell.f = p.f;
      else delete cell.f;
    }
    this.state.counters.cellsWritten += planned.length;
    return this;
  }

  getValues(): CellValue[][] {
    this.state.counters.cellsRead += this.cellsCount();
    return this._raw();
  }
  getValue(): CellValue {
    this.state.counters.cellsRead += 1;
    const cell = this._sheet._cell(this._row, this._col);
    return cell ? (isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v) : '';
  }
  getDisplayValues(): string[][] {
    return this.read((cell) => displayOf(cell, this.state, this.tz()));
  }
  getDisplayValue(): string {
    this.state.counters.cellsRead += 1;
    return displayOf(this._sheet._cell(this._row, this._col), this.state, this.tz());
  }
  getFormulas(): string[][] {
    return this.read((cell) => cell?.f ?? '');
  }
  getFormula(): string {
    this.state.counters.cellsRead += 1;
    return this._sheet._cell(this._row, this._col)?.f ?? '';
  }
  setValues(values: unknown): FakeRange {
    return this.write(this.check2d('setValues', values), false);
  }
  setValue(value: unknown): FakeRange {
    return this.write(
      Array.from({ length: this._numRows }, () => Array<unknown>(this._numCols).fill(value)),
      false,
    );
  }
  setFormulas(formulas: unknown): FakeRange {
    return this.write(this.check2d('setFormulas', formulas), true);
  }
  setFormula(formula: string): FakeRange {
    return this.write(
      Array.from({ length: this._numRows }, () => Array<unknown>(this._numCols).fill(formula)),
      true,
    );
  }

  private setEach(key: 'fmt' | 'note', values: unknown): FakeRange {
    const grid = Array.isArray(values)
      ? this.check2d(key === 'fmt' ? 'setNumberFormats' : 'setNotes', values)
      : null;
    this.each((_c, r, c) => {
      const v = grid ? grid[r - this._row]?.[c - this._col] : values;
      const cell = this._sheet._ensure(r, c);
      if (v === null || v === undefined || v === '') delete cell[key];
      else cell[key] = asString(v);
    });
    return this;
  }
  private setStyle(key: string, values: unknown): FakeRange {
    const grid = Array.isArray(values) ? this.check2d(`set${key}s`, values) : null;
    this.each((_c, r, c) => {
      const cell = this._sheet._ensure(r, c);
      cell.style = { ...cell.style, [key]: grid ? grid[r - this._row]?.[c - this._col] : values };
    });
    return this;
  }
  private style(key: string, dflt: unknown): unknown {
    return this._sheet._cell(this._row, this._col)?.style?.[key] ?? dflt;
  }

  setNumberFormat(fmt: string): FakeRange {
    return this.setEach('fmt', fmt);
  }
  setNumberFormats(fmts: string[][]): FakeRange {
    return this.setEach('fmt', fmts);
  }
  getNumberFormat(): string {
    return this._sheet._cell(this._row, this._col)?.fmt ?? '0.###############';
  }
  getNumberFormats(): string[][] {
    return this.each((cell) => cell?.fmt ?? '0.###############');
  }
  setNote(note: string | null): FakeRange {
    return this.setEach('note', note);
  }
  setNotes(notes: unknown[][]): FakeRange {
    return this.setEach('note', notes);
  }
  getNote(): string {
    return this._sheet._cell(this._row, this._col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.each((cell) => cell?.note ?? '');
  }
  clearNote(): FakeRange {
    return this.setEach('note', '');
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation))
      badSignature('SpreadsheetApp.Range.setDataValidation', [rule]);
    this.each((_c, r, c) => {
      const cell = this._sheet._ensure(r, c);
      if (rule) cell.dv = rule;
      else delete cell.dv;
    });
    return this;
  }
  setDataValidations(rules: unknown): FakeRange {
    const grid = this.check2d('setDataValidations', rules);
    this.each((_c, r, c) => {
      const rule = grid[r - this._row]?.[c - this._col];
      const cell = this._sheet._ensure(r, c);
      if (rule instanceof FakeDataValidation) cell.dv = rule;
      else delete cell.dv;
    });
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this._sheet._cell(this._row, this._col)?.dv ?? null;
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.each((cell) => cell?.dv ?? null);
  }
  clearDataValidations(): FakeRange {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): FakeRange {
    this.setDataValidation(
      new FakeDataValidationBuilder().requireCheckbox(checked, unchecked).build(),
    );
    this.each((_c, r, c) => {
      this._sheet._ensure(r, c).v = (unchecked ?? false) as CellValue;
    });
    return this;
  }
  /** Removes checkboxes (validation and values). */
  removeCheckboxes(): FakeRange {
    this.setDataValidation(null);
    return this.clearContent();
  }
  setFontWeight(w: string | null): FakeRange {
    return this.setStyle('FontWeight', w ?? 'normal');
  }
  setFontWeights(w: unknown[][]): FakeRange {
    return this.setStyle('FontWeight', w);
  }
  getFontWeight(): string {
    return String(this.style('FontWeight', 'normal'));
  }
  setFontStyle(s: string | null): FakeRange {
    return this.setStyle('FontStyle', s ?? 'normal');
  }
  setFontColor(c: string | null): FakeRange {
    return this.setStyle('FontColor', c ?? '#000000');
  }
  setFontSize(n: number): FakeRange {
    return this.setStyle('FontSize', n);
  }
  setFontFamily(f: string | null): FakeRange {
    return this.setStyle('FontFamily', f ?? 'Arial');
  }
  setBackground(c: string | null): FakeRange {
    return this.setStyle('Background', c ?? '#ffffff');
  }
  setBackgrounds(c: unknown[][]): FakeRange {
    return this.setStyle('Background', c);
  }
  getBackground(): string {
    return String(this.style('Background', '#ffffff'));
  }
  getBackgrounds(): string[][] {
    return this.each((cell) => asString(cell?.style?.Background ?? '#ffffff'));
  }
  setWrap(w: boolean): FakeRange {
    return this.setStyle('Wrap', Boolean(w));
  }
  setWraps(w: unknown[][]): FakeRange {
    return this.setStyle('Wrap', w);
  }
  getWrap(): boolean {
    return Boolean(this.style('Wrap', true));
  }
  setWrapStrategy(s: string): FakeRange {
    return this.setStyle('WrapStrategy', String(s));
  }
  getWrapStrategy(): string {
    return String(this.style('WrapStrategy', 'OVERFLOW'));
  }
  setHorizontalAlignment(a: string | null): FakeRange {
    return this.setStyle('HorizontalAlignment', a ?? 'general');
  }
  setVerticalAlignment(a: string | null): FakeRange {
    return this.setStyle('VerticalAlignment', a ?? 'bottom');
  }
  getHorizontalAlignment(): string {
    return String(this.style('HorizontalAlignment', 'general'));
  }
  setBorder(...args: unknown[]): FakeRange {
    return this.setStyle('Border', args);
  }
  /** Merges the cells (recorded only). */
  merge(): FakeRange {
    return this.setStyle('Merged', true);
  }
  clearContent(): FakeRange {
    this.each((cell) => {
      if (cell) {
        cell.v = '';
        delete cell.f;
      }
    });
    return this;
  }
  clearFormat(): FakeRange {
    this.each((cell) => {
      if (cell) {
        delete cell.fmt;
        delete cell.style;
      }
    });
    return this;
  }
  /** Clears content and formats (or only what the options ask). */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): FakeRange {
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.validationsOnly && !o.commentsOnly;
    if (all || o.contentsOnly) this.clearContent();
    if (all || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }
  isBlank(): boolean {
    return this.each((cell) => !cell || (cell.v === '' && !cell.f))
      .flat()
      .every(Boolean);
  }
  getA1Notation(): string {
    return a1Of(this._row, this._col, this._numRows, this._numCols);
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): FakeRange {
    return this._sheet.getRange(
      this._row + rowOffset,
      this._col + colOffset,
      numRows ?? this._numRows,
      numCols ?? this._numCols,
    );
  }
  getCell(row: number, col: number): FakeRange {
    if (row < 1 || col < 1 || row > this._numRows || col > this._numCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return this._sheet.getRange(this._row + row - 1, this._col + col - 1);
  }
  /** Makes it the active range (and its sheet active). */
  activate(): FakeRange {
    this._sheet.activate();
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this.state, this._sheet, 'RANGE', this);
    this._sheet._protections.push(p);
    return p;
  }
  /** Sorts the rows of the range by column(s): n, {column, ascending} or an array of them. */
  sort(spec: unknown): FakeRange {
    this._sheet._sortRows(this._row, this._numRows, spec);
    return this;
  }
}

/** One sheet (tab). New sheets are 1000 rows × 26 columns. */
export class FakeSheet extends GasObject {
  _rows: Array<Array<Cell | undefined>> = [];
  _maxRows = 1000;
  _maxCols = 26;
  _frozenRows = 0;
  _frozenCols = 0;
  _isHidden = false;
  _tabColor: string | null = null;
  _widths = new Map<number, number>();
  _hiddenCols = new Set<number>();
  _protections: FakeProtection[] = [];
  readonly _charts = new SheetCharts(this);
  readonly _rules = new SheetRules(this);

  constructor(
    private readonly state: GasState,
    readonly _ss: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {
    super('Sheet');
  }

  override _guard(prop: string, args: readonly unknown[]): void {
    guardSheet(this.state, this, prop, args);
  }

  _cell(r: number, c: number): Cell | undefined {
    return this._rows[r - 1]?.[c - 1];
  }
  _ensure(r: number, c: number): Cell {
    const line = (this._rows[r - 1] ??= []);
    return (line[c - 1] ??= { v: '' });
  }
  private static filled(cell: Cell | undefined): boolean {
    return !!cell && (cell.v !== '' || !!cell.f);
  }
  _lastRow(): number {
    for (let r = this._rows.length; r > 0; r -= 1)
      if (this._rows[r - 1]?.some(FakeSheet.filled)) return r;
    return 0;
  }
  _lastCol(): number {
    let last = 0;
    for (const line of this._rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c -= 1)
        if (FakeSheet.filled(line[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }
  _sortRows(start: number, count: number, spec: unknown): void {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: number }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    const rank = (v: CellValue | undefined): number =>
      v === undefined || v === ''
        ? 3
        : typeof v === 'number' || isDate(v)
          ? 0
          : typeof v === 'string'
            ? 1
            : 2;
    const block = this._rows.slice(start - 1, start - 1 + count);
    while (block.length < count) block.push(undefined as unknown as Cell[]);
    block.sort((a, b) => {
      for (const { column, ascending } of specs) {
        const x = a?.[column - 1]?.v;
        const y = b?.[column - 1]?.v;
        const rx = rank(x);
        const ry = rank(y);
        if (rx !== ry) return rx === 3 || ry === 3 ? rx - ry : ascending ? rx - ry : ry - rx;
        if (rx === 3) continue;
        const nx = isDate(x) ? x.getTime() : x;
        const ny = isDate(y) ? y.getTime() : y;
        const cmp = typeof nx === 'string' ? nx.localeCompare(String(ny)) : Number(nx) - Number(ny);
        if (cmp !== 0) return ascending ? cmp : -cmp;
      }
      return 0;
    });
    this._rows.splice(start - 1, count, ...block);
  }
  private growCheck(extraCells: number): void {
    if (this._ss._cellCount() + extraCells > MAX_CELLS) {
      fail(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): FakeSheet {
    this._ss._checkName(String(name), this);
    this._name = String(name);
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): FakeRange {
    if (typeof a === 'string' && b === undefined) {
      const p = parseA1(a, this._maxRows, this._maxCols);
      if (!p) fail('Range not found');
      if (p.sheet !== undefined && p.sheet.toLowerCase() !== this._name.toLowerCase())
        return this._ss.getRange(a);
      return this.getRange(p.row, p.col, p.numRows, p.numCols);
    }
    const args = [a, b, c, d].slice(0, d !== undefined ? 4 : c !== undefined ? 3 : 2);
    if (args.some((x) => typeof x !== 'number' || Number.isNaN(x)))
      badSignature('SpreadsheetApp.Sheet.getRange', args);
    const row = Math.trunc(a as number);
    const col = Math.trunc(b as number);
    const nr = c === undefined ? 1 : Math.trunc(c as number);
    const nc = d === undefined ? 1 : Math.trunc(d as number);
    if (row < 1) fail('The starting row of the range is too small.');
    if (col < 1) fail('The starting column of the range is too small.');
    if (nr < 1) fail('The number of rows in the range must be at least 1.');
    if (nc < 1) fail('The number of columns in the range must be at least 1.');
    if (row + nr - 1 > this._maxRows || col + nc - 1 > this._maxCols) {
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.state, this, row, col, nr, nc);
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    const nr = numRows === -1 ? Math.max(1, this._lastRow() - row + 1) : numRows;
    const nc = numCols === -1 ? Math.max(1, this._lastCol() - col + 1) : numCols;
    return this.getRange(row, col, nr, nc).getValues();
  }
  insertRowsAfter(after: number, howMany: number): FakeSheet {
    if (after < 1 || after > this._maxRows) fail('Those rows are out of bounds.');
    if (howMany < 1) fail('The number of rows to insert must be at least 1.');
    this.growCheck(howMany * this._maxCols);
    if (this._rows.length > after)
      this._rows.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this._maxRows += howMany;
    return this;
  }
  insertRowsBefore(before: number, howMany: number): FakeSheet {
    if (before < 1 || before > this._maxRows) fail('Those rows are out of bounds.');
    this.growCheck(howMany * this._maxCols);
    if (this._rows.length >= before)
      this._rows.splice(before - 1, 0, ...Array.from({ length: howMany }, () => []));
    this._maxRows += howMany;
    return this;
  }
  insertRowAfter(after: number): FakeSheet {
    return this.insertRowsAfter(after, 1);
  }
  insertRowBefore(before: number): FakeSheet {
    return this.insertRowsBefore(before, 1);
  }
  /** Inserts rows at an index (before it). */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    if (after < 1 || after > this._maxCols) fail('Those columns are out of bounds.');
    this.growCheck(howMany * this._maxRows);
    for (const line of this._rows)
      if (line && line.length > after) line.splice(after, 0, ...Array<undefined>(howMany));
    this._maxCols += howMany;
    return this;
  }
  insertColumnsBefore(before: number, howMany: number): FakeSheet {
    if (before < 1 || before > this._maxCols) fail('Those columns are out of bounds.');
    this.growCheck(howMany * this._maxRows);
    for (const line of this._rows)
      if (line && line.length >= before) line.splice(before - 1, 0, ...Array<undefined>(howMany));
    this._maxCols += howMany;
    return this;
  }
  insertColumnAfter(after: number): FakeSheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnBefore(before: number): FakeSheet {
    return this.insertColumnsBefore(before, 1);
  }
  /** Deletes rows (content shifts up, the grid shrinks). */
  deleteRows(start: number, howMany: number): void {
    if (start < 1 || howMany < 1 || start + howMany - 1 > this._maxRows)
      fail('Those rows are out of bounds.');
    if (this._maxRows - howMany <= this._frozenRows)
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(start - 1, howMany);
    this._maxRows -= howMany;
  }
  deleteRow(row: number): FakeSheet {
    this.deleteRows(row, 1);
    return this;
  }
  deleteColumns(start: number, howMany: number): void {
    if (start < 1 || howMany < 1 || start + howMany - 1 > this._maxCols)
      fail('Those columns are out of bounds.');
    if (this._maxCols - howMany <= this._frozenCols)
      fail('Sorry, it is not possible to delete all non-frozen columns.');
    for (const line of this._rows) if (line) line.splice(start - 1, howMany);
    this._maxCols -= howMany;
  }
  deleteColumn(col: number): FakeSheet {
    this.deleteColumns(col, 1);
    return this;
  }
  /** Appends a row after the last row with content (the grid grows when needed). */
  appendRow(rowContents: unknown): FakeSheet {
    if (!Array.isArray(rowContents)) badSignature('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    if (rowContents.length === 0) return this;
    const r = this._lastRow() + 1;
    const extraRows = Math.max(0, r - this._maxRows);
    const extraCols = Math.max(0, rowContents.length - this._maxCols);
    this.growCheck(extraRows * this._maxCols + extraCols * (this._maxRows + extraRows));
    this._maxRows += extraRows;
    this._maxCols += extraCols;
    rowContents.forEach((raw, j) => {
      const cell = this._ensure(r, j + 1);
      const next = coerceInput(raw, cell.fmt, this._ss._tz, this._ss._locale);
      cell.v = next.v;
      if (next.f) cell.f = next.f;
      else delete cell.f;
    });
    this.state.counters.cellsWritten += rowContents.length;
    return this;
  }
  /** Clears content and formats (or what the options ask). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeSheet {
    new FakeRange(this.state, this, 1, 1, this._maxRows, this._maxCols).clear(options);
    return this;
  }
  clearContents(): FakeSheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): FakeSheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): FakeSheet {
    new FakeRange(this.state, this, 1, 1, this._maxRows, this._maxCols).clearNote();
    return this;
  }
  setFrozenRows(n: number): void {
    if (n < 0 || n >= this._maxRows) fail("You can't freeze all visible rows on the sheet.");
    this._frozenRows = n;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(n: number): void {
    if (n < 0 || n >= this._maxCols) fail("You can't freeze all visible columns on the sheet.");
    this._frozenCols = n;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(
      this.state,
      this,
      'SHEET',
      new FakeRange(this.state, this, 1, 1, this._maxRows, this._maxCols),
    );
    this._protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] {
    return this._protections.filter((p) => !p._removed && p.getProtectionType() === String(type));
  }
  // Charts and conditional formats: test/fakes/charts.ts, test/fakes/conditional-formats.ts.
  newChart(): FakeEmbeddedChartBuilder {
    return this._charts.newChart();
  }
  insertChart(chart: unknown): void {
    this._charts.insert(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return this._charts.list();
  }
  removeChart(chart: unknown): void {
    this._charts.remove(chart);
  }
  updateChart(chart: unknown): void {
    this._charts.update(chart);
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this._rules.get();
  }
  setConditionalFormatRules(rules: unknown): void {
    this._rules.set(rules);
  }
  clearConditionalFormatRules(): void {
    this._rules.clear();
  }
  setColumnWidth(col: number, width: number): FakeSheet {
    this._widths.set(col, width);
    return this;
  }
  setColumnWidths(start: number, num: number, width: number): FakeSheet {
    for (let c = start; c < start + num; c += 1) this._widths.set(c, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this._widths.get(col) ?? 100;
  }
  /** Fits columns to content (approximation: 10 px per character). */
  autoResizeColumns(start: number, num: number): FakeSheet {
    for (let c = start; c < start + num; c += 1) {
      const longest = Math.max(
        0,
        ...this._rows.map((line) => String(line?.[c - 1]?.v ?? '').length),
      );
      this._widths.set(c, Math.max(20, longest * 10));
    }
    return this;
  }
  autoResizeColumn(col: number): FakeSheet {
    return this.autoResizeColumns(col, 1);
  }
  hideColumns(col: number, num = 1): void {
    for (let c = col; c < col + num; c += 1) this._hiddenCols.add(c);
  }
  showColumns(col: number, num = 1): void {
    for (let c = col; c < col + num; c += 1) this._hiddenCols.delete(c);
  }
  isColumnHiddenByUser(col: number): boolean {
    return this._hiddenCols.has(col);
  }
  /** Hides the sheet (one visible sheet must remain). */
  hideSheet(): FakeSheet {
    if (!this._isHidden && this._ss._sheets.filter((s) => !s._isHidden).length === 1) {
      fail("You can't hide all the sheets in a document.");
    }
    this._isHidden = true;
    return this;
  }
  showSheet(): FakeSheet {
    this._isHidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._isHidden;
  }
  setTabColor(color: string | null): FakeSheet {
    this._tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  activate(): FakeSheet {
    this._ss._active = this;
    return this;
  }
  /** Copies the sheet into a spreadsheet (this one or another); see sheet-copy.ts. */
  copyTo(spreadsheet: unknown): FakeSheet {
    if (!(spreadsheet instanceof FakeSpreadsheet))
      badSignature('SpreadsheetApp.Sheet.copyTo', [spreadsheet]);
    return copySheet(this.state, this, spreadsheet);
  }
  sort(columnPosition: number, ascending = true): FakeSheet {
    const start = this._frozenRows + 1;
    this._sortRows(start, Math.max(0, this._lastRow() - start + 1), {
      column: columnPosition,
      ascending,
    });
    return this;
  }
}

/** A spreadsheet file. Test helpers (sheetNames, sheetValues, setSheetValues, formulasIn) are invisible to scripts. */
export class FakeSpreadsheet extends GasObject {
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _formUrl: string | null = null;
  readonly _metadata: FakeDeveloperMetadata[] = [];
  private named = new Map<string, FakeRange>();
  /** Owner, editors and viewers of the file. */
  readonly _sharing: FileSharing;

  /** A new file, private to `owner` (default: the effective user, as SpreadsheetApp.create makes it). */
  constructor(
    private readonly state: GasState,
    readonly _id: string,
    private name: string,
    public _tz: string,
    public _locale: string,
    owner: string = state.effectiveUserEmail,
  ) {
    super('Spreadsheet');
    this._sharing = new FileSharing(state, owner);
    this._active = this._addSheet(isRu(state) ? 'Лист1' : 'Sheet1', 0);
  }

  override _hidden(prop: string): boolean {
    return [
      'sheetNames',
      'sheetValues',
      'setSheetValues',
      'formulasIn',
      'sheet',
      'sharing',
      'share',
      'unshare',
    ].includes(prop);
  }
  override _guard(prop: string, args: readonly unknown[]): void {
    guardSpreadsheet(this.state, this, prop, args);
  }
  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxCols, 0);
  }
  _checkName(name: string, self?: FakeSheet): void {
    if (name.trim() === '') fail('Sheet names cannot be empty.');
    if (name.length > 100) fail('The sheet name cannot be greater than 100 characters.');
    if (this._sheets.some((s) => s !== self && s._name.toLowerCase() === name.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  _addSheet(name: string, index: number): FakeSheet {
    this._checkName(name);
    if (this._cellCount() + 26000 > MAX_CELLS) {
      fail(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
    const id = this._sheets.length === 0 ? 0 : 100000 + nextSeq(this.state) * 7349;
    const sheet = new FakeSheet(this.state, this, name, id);
    this._sheets.splice(Math.max(0, Math.min(index, this._sheets.length)), 0, sheet);
    return sheet;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this.name;
  }
  rename(name: string): void {
    this.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }
  getSheets(): FakeSheet[] {
    return this._sheets.slice();
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  /** insertSheet(), (name), (index), (name, index): the new sheet becomes active. */
  insertSheet(a?: unknown, b?: unknown): FakeSheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    else if (a !== undefined && a !== null && typeof a !== 'object')
      badSignature('SpreadsheetApp.Spreadsheet.insertSheet', [a, b]);
    if (typeof b === 'number') index = b;
    if (name === undefined) {
      const base = isRu(this.state) ? 'Лист' : 'Sheet';
      let n = this._sheets.length + 1;
      while (this.getSheetByName(`${base}${n}`)) n += 1;
      name = `${base}${n}`;
    }
    this._active = this._addSheet(name, index);
    return this._active;
  }
  /** Deletes a sheet (the last visible one cannot go). */
  deleteSheet(sheet: FakeSheet): void {
    if (!(sheet instanceof FakeSheet) || !this._sheets.includes(sheet))
      badSignature('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    if (!sheet._isHidden && this._sheets.filter((s) => !s._isHidden).length === 1) {
      fail("You can't remove all the visible sheets in a document.");
    }
    this._sheets.splice(this._sheets.indexOf(sheet), 1);
    if (this._active === sheet)
      this._active = this._sheets.find((s) => !s._isHidden) ?? this._sheets[0]!;
  }
  getActiveSheet(): FakeSheet {
    return this._active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    if (!(sheet instanceof FakeSheet))
      badSignature('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this._active = sheet;
    return sheet;
  }
  getActiveRange(): FakeRange {
    return this._active.getRange(1, 1);
  }
  getRange(a1: string): FakeRange {
    const p = parseA1(String(a1), 1e9, 1e6);
    if (!p) fail('Range not found');
    const sheet = p.sheet === undefined ? this._active : this.getSheetByName(p.sheet);
    if (!sheet) fail('Range not found');
    const q = parseA1(String(a1), sheet._maxRows, sheet._maxCols)!;
    return sheet.getRange(q.row, q.col, q.numRows, q.numCols);
  }
  setNamedRange(name: string, range: FakeRange): void {
    this.named.set(String(name), range);
  }
  getRangeByName(name: string): FakeRange | null {
    return this.named.get(String(name)) ?? null;
  }
  removeNamedRange(name: string): void {
    this.named.delete(String(name));
  }
  getSpreadsheetTimeZone(): string {
    return this._tz;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this._tz = String(tz);
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  /** Shows a toast (recorded in env.ui.toasts). */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.state.ui.toasts.push({
      message: asString(msg),
      title: title === undefined ? '' : asString(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  /** The owner of the file ("Returns the owner of the document"). */
  getOwner(): FakeUser {
    return new FakeUser(this._sharing.owner);
  }
  /**
   * The owner and the editors. Whether Sheets lists the owner is not documented; live tests of
   * Document.getEditors (gas-fakes) show the owner, and listing it is the cautious side for code
   * that looks for people who can edit. Empty for a caller without edit access, as Drive's
   * File.getEditors documents (developers.google.com/apps-script/reference/drive/file#getEditors());
   * Spreadsheet's page (.../reference/spreadsheet/spreadsheet#getEditors()) says nothing.
   */
  getEditors(): FakeUser[] {
    if (!this._sharing.canEdit(this.state.effectiveUserEmail)) return [];
    return this._sharing.editorList().map((e) => new FakeUser(e));
  }
  /**
   * "Gets the list of viewers and commenters". Undocumented whether editors and the owner are
   * included; live tests of Document.getViewers (gas-fakes) show them, so they are listed too.
   * Never read "only a viewer" from this list: compare with getEditors().
   */
  getViewers(): FakeUser[] {
    if (!this._sharing.canEdit(this.state.effectiveUserEmail)) return [];
    return this._sharing.viewerList().map((e) => new FakeUser(e));
  }
  /** Adds an editor (promoted out of the viewers). Any editor may share: Drive's default. */
  addEditor(user: unknown): FakeSpreadsheet {
    this._sharing.addEditor(emailOf(user));
    return this;
  }
  addEditors(users: unknown[]): FakeSpreadsheet {
    users.forEach((u) => this.addEditor(u));
    return this;
  }
  /** Removes an editor (and the same user from the viewers); the domain's general access stays. */
  removeEditor(user: unknown): FakeSpreadsheet {
    this._sharing.removeEditor(emailOf(user));
    return this;
  }
  /** Adds a viewer; no effect on an editor. */
  addViewer(user: unknown): FakeSpreadsheet {
    this._sharing.addViewer(emailOf(user));
    return this;
  }
  addViewers(users: unknown[]): FakeSpreadsheet {
    users.forEach((u) => this.addViewer(u));
    return this;
  }
  /** Removes a viewer; no effect on an editor. */
  removeViewer(user: unknown): FakeSpreadsheet {
    this._sharing.removeViewer(emailOf(user));
    return this;
  }
  /** Spreadsheet.addDeveloperMetadata(key[, value][, visibility]). */
  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): FakeSpreadsheet {
    const isVisibility = (v: unknown): v is string =>
      typeof v === 'string' && v in DEVELOPER_METADATA_VISIBILITY;
    // (key, visibility) and (key, value[, visibility]) are both documented overloads.
    const vis = isVisibility(visibility) ? visibility : isVisibility(value) ? value : 'DOCUMENT';
    const text = typeof value === 'string' && !isVisibility(value) ? value : null;
    this._metadata.push(new FakeDeveloperMetadata(this._metadata, String(key), text, vis));
    return this;
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this._metadata);
  }
  getFormUrl(): string | null {
    return this._formUrl;
  }
  getProtections(type: string): FakeProtection[] {
    return this._sheets.flatMap((s) => s.getProtections(type));
  }
  getDataRange(): FakeRange {
    return this._active.getDataRange();
  }
  /** Old-style menu (recorded like Ui menus). */
  addMenu(name: string, entries: Array<{ name: string; functionName: string } | null>): void {
    this.state.ui._addMenu({
      title: String(name),
      addon: false,
      items: entries.map((e) =>
        e ? { caption: e.name, functionName: e.functionName } : { caption: '', separator: true },
      ),
    });
  }

  /** Test helper: who can open and edit the file. */
  sharing(): SharingView {
    return this._sharing.snapshot();
  }
  /** Test helper: shares the file (adds to what it has; `owner` transfers it). */
  share(spec: ShareSpec): FakeSpreadsheet {
    applyShare(this._sharing, spec);
    return this;
  }
  /** Test helper: takes every explicit access (editor or viewer) from these users. */
  unshare(...emails: string[]): FakeSpreadsheet {
    for (const e of emails) this._sharing.removeEditor(e);
    return this;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    if (typeof pos !== 'number' || pos < 1 || pos > this._sheets.length)
      badSignature('SpreadsheetApp.Spreadsheet.moveActiveSheet', [pos]);
    this._sheets.splice(this._sheets.indexOf(this._active), 1);
    this._sheets.splice(pos - 1, 0, this._active);
  }

  /** Test helper: sheet names in tab order. */
  sheetNames(): string[] {
    return this._sheets.map((s) => s._name);
  }
  /** Test helper: a sheet by name (throws if absent). */
  sheet(name: string): FakeSheet {
    const s = this.getSheetByName(name);
    if (!s) throw new Error(`No sheet named "${name}" (have: ${this.sheetNames().join(', ')})`);
    return s;
  }
  /** Test helper: 2-D copy of the data extent of a sheet (not counted). */
  sheetValues(name: string): CellValue[][] {
    const s = this.sheet(name);
    const nr = s._lastRow();
    const nc = s._lastCol();
    return nr === 0 ? [] : new FakeRange(this.state, s, 1, 1, nr, nc)._raw();
  }
  setSheetValues(name: string, values: unknown[][]): FakeSheet {
    const s = this.getSheetByName(name) ?? this._addSheet(name, this._sheets.length);
    for (const line of s._rows)
      line?.forEach((cell) => {
        if (cell) {
          cell.v = '';
          delete cell.f;
        }
      });
    const width = Math.max(0, ...values.map((r) => r.length));
    s._maxRows = Math.max(s._maxRows, values.length);
    s._maxCols = Math.max(s._maxCols, width);
    values.forEach((line, i) =>
      line.forEach((raw, j) => {
        const cell = s._ensure(i + 1, j + 1);
        const next = coerceInput(raw, cell.fmt, this._tz, this._locale);
        cell.v = next.v;
        if (next.f) cell.f = next.f;
        else delete cell.f;
      }),
    );
    return s;
  }
  /** Test helper: every cell of a sheet that holds a formula. */
  formulasIn(name: string): Array<{ a1: string; formula: string }> {
    const out: Array<{ a1: string; formula: string }> = [];
    this.sheet(name)._rows.forEach((line, i) =>
      line?.forEach((cell, j) => {
        if (cell?.f) out.push({ a1: a1Of(i + 1, j + 1), formula: cell.f });
      }),
    );
    return out;
  }
}

/** A menu item, separator or submenu as recorded by env.ui. */
export interface MenuItemRecord {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: MenuRecord;
}
/** A menu as recorded by env.ui. */
export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuItemRecord[];
}
/** A dialog or sidebar shown. */
export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

/** What the UI showed: menus, alerts, prompts, toasts, dialogs; queues the user's answers. */
export class UiRecorder {
  menus: MenuRecord[] = [];
  alerts: Array<{ title: string; prompt: string; buttons: string; response: string }> = [];
  prompts: Array<{
    title: string;
    prompt: string;
    buttons: string;
    response: string;
    text: string;
  }> = [];
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }> = [];
  dialogs: DialogRecord[] = [];
  private alertAnswers: string[] = [];
  private promptAnswers: Array<{ text: string; button: string }> = [];

  /** The next alerts will return these buttons (e.g. 'YES', 'NO', 'CANCEL'). */
  queueAlertResponses(...buttons: string[]): void {
    this.alertAnswers.push(...buttons);
  }
  queuePromptResponse(text: string, button = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }
  /** A recorded menu by title (the add-on menu has addon: true). */
  menu(title?: string): MenuRecord | undefined {
    return this.menus.find((m) => (title === undefined ? m.addon : m.title === title));
  }
  get sidebars(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }
  _addMenu(m: MenuRecord): void {
    this.menus = this.menus.filter((x) => !(x.title === m.title && x.addon === m.addon));
    this.menus.push(m);
  }
  _nextAlert(dflt: string): string {
    return this.alertAnswers.shift() ?? dflt;
  }
  _nextPrompt(): { text: string; button: string } {
    return this.promptAnswers.shift() ?? { text: '', button: 'OK' };
  }
}

const BUTTON = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const BUTTON_SET = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

/** A custom or add-on menu being built. */
export class FakeMenu extends GasObject {
  private items: MenuItemRecord[] = [];

  constructor(
    private readonly state: GasState,
    private readonly title: string,
    private readonly addon: boolean,
  ) {
    super('Menu');
  }
  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string')
      badSignature('Menu.addItem', [caption, functionName]);
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    if (!(menu instanceof FakeMenu)) badSignature('Menu.addSubMenu', [menu]);
    this.items.push({ caption: menu.title, submenu: menu._record() });
    return this;
  }
  /** Inserts the menu into the editor UI (recorded in env.ui.menus). */
  addToUi(): void {
    this.state.ui._addMenu(this._record());
  }
  _record(): MenuRecord {
    return { title: this.title, addon: this.addon, items: this.items.map((i) => ({ ...i })) };
  }
}

/** Answer of Ui.prompt. */
export class FakePromptResponse extends GasObject {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {
    super('PromptResponse');
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

/** The editor UI: menus, alerts, prompts, sidebars and dialogs. */
export class FakeUi extends GasObject {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(private readonly state: GasState) {
    super('Ui');
  }
  private dialogArgs(
    prompt: unknown,
    a: unknown,
    b: unknown,
  ): { title: string; prompt: string; buttons: string } {
    if (b !== undefined)
      return { title: asString(prompt), prompt: asString(a), buttons: asString(b) };
    if (a !== undefined && Object.values(BUTTON_SET).includes(a as never))
      return { title: '', prompt: asString(prompt), buttons: asString(a) };
    if (a !== undefined) return { title: asString(prompt), prompt: asString(a), buttons: 'OK' };
    return { title: '', prompt: String(prompt), buttons: 'OK' };
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.state, String(caption), false);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.state, 'Add-on', true);
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): the queued answer or the set's first button. */
  alert(prompt: unknown, a?: unknown, b?: unknown): string {
    const d = this.dialogArgs(prompt, a, b);
    const response = this.state.ui._nextAlert(d.buttons.startsWith('YES') ? 'YES' : 'OK');
    this.state.ui.alerts.push({ ...d, response });
    return response;
  }
  /** prompt(...) like alert; answer from env.ui.queuePromptResponse (default: '' and OK). */
  prompt(prompt: unknown, a?: unknown, b?: unknown): FakePromptResponse {
    const d = this.dialogArgs(prompt, a, b);
    const ans = this.state.ui._nextPrompt();
    this.state.ui.prompts.push({ ...d, response: ans.button, text: ans.text });
    return new FakePromptResponse(ans.text, ans.button);
  }
  private show(kind: DialogRecord['kind'], html: unknown, title?: string): void {
    if (!(html instanceof FakeHtmlOutput)) badSignature(`Ui.show${kind}`, [html]);
    const s = html._snapshot();
    this.state.ui.dialogs.push({
      kind,
      title: title ?? s.title,
      content: s.content,
      width: s.width,
      height: s.height,
    });
  }
  showSidebar(html: unknown): void {
    this.show('sidebar', html);
  }
  showModalDialog(html: unknown, title: string): void {
    this.show('modal', html, String(title));
  }
  showModelessDialog(html: unknown, title: string): void {
    this.show('modeless', html, String(title));
  }
}

/** SpreadsheetApp service. */
export class FakeSpreadsheetApp extends GasObject {
  readonly DataValidationCriteria = Object.freeze(
    Object.fromEntries(
      [
        'DATE_AFTER',
        'DATE_BEFORE',
        'DATE_BETWEEN',
        'DATE_EQUAL_TO',
        'DATE_IS_VALID_DATE',
        'DATE_NOT_BETWEEN',
        'DATE_ON_OR_AFTER',
        'DATE_ON_OR_BEFORE',
        'NUMBER_BETWEEN',
        'NUMBER_EQUAL_TO',
        'NUMBER_GREATER_THAN',
        'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        'NUMBER_LESS_THAN',
        'NUMBER_LESS_THAN_OR_EQUAL_TO',
        'NUMBER_NOT_BETWEEN',
        'NUMBER_NOT_EQUAL_TO',
        'TEXT_CONTAINS',
        'TEXT_DOES_NOT_CONTAIN',
        'TEXT_EQUAL_TO',
        'TEXT_IS_VALID_EMAIL',
        'TEXT_IS_VALID_URL',
        'VALUE_IN_LIST',
        'VALUE_IN_RANGE',
        'CUSTOM_FORMULA',
        'CHECKBOX',
      ].map((k) => [k, k]),
    ),
  );
  readonly ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });
  readonly DeveloperMetadataVisibility = DEVELOPER_METADATA_VISIBILITY;
  readonly InterpolationType = INTERPOLATION_TYPES;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly BorderStyle = Object.freeze({
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  });

  constructor(private readonly state: GasState) {
    super('SpreadsheetApp');
  }
  private activeSs(): FakeSpreadsheet {
    if (!this.state.active) fail('No active spreadsheet.');
    return this.state.active;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.activeSs();
  }
  getActive(): FakeSpreadsheet {
    return this.activeSs();
  }
  getActiveSheet(): FakeSheet {
    return this.activeSs()._active;
  }
  getActiveRange(): FakeRange {
    return this.activeSs().getActiveRange();
  }
  override _guard(prop: string): void {
    if (prop.startsWith('getActive'))
      this.activeSs()._sharing.requireView(this.state.effectiveUserEmail);
  }
  /** Opens a file the effective user can open; others get Google's access message. */
  openById(id: string): FakeSpreadsheet {
    const ss = this.state.spreadsheets.get(String(id));
    if (!ss)
      fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    ss._sharing.requireView(this.state.effectiveUserEmail);
    return ss;
  }
  openByUrl(url: string): FakeSpreadsheet {
    const m = /\/d\/([^/]+)/.exec(String(url));
    if (!m?.[1]) fail('Invalid argument: url');
    return this.openById(m[1]);
  }
  /** A new file in the effective user's Drive, shared with nobody; optionally rows × columns. */
  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    const ss = createSpreadsheet(this.state, String(name));
    if (rows !== undefined || columns !== undefined) {
      const sheet = ss._active;
      if (
        !Number.isInteger(rows) ||
        !Number.isInteger(columns) ||
        (rows as number) < 1 ||
        (columns as number) < 1
      )
        badSignature('SpreadsheetApp.create', [name, rows, columns]);
      sheet._maxRows = rows as number;
      sheet._maxCols = columns as number;
    }
    return ss;
  }
  getUi(): FakeUi {
    if (!this.state.uiAvailable) fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return new FakeUi(this.state);
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  /** Applies pending changes (no-op). */
  flush(): void {}
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this.activeSs().setActiveSheet(sheet);
  }
}

/** Registers a new spreadsheet file owned by `owner` (default: the effective user). */
export function createSpreadsheet(
  state: GasState,
  name: string,
  opts: { owner?: string; id?: string; locale?: string; timeZone?: string } = {},
): FakeSpreadsheet {
  const id =
    opts.id ?? `1FakeSs${nextSeq(state).toString().padStart(6, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
  if (state.spreadsheets.has(id)) throw new Error(`A spreadsheet with id ${id} already exists`);
  const ss = new FakeSpreadsheet(
    state,
    id,
    name,
    opts.timeZone ?? state.timeZone,
    opts.locale ?? state.locale,
    opts.owner ?? state.effectiveUserEmail,
  );
  state.spreadsheets.set(id, ss);
  return ss;
}
