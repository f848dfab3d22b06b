/**
 * The Apps Script entry: only the global functions of DESIGN §2. The build turns each export into
 * a top-level `function` that delegates into the bundle's one namespace.
 */
import { checkDataAction, setupWorkbookAction } from './ui/actions';
import { buildMenu } from './ui/menu';

/** Simple trigger: builds the add-on menu (AuthMode NONE/LIMITED: no data is read). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: creates or repairs every sheet; idempotent. */
export function setupWorkbook(): void {
  setupWorkbookAction();
}

/** Menu: validates every sheet and rewrites «Проблемы данных». */
export function checkData(): void {
  checkDataAction();
}
