/**
 * The OAuth scopes a service call needs (developers.google.com/apps-script/concepts/scopes and
 * each method's "Authorization" section). With `oauthScopes` set, the fakes refuse a call whose
 * scopes the manifest lacks, with Apps Script's message ("You do not have permission to call
 * SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets").
 * Only the services' own methods are checked; objects they return need what they needed.
 */
const AUTH = 'https://www.googleapis.com/auth/';

/** Any one of these scopes allows the call; the first is the one the message names. */
const SPREADSHEETS_OTHER_FILES = ['spreadsheets', 'drive'];
const SPREADSHEETS_CURRENT = ['spreadsheets.currentonly', 'spreadsheets', 'drive'];

function required(service: string, method: string): string[] | null {
  switch (service) {
    case 'SpreadsheetApp':
      // spreadsheets.currentonly covers the file the script is bound to or used in, not others.
      if (['openById', 'openByUrl', 'open', 'create'].includes(method))
        return SPREADSHEETS_OTHER_FILES;
      if (method === 'getUi') return ['script.container.ui'];
      if (method === 'newDataValidation' || method === 'flush') return null;
      return SPREADSHEETS_CURRENT;
    case 'MailApp':
      return ['script.send_mail'];
    case 'ScriptApp':
      return ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'].includes(
        method,
      )
        ? ['script.scriptapp']
        : null;
    case 'FormApp':
      return ['forms', 'forms.currentonly'];
    default:
      return null;
  }
}

/** The message for a refused call, or null when the granted scopes allow it. */
export function missingScope(
  granted: ReadonlySet<string>,
  service: string,
  method: string,
): string | null {
  const need = required(service, method);
  if (need === null || need.some((s) => granted.has(AUTH + s))) return null;
  return `You do not have permission to call ${service}.${method}. Required permissions: ${AUTH}${need[0]}`;
}
