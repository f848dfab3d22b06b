/**
 * The sweep of form responses: every response sheet row of the four forms that has no processed
 * marker is routed now, and one whose answers changed since it was routed is routed again as an
 * update. So a response whose form-submit trigger failed (a busy lock, a crash), or never fired,
 * is not lost, and an edited response brings what it created up to date.
 *
 * It runs when a trigger asks (the form-submit trigger leaves its request until it has routed
 * the response; an edit of a response sheet asks too) — so at the next hourly run — and once a
 * night in any case. An idle hourly run only sees that nobody asked.
 */
import { answersOfRow, FORM_KINDS, isEmptyResponse, responseFingerprint } from '../domain/forms';
import { ALL_NAMES } from '../i18n';
import type { JobOutcome } from './context';
import { handleFormResponse } from './form-responses';
import type { ScheduledJob, ScheduledRunContext, ScheduledRunResult } from './scheduled-job';
import { loadRegistry, saveRegistry } from './shared/form-registry';
import { openRouted, routedKey } from './shared/routed-sheet';
import { loadSchool, type School } from './shared/school';

/** The night's sweep: after the archive, before anybody answers a form. */
export const SWEEP_HOUR = 4;

/** The job id the triggers' requests name. */
export const FORM_SWEEP_JOB = 'formResponses';

/** Routes what the triggers left; see the module comment. */
export function sweepResponses(ctx: ScheduledRunContext): ScheduledRunResult {
  const registry = loadRegistry(ctx.store);
  const routed = openRouted(ctx, ctx.strings);
  // Pupils and classes are read only once a row needs routing: a night with nothing new reads
  // the response sheets and the markers alone.
  let school: School | undefined;
  let handled = 0;
  let updated = 0;
  let messages = 0;
  const done = (cursor?: string): ScheduledRunResult => {
    const outcome: JobOutcome = {
      job: FORM_SWEEP_JOB,
      summary: ctx.strings.forms.swept(handled, updated),
      details: [],
      problems: 0,
      // What the routed responses queued: the run's delivery pass sends it.
      messages,
    };
    return cursor === undefined ? { outcome } : { outcome, cursor };
  };
  for (const kind of FORM_KINDS) {
    const record = registry[kind];
    if (record === undefined) continue;
    // Where the answers land: the name setup (or the last response) saw, else the usual names.
    const names = [
      ...new Set([record.sheetName, ...ALL_NAMES.map((s) => s.forms.forms[kind].sheet)]),
    ].filter((n): n is string => n !== undefined);
    let sheetName: string | undefined;
    let grid = null;
    for (const name of names) {
      grid = ctx.workbook.read(name);
      if (grid !== null) {
        sheetName = name;
        break;
      }
    }
    if (grid === null || sheetName === undefined) continue;
    if (record.since === undefined) {
      // A sheet an older version linked: its rows were its triggers' to handle. From now on.
      registry[kind] = { ...record, sheetName, since: grid.length + 1 };
      saveRegistry(ctx.store, registry);
      continue;
    }
    const header = grid[0] ?? [];
    for (let row = record.since; row <= grid.length; row++) {
      if (ctx.outOfTime()) return done('more');
      const cells = grid[row - 1] ?? [];
      const { answers, submittedAt } = answersOfRow(header, cells);
      if (isEmptyResponse(answers)) continue;
      const mark = routed.marks.get(routedKey(kind, String(record.sheetId), row))?.mark;
      if (mark?.fingerprint === responseFingerprint({ answers, cells })) continue;
      school ??= loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils']);
      const result = handleFormResponse(
        ctx,
        { sheetName, sheetId: record.sheetId, row, submittedAt, answers, cells },
        { school, routed, registry },
      );
      messages += result.messages;
      if (result.result === 'updated') updated++;
      else if (result.result !== 'duplicate') handled++;
    }
  }
  return done();
}

/** The job of the dispatcher's table: nightly, and at the next run whenever a trigger asks. */
export const formSweepJob: ScheduledJob = {
  id: FORM_SWEEP_JOB,
  cadence: () => ({ kind: 'daily', hour: SWEEP_HOUR }),
  run: sweepResponses,
};
