/**
 * The Apps Script entry: only the global functions of docs/contracts.md «Entry points» (and the extra menu targets).
 * The build turns each export into a top-level `function` that delegates into the bundle's one
 * namespace; the names are a contract (see ui/handlers.ts).
 */
import { dispatchNow, onEditNow, onFormSubmitNow } from './adapters/gas/handlers';
import {
  buildWeeklyReportAction,
  checkDataAction,
  ensureTriggersAction,
  publishScheduleAction,
  quotaPlanAction,
  resendUnknownAction,
  sendWeeklySummariesAction,
  setupWorkbookAction,
  takeOverMailAction,
  applyAgreementAction,
  archiveNowAction,
  erasePupilAction,
} from './ui/actions';
import { homepageActionNow, homepageNow, showDashboardAction } from './ui/dashboard';
import { buildMenu } from './ui/menu';
import { useEnglishFile } from './adapters/gas/english';

useEnglishFile();

/** Simple trigger: builds the add-on menu (AuthMode NONE/LIMITED: no data is read). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: creates or repairs every sheet and the triggers; idempotent. */
export function setupWorkbook(): void {
  setupWorkbookAction();
}

/** Menu: validates every sheet and rewrites «Проблемы данных». */
export function checkData(): void {
  checkDataAction();
}

/** Menu: publishes the next school day now. */
export function publishSchedule(): void {
  publishScheduleAction();
}

/** Menu: queues and sends this week's family summaries and class teachers' digests now. */
export function sendWeeklySummaries(): void {
  sendWeeklySummariesAction();
}

/** Menu: builds the monitoring report of the current week so far and mails it to the admins. */
export function buildWeeklyReport(): void {
  buildWeeklyReportAction();
}

/** The one hourly trigger: runs what is due and delivers the outbox. */
export function runScheduledJobs(e?: { readonly triggerUid?: string }): void {
  dispatchNow(e);
}

/** Installable edit trigger. */
export function handleEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  onEditNow(e);
}

/** Installable form-submit trigger of the spreadsheet. */
export function handleFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  onFormSubmitNow(e);
}

/** Menu: puts letters whose fate is unknown back in the queue. */
export function resendUnknownMail(): void {
  resendUnknownAction();
}

/** Menu: repairs the triggers. */
export function checkTriggers(): void {
  ensureTriggersAction();
}

/** Menu: the mail quota planner. */
export function showQuotaPlan(): void {
  quotaPlanAction();
}

/** Menu: this administrator's triggers send the mail from now on (the previous owner's retire). */
export function takeOverMail(): void {
  takeOverMailAction();
}

/** Menu: applies the administrators' decisions on «Согласование» now. */
export function applyAgreement(): void {
  applyAgreementAction();
}

/**
 * Menu (asks for the ID, then for it again to confirm) or a script with the ID: erases one
 * pupil's personal data from both workbooks, the outbox and the form answers; administrators only.
 */
export function erasePupil(id?: unknown): void {
  erasePupilAction(id);
}

/** Menu: the old weeks go to the school year's archive at the next hourly run. */
export function archiveNow(): void {
  archiveNowAction();
}

/** Menu: the administrators' dashboard in the sidebar. */
export function showDashboard(): void {
  showDashboardAction();
}

/** The Workspace add-on's homepage card (manifest `addOns.common` / `addOns.sheets`). */
export function onHomepage(): GoogleAppsScript.Card_Service.Card {
  return homepageNow();
}

/** A button of the homepage card (`e.parameters.action` names the dashboard's action). */
export function homepageAction(e?: {
  readonly parameters?: Readonly<Record<string, string>>;
}): GoogleAppsScript.Card_Service.ActionResponse {
  return homepageActionNow(e);
}
