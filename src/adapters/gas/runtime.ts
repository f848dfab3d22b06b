import type { JobContext } from '../../jobs/context';
import type { Store } from '../../ports/store';
import type { UserSession } from '../../ports/session';
import { GasClock } from './clock';
import { gasLog } from './log';
import { gasSession } from './session';
import { documentStore } from './store';
import { GasWorkbook } from './workbook';

/** The ports of one Apps Script execution, wired to the real services. */
export interface GasRuntime extends JobContext {
  readonly session: UserSession;
  readonly store: Store;
}

/** Wires the ports for the active spreadsheet. */
export function gasRuntime(): GasRuntime {
  return {
    workbook: new GasWorkbook(SpreadsheetApp.getActiveSpreadsheet()),
    clock: new GasClock(),
    log: gasLog,
    session: gasSession,
    store: documentStore(),
  };
}
