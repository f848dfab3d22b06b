/**
 * The words the domain needs, declared here so that the domain imports nothing from `i18n`
 * (which implements these types): the names people may type in one language — sheets, headers,
 * vocabulary labels and aliases, yes/no, weekdays, form questions — and the few sentences the
 * readers put into a problem. Functions that understand either language take every language's
 * `Names` as a parameter; the jobs pass `ALL_NAMES` from `i18n`.
 */
import type { QuestionKey } from './forms';
import type { SheetKey } from './sheets';
import type { VOCABULARIES, VocabularyName } from './vocabulary';

/** Labels of one vocabulary: what a drop-down offers for each code. */
export type VocabularyLabels<N extends VocabularyName> = Record<
  (typeof VOCABULARIES)[N][number],
  string
>;

/** The names people may type in one language; the domain recognises those of every language. */
export interface Names {
  readonly sheets: { readonly [K in SheetKey]: { name: string; columns: Record<string, string> } };
  readonly labels: { readonly [N in VocabularyName]: VocabularyLabels<N> };
  /** Extra words people type for a vocabulary value (lower case), besides the labels. */
  readonly aliases: { readonly [N in VocabularyName]?: Partial<Record<string, readonly string[]>> };
  /** Other headers people give a column, besides its name in either language. */
  readonly headerAliases: { readonly [K in SheetKey]?: Record<string, readonly string[]> };
  readonly yesAliases: readonly string[];
  readonly noAliases: readonly string[];
  readonly weekdaysShort: readonly string[];
  /** Question titles: answers are found by them, in either language. */
  readonly forms: { readonly questions: Readonly<Record<QuestionKey, string>> };
}

/** Why a cell or a row was refused, in the school's language. */
export interface ProblemStrings {
  readonly missingSheet: (sheet: string) => string;
  readonly missingColumn: (column: string) => string;
  readonly required: string;
  readonly badDate: string;
  readonly badTime: string;
  readonly badYesNo: string;
  readonly badEmail: string;
  readonly badMark: string;
  readonly badNumber: string;
  readonly badChoice: (allowed: readonly string[]) => string;
  readonly duplicateId: (firstRow: number) => string;
  readonly unknownClass: (cls: string) => string;
  readonly unknownPupil: (id: string) => string;
  readonly pupilRowRejected: (id: string) => string;
  readonly unknownSetting: string;
  readonly badSetting: (hint: string) => string;
  readonly badClassName: string;
  readonly badPhone: string;
  readonly suspiciousText: string;
  readonly endBeforeStart: string;
  readonly pupilClassMismatch: (expected: string) => string;
  readonly missingForForm: (form: string) => string;
}

/** Why a sheet cannot be read as a table: headers out of place, misspelt, or none. */
export interface HeaderProblemStrings {
  /** The header row is not row 1: a title or blank rows stand above it. */
  readonly headerBelow: (row: number) => string;
  /** Nothing at all on the sheet. */
  readonly emptySheet: (columns: string) => string;
  /** A header that is no known column but is spelt close to one. */
  readonly closeHeader: (found: string, known: string) => string;
  /** A required column is missing and a header spelt close to it stands on row 1. */
  readonly missingColumnLike: (known: string, found: string) => string;
}

/** The school's language as far as the domain speaks it: its names and its problems' reasons. */
export interface DomainStrings extends Names {
  readonly problems: ProblemStrings;
  readonly readers: HeaderProblemStrings;
}
