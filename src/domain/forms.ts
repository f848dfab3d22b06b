/**
 * The four Google Forms (docs/contracts.md «Workbook») as data: which questions each asks, of what kind, and how a
 * response's answers are found again by question title. Titles and choices people see live in
 * `i18n/forms.ts`; here only keys, so the same response is understood in either language.
 */
import { type Cell, cellText, isBlank, isDateValue, normalizeWord } from './cells';
import { shortHash } from './mail';
import type { Names } from './words';

/** The forms the add-on keeps: two satisfaction surveys, requests and the access census. */
export const FORM_KINDS = ['parentSurvey', 'pupilSurvey', 'request', 'access'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** How a question is asked. */
export type QuestionType = 'text' | 'paragraph' | 'scale' | 'choice';

/** Every question of every form, by key. */
export const QUESTION_KEYS = [
  'pupilId',
  'organisation',
  'clarity',
  'feedback',
  'workload',
  'pupilClarity',
  'pupilFeedback',
  'pupilWorkload',
  'comment',
  'type',
  'class',
  'applicant',
  'phone',
  'subject',
  'description',
  'computer',
  'internet',
  'device',
  'paper',
  'contact',
  'filledBy',
] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

/** Where a choice question takes its choices from. */
export type ChoiceSource = 'requestType' | 'yesNo' | 'internet' | 'contact';

/** A question of a form as data. */
export interface QuestionLayout {
  readonly key: QuestionKey;
  readonly type: QuestionType;
  readonly required: boolean;
  readonly choices?: ChoiceSource;
  /** Offer «Другое» with a free answer (only for the preferred contact). */
  readonly other?: boolean;
}

/** A form as data: its questions in order and whether Google collects the respondent's e-mail. */
export interface FormLayout {
  readonly kind: FormKind;
  readonly collectEmail: boolean;
  readonly questions: readonly QuestionLayout[];
}

const q = (
  key: QuestionKey,
  type: QuestionType,
  required = false,
  extra: Partial<QuestionLayout> = {},
): QuestionLayout => ({ key, type, required, ...extra });

/**
 * The forms in the order setup creates them. The parent survey and the request form collect the
 * respondent's e-mail (an answer and an acknowledgement go back to it); the pupil survey and the
 * census do not: a child need not have an address, and the census is often filled in by a teacher
 * on the phone with the family.
 */
export const FORM_LAYOUTS: Readonly<Record<FormKind, FormLayout>> = {
  parentSurvey: {
    kind: 'parentSurvey',
    collectEmail: true,
    questions: [
      q('pupilId', 'text', true),
      q('organisation', 'scale', true),
      q('clarity', 'scale', true),
      q('feedback', 'scale', true),
      q('workload', 'scale', true),
      q('comment', 'paragraph'),
    ],
  },
  pupilSurvey: {
    kind: 'pupilSurvey',
    collectEmail: false,
    questions: [
      q('pupilId', 'text', true),
      q('pupilClarity', 'scale', true),
      q('pupilFeedback', 'scale', true),
      q('pupilWorkload', 'scale', true),
      q('comment', 'paragraph'),
    ],
  },
  request: {
    kind: 'request',
    collectEmail: true,
    questions: [
      q('type', 'choice', true, { choices: 'requestType' }),
      q('pupilId', 'text', true),
      q('class', 'text'),
      q('applicant', 'text', true),
      q('phone', 'text'),
      q('subject', 'text'),
      q('description', 'paragraph', true),
    ],
  },
  access: {
    kind: 'access',
    collectEmail: false,
    questions: [
      q('pupilId', 'text', true),
      q('computer', 'choice', true, { choices: 'yesNo' }),
      q('internet', 'choice', true, { choices: 'internet' }),
      q('device', 'text'),
      q('paper', 'choice', true, { choices: 'yesNo' }),
      q('contact', 'choice', false, { choices: 'contact', other: true }),
      q('filledBy', 'text'),
    ],
  },
};

/** The lowest and highest answer of every scale question. */
export const SCALE_BOUNDS = { low: 1, high: 5 } as const;

// The columns Google Forms adds to a response sheet itself, in either language.
const TIMESTAMP_TITLES = ['отметка времени', 'timestamp'];
const EMAIL_TITLES = [
  'адрес электронной почты',
  'электронная почта',
  'email address',
  'e-mail address',
  'email',
  'e-mail',
];

const titleIndexes = new WeakMap<readonly Names[], Map<string, QuestionKey>>();

/** The question a title stands for, in any of `languages`; undefined for a question of the school's own. */
export function questionKeyOf(title: string, languages: readonly Names[]): QuestionKey | undefined {
  let index = titleIndexes.get(languages);
  if (index === undefined) {
    index = new Map();
    for (const strings of languages)
      for (const key of QUESTION_KEYS) index.set(normalizeWord(strings.forms.questions[key]), key);
    titleIndexes.set(languages, index);
  }
  return index.get(normalizeWord(title));
}

/** True for the timestamp column Google Forms writes first. */
export function isTimestampTitle(title: string): boolean {
  return TIMESTAMP_TITLES.includes(normalizeWord(title));
}

/** True for the column of the e-mail Google Forms collects. */
export function isEmailTitle(title: string): boolean {
  return EMAIL_TITLES.includes(normalizeWord(title));
}

/** The answer to a question by key ('' when it was not asked or left blank). */
export function answerOf(
  answers: Readonly<Record<string, Cell>>,
  key: QuestionKey,
  languages: readonly Names[],
): Cell {
  for (const [title, value] of Object.entries(answers))
    if (questionKeyOf(title, languages) === key && !isBlank(value)) return value;
  return '';
}

/** The respondent's e-mail collected by the form, as typed ('' when none). */
export function emailOf(answers: Readonly<Record<string, Cell>>): string {
  for (const [title, value] of Object.entries(answers))
    if (isEmailTitle(title) && !isBlank(value)) return cellText(value);
  return '';
}

/** True when a response holds no answer at all (the "fired with empty values" trigger bug). */
export function isEmptyResponse(answers: Readonly<Record<string, Cell>>): boolean {
  return Object.entries(answers).every(
    ([title, value]) => isTimestampTitle(title) || isBlank(value),
  );
}

/**
 * The answers that are scores: every whole number 1–5 except in the columns known not to be
 * scores (pupil ID, class, the form's own columns). Like the monitoring report, a question the
 * school adds on a 1–5 scale counts too, so renaming a question in the form loses nothing.
 */
export function scoresOf(
  answers: Readonly<Record<string, Cell>>,
  languages: readonly Names[],
): Array<{ readonly question: string; readonly score: number }> {
  const notScores: ReadonlySet<QuestionKey> = new Set(['pupilId', 'class', 'phone', 'comment']);
  const out: Array<{ question: string; score: number }> = [];
  for (const [title, value] of Object.entries(answers)) {
    const key = questionKeyOf(title, languages);
    if (isTimestampTitle(title) || isEmailTitle(title) || (key && notScores.has(key))) continue;
    const text = cellText(value);
    if (!/^[1-5]$/.test(text)) continue;
    out.push({ question: title.trim(), score: Number(text) });
  }
  return out;
}

/** `wanted`, or `wanted (2)`, `wanted (3)`, … — the first name no sheet has (Sheets ignores case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** One form response as the form-submit trigger delivers it to the job. */
export interface FormResponse {
  /** The response sheet, by name and (in Apps Script) by id, which survives a rename. */
  readonly sheetName: string;
  readonly sheetId?: number | undefined;
  /** 1-based row of the response on its sheet: what makes a second event for it a no-op. */
  readonly row: number;
  /** When Google stored the response (its timestamp column); undefined when unreadable. */
  readonly submittedAt?: Date | undefined;
  /** Every answer by the response sheet's column title, the form's own columns included. */
  readonly answers: Readonly<Record<string, Cell>>;
  /** The row's cells as the sheet holds them, when read: what its fingerprint is made of. */
  readonly cells?: readonly Cell[] | undefined;
}

/**
 * A short fingerprint of a response: the same for every event of it, another once it is edited
 * (Google rewrites the row, its timestamp included). Made of the row's cells when they were read,
 * so the trigger and the hourly sweep agree; of the answers otherwise.
 */
export function responseFingerprint(response: Pick<FormResponse, 'answers' | 'cells'>): string {
  const cells = response.cells ?? Object.values(response.answers);
  return shortHash(cells.map((c) => cellText(c)).join('\u241f'));
}

/**
 * The answers of a response row by column title. The event's `namedValues` are what was typed
 * (an ID «0012» stays «0012», where the sheet may hold the number 12); the row's own cells fill
 * any answer the event lacks — the trigger is known to fire once with empty values.
 */
export function answersOfRow(
  header: readonly Cell[],
  values: readonly Cell[],
  named?: Readonly<Record<string, readonly string[] | undefined>>,
): { answers: Record<string, Cell>; submittedAt: Date | undefined } {
  const answers: Record<string, Cell> = {};
  let submittedAt: Date | undefined;
  header.forEach((cell, i) => {
    const title = cellText(cell);
    if (title === '') return;
    const value = values[i] ?? '';
    if (isTimestampTitle(title) && isDateValue(value)) submittedAt = value;
    const typed = named?.[title]?.[0];
    answers[title] = typed !== undefined && !isBlank(typed) ? typed : value;
  });
  return { answers, submittedAt };
}

/**
 * Placeholders of a pre-filled link template (docs/decisions.md, "Pre-filled request links"):
 * setup asks Google Forms once for a link with these as answers, and each letter puts a pupil's
 * ID and class in their place — no Forms call per letter. Letters and digits only, so Google's
 * own encoding of the answers leaves them as they are.
 */
export const PREFILL_TOKENS = { pupilId: 'DISTANTPUPILID', class: 'DISTANTCLASS' } as const;
/** The answers a request link can carry. */
export type PrefillField = keyof typeof PREFILL_TOKENS;

/** True when a link Google made carries every placeholder once (so it can be a template). */
export function isPrefillTemplate(url: string): boolean {
  return Object.values(PREFILL_TOKENS).every((token) => url.split(token).length === 2);
}

/**
 * The template with the values in place of the placeholders, URL-encoded; a field without a
 * value loses its parameter, so the form shows it empty rather than the placeholder.
 */
export function fillPrefill(
  template: string,
  values: Partial<Readonly<Record<PrefillField, string>>>,
): string {
  let url = template;
  for (const field of Object.keys(PREFILL_TOKENS) as PrefillField[]) {
    const token = PREFILL_TOKENS[field];
    const value = values[field];
    url =
      value === undefined || value === ''
        ? url.replace(
            new RegExp(`([?&])[^&=#]+=${token}(&|$)`),
            (_m, lead: string, tail: string) => (tail === '' ? '' : lead),
          )
        : url.split(token).join(encodeURIComponent(value));
  }
  return url;
}
