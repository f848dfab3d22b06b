/**
 * Where the built bundle reads the English messages and the texts only setup uses: the project
 * files «English» and «Setup» (build/English.html, build/Setup.html, written by scripts/build.mjs). `createHtmlOutputFromFile` reads a file of
 * the project only when called (developers.google.com/apps-script/reference/html/html-service
 * #createHtmlOutputFromFile(String)), so a Russian school never pays for it and an English one
 * pays one read per execution (docs/decisions.md «The bundle's size»).
 */
import { readDataWith } from '../../i18n/english-data';

/** Installs the reader of the data files «English» and «Setup»; called once at load (src/gas.ts). */
export function useEnglishFile(): void {
  readDataWith((file) => HtmlService.createHtmlOutputFromFile(file).getContent());
}
