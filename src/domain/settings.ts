/**
 * The «Настройки» sheet: keys, defaults and how each value is read (docs/contracts.md «Workbook»). A bad value is
 * reported and replaced by its default, so one typo never stops the school's mail.
 */
import { addDays, daysBetween, type LocalDate } from './calendar';
import { cellText, isBlank, normalizeWord } from './cells';
import {
  isFailure,
  lookupVocabulary,
  type ParseContext,
  parseDate,
  parseEmail,
  parseEmailList,
  parseInteger,
} from './parse';
import type { Problem } from './problems';
import type { Located, SettingRow } from './rows';
import type { DomainStrings, Names } from './words';
import {
  type Locale,
  type MailMode,
  type PrivacyMode,
  type SurveyInvitations,
  type VocabularyName,
  type Weekday,
} from './vocabulary';

/** The school's settings, typed and defaulted. */
export interface Settings {
  readonly schoolName: string;
  readonly timezone: string;
  readonly locale: Locale;
  readonly adminEmails: readonly string[];
  readonly hotlinePhones: readonly string[];
  /** Prefixed to a local hotline number so a phone can dial it (`8212` for «62-76-04»). */
  readonly phoneAreaCode: string;
  readonly schoolEmail: string;
  readonly website: string;
  readonly mailMode: MailMode;
  readonly publishHour: number;
  /** Hours before `publish_hour` the administration gets the lessons not agreed yet. */
  readonly notAgreedLeadHours: number;
  readonly schoolDays: readonly Weekday[];
  readonly holidays: ReadonlySet<LocalDate>;
  /** Undefined: the morning after the journal deadline of the last school day (weekly-letter-time). */
  readonly summaryDay?: Weekday | undefined;
  /** Undefined: see `weeklyLetterCadence`. */
  readonly summaryHour?: number | undefined;
  readonly reportDay: Weekday;
  readonly surveyInvitations: SurveyInvitations;
  readonly archiveWeeks: number;
  readonly journalDeadlineHours: number;
  readonly lowScoreThreshold: number;
  readonly quotaReserve: number;
  readonly privacyMode: PrivacyMode;
  /** The kind of Google account the triggers run as: its daily limits differ (docs/contracts.md «Settings added»). */
  readonly accountType: AccountType;
  /** The share (percent) of the day's trigger time after which no new work is started. */
  readonly triggerTimeShare: number;
  /** Weeks a survey's free-text answers are kept (then cleared; the scores stay). */
  readonly surveyTextWeeks: number;
}

/** A consumer (gmail.com) or a Google Workspace account. */
export type AccountType = 'consumer' | 'workspace';

/**
 * Every key in sheet order with its default. `mail_mode` starts at preview: a fresh install must
 * not mail 250 families before the administrator has looked (docs/decisions.md). Values of a
 * vocabulary are codes here; setup writes them in the workbook's language (`settingDefaultText`).
 * `summary_day` and `summary_hour` are blank: the weekly letter then follows the journal deadline.
 */
export const SETTING_DEFAULTS: ReadonlyArray<readonly [string, string]> = [
  ['school_name', ''],
  ['timezone', 'Europe/Moscow'],
  ['locale', 'ru'],
  ['admin_emails', ''],
  ['hotline_phones', ''],
  ['phone_area_code', ''],
  ['school_email', ''],
  ['website', ''],
  ['mail_mode', 'preview'],
  ['publish_hour', '17'],
  ['not_agreed_lead_hours', '3'],
  ['school_days', 'пн–пт'],
  ['holidays', ''],
  ['summary_day', ''],
  ['summary_hour', ''],
  ['report_day', 'пн'],
  ['survey_invitations', 'monthly'],
  ['archive_weeks', '8'],
  ['journal_deadline_hours', '24'],
  ['low_score_threshold', '2'],
  ['quota_reserve', '5'],
  ['privacy_mode', 'standard'],
  ['account_type', 'consumer'],
  ['trigger_time_share', '80'],
  ['survey_text_weeks', '8'],
];

const LONG_WEEKDAYS = [
  ['понедельник', 'monday'],
  ['вторник', 'tuesday'],
  ['среда', 'wednesday'],
  ['четверг', 'thursday'],
  ['пятница', 'friday'],
  ['суббота', 'saturday'],
  ['воскресенье', 'sunday'],
];

const weekdayWords = new WeakMap<readonly Names[], Record<string, Weekday>>();

function weekdayWordsOf(languages: readonly Names[]): Record<string, Weekday> {
  let words = weekdayWords.get(languages);
  if (words === undefined) {
    words = {};
    for (const strings of languages)
      strings.weekdaysShort.forEach((w, i) => (words![w] = (i + 1) as Weekday));
    LONG_WEEKDAYS.forEach((names, i) => names.forEach((w) => (words![w] = (i + 1) as Weekday)));
    for (let d = 1; d <= 7; d++) words[String(d)] = d as Weekday;
    weekdayWords.set(languages, words);
  }
  return words;
}

