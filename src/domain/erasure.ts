/**
 * Erasing one pupil (docs/decisions.md, «Erasing a pupil»): what marks a cell as the pupil's —
 * the ID, the name, the family's contacts that no other pupil or member of staff shares — and how
 * the rows to go are grouped into as few deletions as possible. Pure: the job reads and writes.
 */
import { type Cell, cellText, normalizeWord } from './cells';
import { FORM_LAYOUTS, isTimestampTitle, questionKeyOf, type QuestionKey } from './forms';
import type { Pupil } from './rows';
import type { Names } from './words';

/** What identifies the pupil in a cell, folded for comparison. */
export interface PupilTraces {
  /** The ID as typed on the roster (compared trimmed and in any case). */
  readonly id: string;
  /** True when the ID is distinctive enough to be looked for inside free text (`P0125`, not `12`). */
  readonly idInText: boolean;
  /** Full names and «Фамилия Имя» / «Имя Фамилия» pairs no other pupil has, folded. */
  readonly names: readonly string[];
  /** The pupil's given name and surname, folded: in a row already known to be theirs they go too. */
  readonly nameWords: readonly string[];
  /** The pupil's and their guardians' addresses that nobody else at school uses, lower case. */
  readonly emails: readonly string[];
  /** Their phones nobody else uses, as the last ten digits. */
  readonly phones: readonly string[];
}

/** Who else is named at school: their names and contacts are never the erased pupil's traces. */
export interface OtherPeople {
  /** The pupils who stay (the erased one left out). */
  readonly pupils: readonly Pupil[];
  /** Addresses and phones of the staff, the classes' mailing groups and the settings. */
  readonly contacts: readonly string[];
  /** Names of the staff. */
  readonly names: readonly string[];
}

/** Folds a cell for matching: trimmed text, lower case, «ё» = «е», single spaces. */
export const foldCell = (cell: Cell | undefined): string => normalizeWord(cellText(cell));

/** The last ten digits of a phone (a Russian national number), or '' for something shorter. */
export function phoneKey(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 10 ? digits.slice(-10) : '';
}

const words = (name: string): string[] => normalizeWord(name).split(' ').filter(Boolean);

/** «фамилия имя отчество», «фамилия имя» and «имя фамилия» of a full name. */
function nameForms(name: string): string[] {
  const w = words(name);
  if (w.length < 2) return [];
  return [...new Set([w.join(' '), `${w[0]} ${w[1]}`, `${w[1]} ${w[0]}`])];
}

/**
 * An ID is looked for inside free text (letters, links) only when it cannot be mistaken for
 * something else: letters and digits together and four characters at least, or six digits. A
 * school numbering pupils 1, 2, 3 is found by its ID columns alone.
 */
export function isDistinctiveId(id: string): boolean {
  const text = id.trim();
  return (text.length >= 4 && /\p{L}/u.test(text) && /\d/.test(text)) || /^\d{6,}$/.test(text);
}

/**
 * The traces of a pupil: everything of theirs that no one who stays shares — a sibling keeps the
 * parents' address and phone, a parent who teaches at the school keeps theirs, a namesake keeps
 * the name. A pupil no longer on the roster (a second erasure) leaves the ID only.
 */
export function tracesOf(id: string, pupil: Pupil | undefined, others: OtherPeople): PupilTraces {
  const taken = new Set<string>();
  const takenPhones = new Set<string>();
  const takenNames = new Set<string>();
  const note = (value: string | undefined): void => {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '') return;
    taken.add(text);
    const phone = phoneKey(text);
    if (phone !== '') takenPhones.add(phone);
  };
  for (const other of others.pupils) {
    note(other.email);
    for (const g of other.guardians) {
      note(g.email);
      note(g.phone);
      for (const form of nameForms(g.name ?? '')) takenNames.add(form);
    }
    for (const form of nameForms(other.name)) takenNames.add(form);
  }
  others.contacts.forEach(note);
  for (const name of others.names) for (const form of nameForms(name)) takenNames.add(form);

  if (pupil === undefined)
    return { id, idInText: isDistinctiveId(id), names: [], nameWords: [], emails: [], phones: [] };
  const own = (values: ReadonlyArray<string | undefined>): string[] =>
    [...new Set(values.map((v) => (v ?? '').trim().toLowerCase()))].filter(
      (v) => v !== '' && !taken.has(v),
    );
  const names = [pupil.name, ...pupil.guardians.map((g) => g.name ?? '')].flatMap((name) =>
    nameForms(name).filter((form) => !takenNames.has(form)),
  );
  const w = words(pupil.name);
  return {
    id,
    idInText: isDistinctiveId(id),
    names: [...new Set(names)],
    nameWords: w.length >= 2 ? [w[0]!, w[1]!] : w,
    emails: own([pupil.email, ...pupil.guardians.map((g) => g.email)]).filter((e) =>
      e.includes('@'),
    ),
    phones: [
      ...new Set(pupil.guardians.map((g) => phoneKey(g.phone)).filter((p) => p !== '')),
    ].filter((p) => !takenPhones.has(p)),
  };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word inside text, not part of a longer word (no look-behind: older engines lack it). */
