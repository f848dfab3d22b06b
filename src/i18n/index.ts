import type { Locale } from '../domain/vocabulary';
import { en } from './en';
import { completeEnglish } from './english-data';
import { ru } from './ru';
import type { Strings } from './strings';

export type { Strings } from './strings';

const BY_LOCALE: Record<Locale, Strings> = { ru, en };

/** The strings of a locale; Russian for anything unknown. */
export function stringsFor(locale: string | undefined): Strings {
  if (locale !== 'en') return ru;
  completeEnglish();
  return en;
}

/** Both languages, for matching what people type in either. */
export const ALL_STRINGS: readonly Strings[] = [BY_LOCALE.ru, BY_LOCALE.en];
