import type { DeliveryContext } from '../../jobs/shared/outbox';
import type { Triggers } from '../../ports/triggers';
import type { Store } from '../../ports/store';
import type { UserSession } from '../../ports/session';
import { GasClock } from './clock';
import { gasLog } from './log';
import { gasSession } from './session';
import { documentLock } from './lock';
import { gasMailer } from './mailer';
import { documentStore } from './store';
import { gasTriggers } from './triggers';
import { GasWorkbook } from './workbook';

/** The ports of one Apps Script execution, wired to the real services. */
export interface GasRuntime extends DeliveryContext {
  readonly session: UserSession;
  readonly store: Store;
  readonly triggers: Triggers;
}

/** Wires the ports for the active spreadsheet. */
export function gasRuntime(): GasRuntime {
  return {
    workbook: new GasWorkbook(() => SpreadsheetApp.getActiveSpreadsheet()),
    clock: new GasClock(),
    log: gasLog,
    session: gasSession,
    store: documentStore(),
    mailer: gasMailer,
    lock: documentLock(),
    triggers: gasTriggers(),
  };
}