const tokenPattern = (token: string): RegExp =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}(?=$|[^\\p{L}\\p{N}])`, 'iu');

/** Tells whether a cell mentions the pupil; built once per erasure (the patterns are compiled). */
export function mentionFinder(traces: PupilTraces): (cell: Cell | undefined) => boolean {
  const id = traces.idInText && traces.id.trim() !== '' ? tokenPattern(traces.id.trim()) : null;
  const names = traces.names.map(tokenPattern);
  const emails = traces.emails.map(
    (e) => new RegExp(`(^|[^\\w.%+-])${escapeRegExp(e)}(?![\\w-]|\\.\\w)`, 'i'),
  );
  return (cell) => {
    const text = cellText(cell);
    if (text === '') return false;
    const folded = normalizeWord(text);
    if (emails.some((e) => e.test(folded))) return true;
    if (traces.phones.length > 0) {
      const digits = text.replace(/[\s()\-.+]/g, '');
      if (traces.phones.some((p) => digits.includes(p))) return true;
    }
    if (id?.test(text)) return true;
    return names.some((n) => n.test(folded));
  };
}

/** True when a cell is the pupil's ID itself (an ID column). */
export function isIdCell(traces: PupilTraces, cell: Cell | undefined): boolean {
  const id = traces.id.trim().toLowerCase();
  return id !== '' && cellText(cell).toLowerCase() === id;
}

/** True when a cell of a row already known to be the pupil's names them by a word of their name. */
export function holdsNameWord(traces: PupilTraces, cell: Cell | undefined): boolean {
  if (traces.nameWords.length === 0) return false;
  const folded = foldCell(cell);
  return traces.nameWords.some((w) => tokenPattern(w).test(folded));
}

/** A run of neighbouring rows: 1-based first row and how many. */
export interface RowBlock {
  readonly start: number;
  readonly count: number;
}

/**
 * 1-based row numbers as runs of neighbouring rows, the lowest run first. Deleting the runs from
 * the bottom up keeps the numbers of the runs above valid: one call per run, not per row.
 */
export function rowBlocks(rows: readonly number[]): RowBlock[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: Array<{ start: number; count: number }> = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.start + last.count === row) last.count++;
    else blocks.push({ start: row, count: 1 });
  }
  return blocks;
}

/**
 * Answers that stay on a form's response sheet when its respondent's child is erased: the
 * timestamp, the 1–5 scores and the closed choices (type of request, computer, internet, paper).
 * Without an ID, an address or words of their own they are nobody's, and they keep the survey's
 * figures and the response rows where Google Forms expects them (docs/decisions.md).
 */
const ANONYMOUS_ANSWERS: ReadonlySet<QuestionKey> = new Set(
  Object.values(FORM_LAYOUTS).flatMap((form) =>
    form.questions
      .filter((q) => q.type === 'scale' || (q.type === 'choice' && q.other !== true))
      .map((q) => q.key),
  ),
);

/** The columns of a response sheet whose answers stay anonymous (0-based), the rest are cleared. */
export function anonymousColumns(
  header: readonly Cell[],
  languages: readonly Names[],
): ReadonlySet<number> {
  const keep = new Set<number>();
  header.forEach((cell, i) => {
    const title = cellText(cell);
    const key = questionKeyOf(title, languages);
    if (isTimestampTitle(title) || (key !== undefined && ANONYMOUS_ANSWERS.has(key))) keep.add(i);
  });
  return keep;
}

/** The column of a response sheet holding the pupil's ID (0-based), if the form asks for it. */
export function pupilIdColumn(
  header: readonly Cell[],
  languages: readonly Names[],
): number | undefined {
  const index = header.findIndex((cell) => questionKeyOf(cellText(cell), languages) === 'pupilId');
  return index < 0 ? undefined : index;
}

/** True for a response sheet of a Google Form: a timestamp column and a question of ours. */
export function isResponseSheet(header: readonly Cell[], languages: readonly Names[]): boolean {
  const titles = header.map((c) => cellText(c));
  return (
    titles.some((t) => isTimestampTitle(t)) &&
    titles.some((t) => questionKeyOf(t, languages) !== undefined)
  );
}
