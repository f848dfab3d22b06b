/**
 * Readers for single cells: dates, times, yes/no, marks, e-mails, phones, class names and closed
 * vocabularies. Each returns a value or a `Failure` with a reason in the workbook's language;
 * `schemas.ts` wraps them into zod/mini codecs for whole rows.
 */
import * as z from 'zod/mini';
import { dateFromSerial, localDate, type LocalDate, type LocalTime, type Zone } from './calendar';
import { cellText, isBlank, isDateValue, normalizeWord } from './cells';
import { VOCABULARIES, type Credit, type VocabularyName, type VocabularyValue } from './vocabulary';
import type { DomainStrings, Names } from './words';

/** A rejected cell: why, in words for the person who typed it. */
export interface Failure {
  readonly failure: string;
}
/** Creates a Failure. */
export const fail = (reason: string): Failure => ({ failure: reason });
/** True when a reader rejected its cell. */
export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'failure' in value;
}

/**
 * What the readers need to know about the school: its time zone, its language, and the names of
 * every language (people type yes/no and vocabulary words in either).
 */
export interface ParseContext {
  readonly zone: Zone;
  readonly strings: DomainStrings;
  readonly languages: readonly Names[];
}

const DATE_DMY =
  /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:\s*г\.?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DATE_ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a date: a date value, a Sheets serial number, `28.11.2026`, `28.11.26` or `2026-11-28`. */
export function parseDate(raw: unknown, ctx: ParseContext): LocalDate | Failure {
  const bad = fail(ctx.strings.problems.badDate);
  if (isDateValue(raw)) {
    if (Number.isNaN(raw.getTime()) || raw.getUTCFullYear() < 1900) return bad;
    return ctx.zone.parts(raw).date;
  }
  if (typeof raw === 'number') {
    // Serial numbers below 1 are times of day, not dates; 2958465 is 31.12.9999.
    if (!Number.isFinite(raw) || raw < 1 || raw > 2958465) return bad;
    return dateFromSerial(raw);
  }
  const text = cellText(raw);
  let m = DATE_DMY.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return localDate(year, Number(m[2]), Number(m[1])) ?? bad;
  }
  m = DATE_ISO.exec(text);
  if (m) return localDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? bad;
  return bad;
}

const TIME_TEXT = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;

/** Reads a time of day: `09:00`, `9.00`, a time value or a fraction of a day. */
export function parseTime(raw: unknown, ctx: ParseContext): LocalTime | Failure {
  const bad = fail(ctx.strings.problems.badTime);
  if (isDateValue(raw)) {
    if (Number.isNaN(raw.getTime())) return bad;
    return ctx.zone.parts(raw).minutes;
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return bad;
    const fraction = raw - Math.floor(raw);
    return Math.round(fraction * 1440) % 1440;
  }
  const m = TIME_TEXT.exec(cellText(raw));
  if (!m) return bad;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return bad;
  return hours * 60 + minutes;
}

const yesNoWords = new WeakMap<readonly Names[], { yes: Set<string>; no: Set<string> }>();

function yesNoOf(languages: readonly Names[]): { yes: Set<string>; no: Set<string> } {
  let words = yesNoWords.get(languages);
  if (words === undefined) {
    words = {
      yes: new Set(languages.flatMap((s) => s.yesAliases.map(normalizeWord))),
      no: new Set(languages.flatMap((s) => s.noAliases.map(normalizeWord))),
    };
    yesNoWords.set(languages, words);
  }
  return words;
}

/** Reads yes/no: да/нет/yes/no/true/false/1/0 and checkboxes. */
export function parseYesNo(raw: unknown, ctx: ParseContext): boolean | Failure {
  if (typeof raw === 'boolean') return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  const word = normalizeWord(cellText(raw));
  const { yes, no } = yesNoOf(ctx.languages);
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return fail(ctx.strings.problems.badYesNo);
}

const emailSchema = z.email();

/** Reads one e-mail address: trimmed, lower-cased and checked. */
export function parseEmail(raw: unknown, ctx: ParseContext): string | Failure {
  const text = cellText(raw)
    .toLowerCase()
    .replace(/^mailto:/, '');
  return emailSchema.safeParse(text).success ? text : fail(ctx.strings.problems.badEmail);
}

/** Reads a list of e-mails separated by commas, semicolons or spaces. */
export function parseEmailList(raw: unknown, ctx: ParseContext): string[] | Failure {
  const parts = cellText(raw)
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  const out: string[] = [];
  for (const part of parts) {
    const email = parseEmail(part, ctx);
    if (isFailure(email)) return email;
    if (!out.includes(email)) out.push(email);
  }
  return out;
}

