/**
 * The Files port over the Sheets API: a new spreadsheet (`spreadsheets.create`), or one opened
 * by id or address — null when it is gone or not shared with the account the runner acts as.
 */
import type { Zone } from '../../domain/calendar';
import type { Files, Workbook } from '../../ports/workbook';
import { type GoogleCalls, GoogleApiError } from './bridge';
import { GoogleWorkbook } from './workbook';

/** Spreadsheets reached over the API. */
export class GoogleFiles implements Files {
  constructor(
    private readonly calls: GoogleCalls,
    private readonly actor: string,
    private readonly zoneFor: (timeZone: string) => Zone,
  ) {}

  /** The workbook of `spreadsheetId` (not checked until first used). */
  workbook(spreadsheetId: string): GoogleWorkbook {
    return new GoogleWorkbook({
      calls: this.calls,
      spreadsheetId,
      actor: this.actor,
      zoneFor: this.zoneFor,
    });
  }

  create(name: string): Workbook {
    const data = this.calls.call<{ spreadsheetId?: string }>(
      'sheets',
      'spreadsheets.create',
      { requestBody: { properties: { title: name } }, fields: 'spreadsheetId' },
      'sheetsWrite',
    );
    return this.workbook(data.spreadsheetId ?? '');
  }

  open(idOrUrl: string): Workbook | null {
    const id = /\/d\/([^/]+)/.exec(idOrUrl)?.[1] ?? idOrUrl.trim();
    const workbook = this.workbook(id);
    try {
      workbook.timeZone();
    } catch (error) {
      if (error instanceof GoogleApiError && (error.status === 404 || error.status === 403))
        return null;
      throw error;
    }
    return workbook;
  }
}
