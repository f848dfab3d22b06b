import { stringsFor } from '../i18n';
import { HANDLERS } from './handlers';

/** The document property where the last run noted the workbook's language (menus cannot read data). */
export const LOCALE_PROPERTY = 'distant.locale';

/**
 * Builds the add-on menu. In AuthMode.NONE nothing may be read, so the language comes from the
 * document property a previous run left (Russian until then).
 */
export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  let locale: string | null = null;
  if (e?.authMode !== ScriptApp.AuthMode.NONE) {
    try {
      locale = PropertiesService.getDocumentProperties().getProperty(LOCALE_PROPERTY);
    } catch {
      locale = null;
    }
  }
  const menu = stringsFor(locale ?? 'ru').menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menu.setup, HANDLERS.setupWorkbook)
    .addItem(menu.checkData, HANDLERS.checkData)
    .addToUi();
}