/** A mark: 1–5, or a pass/fail credit. */
export type Mark = 1 | 2 | 3 | 4 | 5 | Credit;

/** Reads a mark: 1–5, «зачёт», «незачёт». `5+`, `6` and `4.5` are rejected, not rounded. */
export function parseMark(raw: unknown, ctx: ParseContext): Mark | Failure {
  const bad = fail(ctx.strings.problems.badMark);
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 1 && raw <= 5 ? (raw as Mark) : bad;
  }
  const text = cellText(raw);
  if (/^[1-5]$/.test(text)) return Number(text) as Mark;
  const credit = lookupVocabulary('credit', text, ctx.languages);
  return credit ?? bad;
}

/** Reads a phone number loosely: 5 to 15 digits, with the usual signs between them. */
export function parsePhone(raw: unknown, ctx: ParseContext): string | Failure {
  const text = cellText(raw);
  if (!/^[\d\s()+\-.,;]+$/.test(text)) return fail(ctx.strings.problems.badPhone);
  const digits = text.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 30 ? text : fail(ctx.strings.problems.badPhone);
}

/** Reads a whole number within bounds. */
export function parseInteger(
  raw: unknown,
  ctx: ParseContext,
  min = 0,
  max = 1e9,
): number | Failure {
  const n = typeof raw === 'number' ? raw : Number(cellText(raw).replace(',', '.'));
  return Number.isInteger(n) && n >= min && n <= max ? n : fail(ctx.strings.problems.badNumber);
}

// Latin letters that look like Cyrillic ones: «5A» typed on an English keyboard is the class «5А».
const LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const CLASS_NAME = /^(\d{1,2})\s*[-–—]?\s*([A-ZА-ЯЁ])?$/;

/** Reads a class name: `5А`, `5 а`, `5-А` and a Latin `5A` are all «5А»; number 1–11. */
export function parseClassName(raw: unknown, ctx: ParseContext): string | Failure {
  const m = CLASS_NAME.exec(cellText(raw).toUpperCase());
  const grade = m ? Number(m[1]) : 0;
  if (!m || grade < 1 || grade > 11) return fail(ctx.strings.problems.badClassName);
  const letter = m[2] ? (LOOKALIKES[m[2]] ?? m[2]).replace('Ё', 'Е') : '';
  return `${grade}${letter}`;
}

/** The grade number of a class name («5А» → 5). */
export function gradeOf(className: string): number {
  return parseInt(className, 10);
}

type VocabularyIndex = { [N in VocabularyName]: Map<string, VocabularyValue<N>> };

function buildVocabularyIndex(languages: readonly Names[]): VocabularyIndex {
  const index = {} as Record<VocabularyName, Map<string, string>>;
  for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) {
    const words = new Map<string, string>();
    for (const code of VOCABULARIES[name]) {
      words.set(normalizeWord(code), code);
      for (const strings of languages) {
        words.set(
          normalizeWord((strings.labels[name] as Record<string, string>)[code] ?? code),
          code,
        );
        for (const alias of strings.aliases[name]?.[code] ?? [])
          words.set(normalizeWord(alias), code);
      }
    }
    index[name] = words;
  }
  return index as unknown as VocabularyIndex;
}

const vocabularyIndexes = new WeakMap<readonly Names[], VocabularyIndex>();

/** The code of a vocabulary word typed in any of `languages`, or undefined. */
export function lookupVocabulary<N extends VocabularyName>(
  name: N,
  raw: unknown,
  languages: readonly Names[],
): VocabularyValue<N> | undefined {
  let index = vocabularyIndexes.get(languages);
  if (index === undefined)
    vocabularyIndexes.set(languages, (index = buildVocabularyIndex(languages)));
  const word = normalizeWord(cellText(raw)).replace(/\.$/, '');
  return index[name].get(word) ?? index[name].get(`${word}.`);
}

/** Reads a closed vocabulary value; the failure lists what the drop-down offers. */
export function parseChoice<N extends VocabularyName>(
  name: N,
  raw: unknown,
  ctx: ParseContext,
): VocabularyValue<N> | Failure {
  const found = lookupVocabulary(name, raw, ctx.languages);
  if (found !== undefined) return found;
  return fail(ctx.strings.problems.badChoice(Object.values<string>(ctx.strings.labels[name])));
}

/** True for a value that is blank. Re-exported for codecs. */
export { isBlank };
