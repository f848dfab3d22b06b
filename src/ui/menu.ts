import { heartbeatIsStale } from '../jobs/ensure-triggers';
import { loadState } from '../jobs/shared/state';
import { documentStore } from '../adapters/gas/store';
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
  const strings = stringsFor(locale ?? 'ru');
  const menu = strings.menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menu.dashboard, HANDLERS.showDashboard)
    .addSeparator()
    .addItem(menu.setup, HANDLERS.setupWorkbook)
    .addItem(menu.checkData, HANDLERS.checkData)
    .addSeparator()
    .addItem(menu.publishSchedule, HANDLERS.publishSchedule)
    .addItem(menu.sendWeeklySummaries, HANDLERS.sendWeeklySummaries)
    .addItem(menu.buildWeeklyReport, HANDLERS.buildWeeklyReport)
    .addSeparator()
    .addItem(menu.applyAgreement, HANDLERS.applyAgreement)
    .addSeparator()
    .addItem(menu.quotaPlan, HANDLERS.showQuotaPlan)
    .addItem(menu.resendUnknown, HANDLERS.resendUnknownMail)
    .addItem(menu.ensureTriggers, HANDLERS.checkTriggers)
    .addItem(menu.takeOverMail, HANDLERS.takeOverMail)
    .addSeparator()
    .addItem(menu.archiveNow, HANDLERS.archiveNow)
    .addItem(menu.erasePupil, HANDLERS.erasePupil)
    .addToUi();
  if (e?.authMode !== ScriptApp.AuthMode.NONE) warnIfDispatcherStopped(strings);
}

/** A toast when the hourly dispatcher has not run for 3 hours: its trigger may be dead. */
function warnIfDispatcherStopped(strings: ReturnType<typeof stringsFor>): void {
  try {
    const state = loadState(documentStore());
    const now = new Date();
    if (state.heartbeat !== undefined && heartbeatIsStale(state, now)) {
      const hours = Math.floor((now.getTime() - new Date(state.heartbeat).getTime()) / 3_600_000);
      SpreadsheetApp.getActiveSpreadsheet().toast(
        strings.triggers.staleWarning(hours),
        strings.appName,
        15,
      );
    }
  } catch {
    // LIMITED mode may refuse properties; the menu matters more than the warning.
  }
}
