import type { Locale } from '../domain/vocabulary';
import { en } from './en';
import { completeEnglish } from './english-data';
import { ru } from './ru';
import type { LanguageNames } from './names';
import type { Strings } from './strings';

export type { Strings } from './strings';
export type { LanguageNames } from './names';

const BY_LOCALE: Record<Locale, Strings> = { ru, en };

/** The strings of a locale; Russian for anything unknown. */
export function stringsFor(locale: string | undefined): Strings {
  if (locale !== 'en') return ru;
  completeEnglish();
  return en;
}

/**
 * The names of both languages, for matching what people type in either: what `Names` (the
 * domain's) declares, plus the sheet names and marker texts the jobs recognise. In the bundle
 * these English names stay in Code.js (scripts/english-split.mjs, ENGLISH_NAMES) while the
 * English messages wait in the project file «English»: reading them needs `stringsFor('en')`.
 */
export const ALL_NAMES: readonly LanguageNames[] = [BY_LOCALE.ru, BY_LOCALE.en];

/** The names of one language, without reading its messages. */
export function namesFor(locale: Locale): LanguageNames {
  return BY_LOCALE[locale];
}