/** Reads a weekday: «пт», «пятница», «fri», 5. */
export function parseWeekday(raw: unknown, languages: readonly Names[]): Weekday | undefined {
  return weekdayWordsOf(languages)[normalizeWord(cellText(raw)).replace(/\.$/, '')];
}

/** Reads a list of weekdays: «пн–пт», «пн-сб», «пн, ср, пт». */
export function parseWeekdays(raw: unknown, languages: readonly Names[]): Weekday[] | undefined {
  const out = new Set<Weekday>();
  for (const part of normalizeWord(cellText(raw))
    .split(/[,;\s]+/)
    .filter(Boolean)) {
    const range = part.split('-');
    if (range.length === 2) {
      const from = parseWeekday(range[0], languages);
      const to = parseWeekday(range[1], languages);
      if (from === undefined || to === undefined || to < from) return undefined;
      for (let d = from; d <= to; d++) out.add(d);
    } else {
      const day = parseWeekday(part, languages);
      if (day === undefined) return undefined;
      out.add(day);
    }
  }
  return out.size > 0 ? [...out].sort() : undefined;
}

/** Reads holidays: dates and ranges `28.12.2026–11.01.2027`, separated by commas or semicolons. */
export function parseHolidays(raw: unknown, ctx: ParseContext): Set<LocalDate> | undefined {
  const days = new Set<LocalDate>();
  const text = cellText(raw);
  for (const part of text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [fromText, toText, extra] = part.split(/\s*(?:[–—]|\s-\s|-(?=\d{1,2}\.))\s*/);
    if (extra !== undefined) return undefined;
    const from = parseDate(fromText, ctx);
    const to = toText === undefined ? from : parseDate(toText, ctx);
    if (isFailure(from) || isFailure(to) || to < from || daysBetween(from, to) > 366)
      return undefined;
    for (let d = from; d <= to; d = addDays(d, 1)) days.add(d);
  }
  return days;
}

const isTimeZone = (tz: string): boolean => /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(tz);

type Reader = (raw: unknown, ctx: ParseContext) => unknown;
const hour: Reader = (raw, ctx) => {
  const n = parseInteger(raw, ctx, 0, 23);
  return isFailure(n) ? undefined : n;
};
const count =
  (max: number): Reader =>
  (raw, ctx) => {
    const n = parseInteger(raw, ctx, 0, max);
    return isFailure(n) ? undefined : n;
  };
/** The settings whose values are words of a vocabulary (written and hinted in the school's language). */
const VOCABULARY_OF: Readonly<Record<string, VocabularyName>> = {
  mail_mode: 'mailMode',
  survey_invitations: 'surveyInvitations',
  privacy_mode: 'privacyMode',
};

/** The text setup writes for a key's default: a vocabulary code as the workbook's word for it. */
export function settingDefaultText(key: string, fallback: string, strings: DomainStrings): string {
  const vocabulary = VOCABULARY_OF[key];
  if (vocabulary === undefined) return fallback;
  return (strings.labels[vocabulary] as Record<string, string>)[fallback] ?? fallback;
}

/** What a bad value's message offers: the words of a vocabulary in the workbook's language. */
function hintOf(key: string, hint: string, strings: DomainStrings): string {
  const vocabulary = VOCABULARY_OF[key];
  if (vocabulary === undefined) return hint;
  return Object.values<string>(strings.labels[vocabulary]).join(' / ');
}

const choice =
  <T extends string>(allowed: readonly T[]): Reader =>
  (raw) => {
    const word = normalizeWord(cellText(raw)) as T;
    return allowed.includes(word) ? word : undefined;
  };

