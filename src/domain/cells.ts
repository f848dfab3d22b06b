/**
 * Raw cell values as every workbook adapter returns them, and the few rules for reading them.
 */

/** What one spreadsheet cell holds. A Date is an instant; empty cells are '' or null. */
export type Cell = string | number | boolean | Date | null;
/** A rectangle of cells; row 0 is the header row when it is a table. */
export type Grid = Cell[][];

/** True for Date objects from any realm (Apps Script and vm contexts have their own Date). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for '', null, undefined and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

/** A cell as trimmed text, for messages and free-text fields. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDateValue(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * Folds what people type into one comparable form: trimmed, lower case, «ё» = «е», single spaces,
 * dashes unified. Used for headers and closed vocabularies alike.
 */
export function normalizeWord(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ');
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Text written to a sheet must never become a formula: Sheets would evaluate `=IMPORTXML(...)`
 * typed into a form. A leading apostrophe makes Sheets store the text as it is.
 */
export function sheetSafe(value: Cell): Cell {
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

/**
 * True for text that Sheets would turn into something else when it is written as a person would
 * type it (Range.setValues; Sheets API, ValueInputOption USER_ENTERED): a formula, or what the
 * spreadsheet's locale reads as a number, a date, a time, a percentage, an amount or a boolean
 * (with ru_RU, «28.11.2026» becomes a date and «9:20» a time). Generous on purpose: text kept as
 * text costs nothing, text turned into a date is lost.
 */
export function wouldNotStayText(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return (
    sheetSafe(text) !== text ||
    /^[-+.,(]?\s*\d/.test(t) ||
    /^[$€₽£¥]/.test(t) ||
    /^(?:true|false|истина|ложь)$/i.test(t)
  );
}
