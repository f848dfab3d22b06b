/**
 * Where the built bundle reads the English messages: the project file «English»
 * (build/English.html, written by scripts/build.mjs). `createHtmlOutputFromFile` reads a file of
 * the project only when called (developers.google.com/apps-script/reference/html/html-service
 * #createHtmlOutputFromFile(String)), so a Russian school never pays for it and an English one
 * pays one read per execution (docs/decisions.md «The bundle's size»).
 */
import { readEnglishWith } from '../../i18n/english-data';

/** The project file holding the English messages, as build/English.html. */
export const ENGLISH_FILE = 'English';

/** Installs the reader; called once when the bundle loads (src/gas.ts). */
export function useEnglishFile(): void {
  readEnglishWith(() => HtmlService.createHtmlOutputFromFile(ENGLISH_FILE).getContent());
}