/** Reader, target field and a hint for the problem message, per key. */
const READERS: Record<string, { field: keyof Settings; read: Reader; hint: string }> = {
  school_name: { field: 'schoolName', read: (raw) => cellText(raw), hint: '' },
  timezone: {
    field: 'timezone',
    read: (raw) => (isTimeZone(cellText(raw)) ? cellText(raw) : undefined),
    hint: 'Europe/Moscow',
  },
  locale: { field: 'locale', read: choice(['ru', 'en']), hint: 'ru / en' },
  admin_emails: {
    field: 'adminEmails',
    read: (raw, ctx) => {
      const list = parseEmailList(raw, ctx);
      return isFailure(list) ? undefined : list;
    },
    hint: 'zavuch@school.ru, director@school.ru',
  },
  hotline_phones: {
    field: 'hotlinePhones',
    read: (raw) =>
      cellText(raw)
        .split(/[;\n]+/)
        .map((p) => p.trim())
        .filter(Boolean),
    hint: '',
  },
  phone_area_code: {
    field: 'phoneAreaCode',
    read: (raw) => {
      if (isBlank(raw)) return '';
      const digits = cellText(raw).replace(/[\s()-]/g, '');
      return /^\d{3,5}$/.test(digits) ? digits : undefined;
    },
    hint: '8212',
  },
  school_email: {
    field: 'schoolEmail',
    read: (raw, ctx) => {
      // The default is no address: '' (the field is a string), not a rejected value.
      if (isBlank(raw)) return '';
      const email = parseEmail(raw, ctx);
      return isFailure(email) ? undefined : email;
    },
    hint: 'school@example.ru',
  },
  website: { field: 'website', read: (raw) => cellText(raw), hint: '' },
  mail_mode: {
    field: 'mailMode',
    read: (raw, ctx) => lookupVocabulary('mailMode', raw, ctx.languages),
    hint: 'live / preview / off',
  },
  publish_hour: { field: 'publishHour', read: hour, hint: '0–23' },
  not_agreed_lead_hours: { field: 'notAgreedLeadHours', read: count(23), hint: '3' },
  school_days: {
    field: 'schoolDays',
    read: (raw, ctx) => parseWeekdays(raw, ctx.languages),
    hint: 'пн–пт',
  },
  holidays: { field: 'holidays', read: parseHolidays, hint: '28.12.2026–11.01.2027, 23.02.2027' },
  summary_day: {
    field: 'summaryDay',
    read: (raw, ctx) => parseWeekday(raw, ctx.languages),
    hint: 'пт',
  },
  summary_hour: {
    field: 'summaryHour',
    // Blank is "not set" (the weekly letter's own time), not hour 0.
    read: (raw, ctx) => (isBlank(raw) ? undefined : hour(raw, ctx)),
    hint: '0–23',
  },
  report_day: {
    field: 'reportDay',
    read: (raw, ctx) => parseWeekday(raw, ctx.languages),
    hint: 'пн',
  },
  survey_invitations: {
    field: 'surveyInvitations',
    read: (raw, ctx) => lookupVocabulary('surveyInvitations', raw, ctx.languages),
    hint: 'monthly / weekly / off',
  },
  archive_weeks: { field: 'archiveWeeks', read: count(520), hint: '8' },
  journal_deadline_hours: { field: 'journalDeadlineHours', read: count(24 * 14), hint: '24' },
  low_score_threshold: { field: 'lowScoreThreshold', read: count(5), hint: '1–5' },
  quota_reserve: { field: 'quotaReserve', read: count(1500), hint: '5' },
  privacy_mode: {
    field: 'privacyMode',
    read: (raw, ctx) => lookupVocabulary('privacyMode', raw, ctx.languages),
    hint: 'standard / minimal',
  },
  account_type: {
    field: 'accountType',
    read: choice(['consumer', 'workspace']),
    hint: 'consumer / workspace',
  },
  trigger_time_share: {
    field: 'triggerTimeShare',
    read: (raw, ctx) => {
      const n = parseInteger(raw, ctx, 10, 100);
      return isFailure(n) ? undefined : n;
    },
    hint: '10–100',
  },
  survey_text_weeks: { field: 'surveyTextWeeks', read: count(520), hint: '8' },
};

/** The settings of a school with nothing filled in. */
export function defaultSettings(ctx: ParseContext): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, text] of SETTING_DEFAULTS)
    out[READERS[key]!.field] = READERS[key]!.read(text, ctx);
  return out as unknown as Settings;
}

/** Reads the settings rows; unknown keys and bad values become problems, and defaults stand in. */
export function readSettings(
  rows: readonly Located<SettingRow>[],
  sheetName: string,
  valueHeader: string,
  ctx: ParseContext,
  keyHeader: string = ctx.strings.sheets.settings.columns.key ?? '',
): { settings: Settings; problems: Problem[] } {
  const out: Record<string, unknown> = { ...defaultSettings(ctx) };
  const problems: Problem[] = [];
  const strings: DomainStrings = ctx.strings;
  for (const { row, value } of rows) {
    const key = normalizeWord(value.key).replace(/\s+/g, '_');
    const reader = READERS[key];
    if (!reader) {
      problems.push({
        sheet: sheetName,
        row,
        // The unknown word is in the key column, so that is where the school has to look.
        column: keyHeader,
        value: value.key,
        reason: strings.problems.unknownSetting,
      });
      continue;
    }
    if (isBlank(value.value)) continue;
    const read = reader.read(value.value, ctx);
    if (read === undefined) {
      problems.push({
        sheet: sheetName,
        row,
        column: valueHeader,
        value: cellText(value.value),
        reason: strings.problems.badSetting(hintOf(key, reader.hint, strings)),
      });
    } else {
      out[reader.field] = read;
    }
  }
  return { settings: out as unknown as Settings, problems };
}
