import type { UserSession } from '../../ports/session';

/** The person at the spreadsheet. The UI may be absent (triggers): then messages go to the log. */
export const gasSession: UserSession = {
  email: () => {
    try {
      return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
    } catch {
      return '';
    }
  },
  toast: (message, title) => {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 10);
    } catch {
      console.log(`${title}: ${message}`);
    }
  },
  prompt: (title, message) => {
    try {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : null;
    } catch {
      // No UI (a trigger, a test run from the editor): go on as if nothing was typed.
      return '';
    }
  },
  alert: (title, message) => {
    try {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
    } catch {
      console.log(`${title}: ${message}`);
    }
  },
};
