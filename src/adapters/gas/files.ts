import type { Files, Workbook } from '../../ports/workbook';
import { GasWorkbook } from './workbook';

/** Spreadsheets besides the active one, through SpreadsheetApp (scope `spreadsheets`). */
export const gasFiles: Files = {
  create: (name) => {
    const created = SpreadsheetApp.create(name);
    return new GasWorkbook(() => created);
  },
  open: (idOrUrl): Workbook | null => {
    let opened: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      opened = /^https?:/i.test(idOrUrl.trim())
        ? SpreadsheetApp.openByUrl(idOrUrl.trim())
        : SpreadsheetApp.openById(idOrUrl.trim());
    } catch {
      // Deleted, or not shared with this account: the caller says so in the school's language.
      return null;
    }
    return new GasWorkbook(() => opened);
  },
};
