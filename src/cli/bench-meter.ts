/**
 * Counting ports for the bench: every call of the workbook, the store, the lock and the mailer is
 * counted under the job running it, and the clock is moved on by what the call would cost in Apps
 * Script (cli/bench-costs), so the dispatcher's time budget works as it would there.
 */
import type { FixedClock } from '../adapters/memory/clock';
import type { MemoryWorkbook } from '../adapters/memory/workbook';
import type { Lock } from '../ports/lock';
import type { MailEnvelope, Mailer } from '../ports/mailer';
import type { Store } from '../ports/store';
import type { Workbook } from '../ports/workbook';
import { APPS_SCRIPT_COSTS, type CallKind } from './bench-costs';

/** What one job (or the dispatcher and delivery around them) asked of the services. */
export interface Tally {
  readonly calls: Record<CallKind, number>;
  cellsRead: number;
  cellsWritten: number;
  sends: number;
  recipients: number;
  nodeMs: number;
  runs: number;
}

/** A zero tally. */
export const emptyTally = (): Tally => ({
  calls: { sheetRead: 0, sheetWrite: 0, propertyRead: 0, propertyWrite: 0 },
  cellsRead: 0,
  cellsWritten: 0,
  sends: 0,
  recipients: 0,
  nodeMs: 0,
  runs: 0,
});

const READS = new Set(['read', 'readColumns', 'readHeader', 'lastRow', 'readBlock', 'timeZone']);
const WRITES = new Set([
  'write',
  'replaceBody',
  'createSheet',
  'deleteRows',
  'deleteSheet',
  'applyLayout',
  'setTimeZone',
]);

/** The meter: wrapped ports and the tallies by label. */
export class Meter {
  readonly tallies = new Map<string, Tally>();
  label = 'dispatcher';
  private sheetNamesSeen = false;

  constructor(
    private readonly clock: FixedClock,
    private readonly memory: MemoryWorkbook,
  ) {}

  /** The tally of the current label. */
  tally(label = this.label): Tally {
    let t = this.tallies.get(label);
    if (!t) {
      t = emptyTally();
      this.tallies.set(label, t);
    }
    return t;
  }

  /** A new execution: Apps Script looks the sheets up again once. */
  newRun(): void {
    this.sheetNamesSeen = false;
  }

  private charge(kind: CallKind, cellsRead = 0, cellsWritten = 0): void {
    const t = this.tally();
    const c = APPS_SCRIPT_COSTS;
    t.calls[kind]++;
    t.cellsRead += cellsRead;
    t.cellsWritten += cellsWritten;
    this.clock.advance(c[kind].ms + (cellsRead + cellsWritten) * c.cell.ms);
  }

  /** The workbook, counted: cells come from the memory workbook's own counters. */
  workbook(): Workbook {
    const memory = this.memory;
    return new Proxy(memory, {
      get: (target, prop, receiver) => {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        const name = String(prop);
        return (...args: unknown[]) => {
          const before = { ...memory.counters };
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          const read = memory.counters.cellsRead - before.cellsRead;
          const written = memory.counters.cellsWritten - before.cellsWritten;
          if (name === 'sheetNames') {
            if (!this.sheetNamesSeen) this.charge('sheetRead');
            this.sheetNamesSeen = true;
          } else if (name === 'append') {
            // getLastRow, then setValues.
            this.charge('sheetRead');
            this.charge('sheetWrite', 0, written);
          } else if (READS.has(name)) this.charge('sheetRead', read);
          else if (WRITES.has(name)) this.charge('sheetWrite', read, written);
          return result;
        };
      },
    });
  }

  /** Document properties, counted. */
  store(inner: Store): Store {
    return {
      get: (key) => {
        this.charge('propertyRead');
        return inner.get(key);
      },
      keys: () => {
        this.charge('propertyRead');
        return inner.keys();
      },
      set: (key, value) => {
        this.charge('propertyWrite');
        inner.set(key, value);
      },
      delete: (key) => {
        this.charge('propertyWrite');
        inner.delete(key);
      },
    };
  }

  /** The document lock, counted. */
  lock(inner: Lock): Lock {
    return {
      tryLock: (ms) => {
        this.charge('propertyRead');
        return inner.tryLock(ms);
      },
      release: () => {
        this.charge('propertyRead');
        inner.release();
      },
    };
  }

  /** The mailer, counted: each letter costs a send, its addresses the recipients. */
  mailer(inner: Mailer): Mailer {
    return {
      remainingQuota: () => {
        this.charge('propertyRead');
        return inner.remainingQuota();
      },
      send: (mail: MailEnvelope) => {
        inner.send(mail);
        const t = this.tally();
        t.sends++;
        t.recipients += new Set([...mail.to, ...mail.cc, ...mail.bcc]).size;
        this.clock.advance(APPS_SCRIPT_COSTS.send.ms);
      },
    };
  }
}
