/**
 * What the bench takes one Apps Script service call, one cell and one letter to cost. The bench
 * runs the jobs on the in-memory workbook and advances its clock by these costs, so the
 * dispatcher's time budget stops a run where Apps Script's 6 minutes would.
 */

/** One cost and where its figure comes from. */
export interface Cost {
  readonly ms: number;
  readonly source: string;
}

/** The figures of the estimate (docs/decisions.md, «Bench costs»). */
export const APPS_SCRIPT_COSTS = {
  /** A spreadsheet call that must go to the server: getValues, getLastRow, getSheets. */
  sheetRead: {
    ms: 50,
    source:
      'one setValues of 4,000 cells under 50 ms (Stack Overflow «What is faster: ScriptDb or SpreadsheetApp?»); ' +
      '«every service call costs a round trip (tens of ms)» (docs/decisions.md, Apps Script facts)',
  },
  /** A spreadsheet change: setValues, deleteRows, insertSheet (Apps Script caches writes until the next read). */
  sheetWrite: {
    ms: 0.4,
    source:
      'write caching (developers.google.com/apps-script/guides/support/best-practices); 400 row-by-row setValues in 164 ms ' +
      '(Stack Overflow, as above). The flush a later read pays is not modelled: an optimistic figure',
  },
  /** PropertiesService.getProperty, LockService.tryLock and releaseLock, MailApp.getRemainingDailyQuota. */
  propertyRead: {
    ms: 30,
    source:
      'PropertiesService getProperty, average of 100 runs (ziritione.org/post/apps_script_performance)',
  },
  /** PropertiesService.setProperty / deleteProperty. */
  propertyWrite: {
    ms: 62,
    source:
      'PropertiesService setProperty, average of 100 runs (ziritione.org/post/apps_script_performance)',
  },
  /** Each cell a call moves, read or written. */
  cell: {
    ms: 0.005,
    source:
      'the same 4,000-cell setValues under 50 ms, round trip included; the batched 100×100 grid of the best-practices page ' +
      'takes about 1 s with its colour computation',
  },
  /** One MailApp.sendEmail. */
  send: {
    ms: 250,
    source: 'issue 12: 1,945 letters took 486 s of sending in runs of the built file, 0.25 s each',
  },
} as const satisfies Record<string, Cost>;

/** Kinds of call the estimate tells apart. */
export type CallKind = 'sheetRead' | 'sheetWrite' | 'propertyRead' | 'propertyWrite';

/** The Apps Script time of what was counted, in milliseconds (Node's own time added as it is). */
export function appsScriptMs(counts: {
  readonly calls: Readonly<Record<CallKind, number>>;
  readonly cells: number;
  readonly sends: number;
  readonly nodeMs: number;
}): number {
  const c = APPS_SCRIPT_COSTS;
  return (
    (Object.keys(counts.calls) as CallKind[]).reduce(
      (sum, k) => sum + counts.calls[k] * c[k].ms,
      0,
    ) +
    counts.cells * c.cell.ms +
    counts.sends * c.send.ms +
    counts.nodeMs
  );
}
