/**
 * Names of the Apps Script global functions (docs/contracts.md «Entry points»). Menus and installed triggers call them
 * by name, so renaming one breaks every school that installed the add-on: they live here, once.
 */
export const HANDLERS = {
  onOpen: 'onOpen',
  onInstall: 'onInstall',
  setupWorkbook: 'setupWorkbook',
  checkData: 'checkData',
  runScheduledJobs: 'runScheduledJobs',
  handleFormSubmit: 'handleFormSubmit',
  handleEdit: 'handleEdit',
  publishSchedule: 'publishSchedule',
  sendWeeklySummaries: 'sendWeeklySummaries',
  buildWeeklyReport: 'buildWeeklyReport',
  showDashboard: 'showDashboard',
  onHomepage: 'onHomepage',
  homepageAction: 'homepageAction',
  resendUnknownMail: 'resendUnknownMail',
  checkTriggers: 'checkTriggers',
  showQuotaPlan: 'showQuotaPlan',
  takeOverMail: 'takeOverMail',
  applyAgreement: 'applyAgreement',
  erasePupil: 'erasePupil',
  archiveNow: 'archiveNow',
} as const;
export type HandlerName = keyof typeof HANDLERS;
