/**
 * Data minimisation (152-FZ; PRIVACY.md): with `privacy_mode` = minimal, a
 * pupil is named by first name only and no surname appears in any letter or report.
 */
import type { PrivacyMode } from './vocabulary';

/**
 * The first name in a full name. Russian lists write «Фамилия Имя Отчество», so with three or
 * more words the first name is the second; «Имя Фамилия» (two words, as forms often get) is ambiguous,
 * so the second word is taken there too, which is the given name in the school's own lists.
 */
export function firstNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2) return words[1]!;
  return words[0] ?? '';
}

/** The surname: the first word of «Фамилия Имя Отчество». */
export function surnameOf(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}

/**
 * How a pupil is named in letters, reports, the runner's files and the dashboard under the
 * school's privacy mode: the one function every place that names a pupil goes through.
 */
export function pupilDisplayName(fullName: string, mode: PrivacyMode): string {
  return mode === 'minimal' ? firstNameOf(fullName) : fullName.trim();
}

/**
 * How an adult (a parent, a teacher) is named under the privacy mode: in minimal mode without the
 * surname — «Мария Евгеньевна», the polite Russian form — so no family's surname reaches a letter.
 */
export function adultDisplayName(fullName: string, mode: PrivacyMode): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (mode === 'standard') return words.join(' ');
  return words.length >= 2 ? words.slice(1).join(' ') : '';
}

/**
 * What a family typed where a pupil's ID goes, as a letter may repeat it: an ID stays as typed; a
 * name typed there instead (words) is named as the mode says, so minimal mode repeats no surname.
 */
export function typedPupilRef(typed: string, mode: PrivacyMode): string {
  const text = typed.trim();
  return /\s/.test(text) ? pupilDisplayName(text, mode) : text;
}
