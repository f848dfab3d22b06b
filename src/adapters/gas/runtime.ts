import type { DeliveryContext } from '../../jobs/shared/outbox';
import { UserError } from '../../jobs/shared/errors';
import { TEACHERS_PROPERTY, TwoWorkbooks } from '../../jobs/shared/school-files';
import { stringsFor } from '../../i18n';
import { LOCALE_PROPERTY } from '../../ui/menu';
import type { Files } from '../../ports/workbook';
import type { Triggers } from '../../ports/triggers';
import type { Store } from '../../ports/store';
import type { UserSession } from '../../ports/session';
import { GasClock } from './clock';
import { gasLog } from './log';
import { gasSession } from './session';
import { documentLock } from './lock';
import { gasFiles } from './files';
import { gasHmac } from './hmac';
import { gasMailer } from './mailer';
import { documentStore } from './store';
import { gasTriggers } from './triggers';
import { GasWorkbook } from './workbook';

/** The ports of one Apps Script execution, wired to the real services. */
export interface GasRuntime extends DeliveryContext {
  readonly session: UserSession;
  readonly store: Store;
  readonly triggers: Triggers;
  readonly files: Files;
}

/** Wires the ports for the active spreadsheet. */
export function gasRuntime(): GasRuntime {
  const store = documentStore();
  // The teachers' workbook is opened only when a job needs one of its sheets.
  const teachers = (): GasWorkbook | null => {
    const id = store.get(TEACHERS_PROPERTY);
    if (id === null || id === '') return null;
    const opened = gasFiles.open(id);
    if (opened === null)
      throw new UserError(stringsFor(store.get(LOCALE_PROPERTY) ?? 'ru').trust.teachersUnreachable);
    return opened as GasWorkbook;
  };
  return {
    workbook: new TwoWorkbooks(
      new GasWorkbook(() => SpreadsheetApp.getActiveSpreadsheet()),
      teachers,
    ),
    clock: new GasClock(),
    log: gasLog,
    session: gasSession,
    store,
    files: gasFiles,
    mailer: gasMailer,
    lock: documentLock(),
    triggers: gasTriggers(),
    hmac: gasHmac,
  };
}
