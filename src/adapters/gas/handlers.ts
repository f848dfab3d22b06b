/**
 * The trigger handlers' wiring: real services into the pure jobs. Menus live in `ui/`.
 */
import type { Cell } from '../../domain/cells';
import { answersOfRow } from '../../domain/forms';
import {
  askFor,
  type DispatchReport,
  endTrigger,
  expectLetters,
  forgetSchedule,
  runScheduledJobs,
} from '../../jobs/dispatcher';
import { agreementJob } from '../../jobs/agreement';
import { changeNoticesJob } from '../../jobs/change-notices';
import { handleFormResponse } from '../../jobs/form-responses';
import { FORM_SWEEP_JOB } from '../../jobs/form-sweep';
import { formOfSheet } from '../../jobs/shared/form-registry';
import { requestKey } from '../../jobs/shared/state';
import { findSheet } from '../../jobs/shared/school';
import { isRetired, retireTriggers } from '../../jobs/mail-owner';
import { loadState } from '../../jobs/shared/state';
import { SCHEDULED_JOBS } from '../../jobs/table';
import { stringsFor } from '../../i18n';
import { gasRuntime } from './runtime';

/** The property that may override the time budget (ms), for schools with slow spreadsheets. */
export const BUDGET_PROPERTY = 'distant.budget_ms';

/** The hourly trigger: the dispatcher over the real services. */
export function dispatchNow(e?: { readonly triggerUid?: string }): DispatchReport {
  const runtime = gasRuntime();
  // Read only when the run has work: an idle run must stay within a handful of calls.
  const budgetMs = (): number | undefined => {
    const override = Number(runtime.store.get(BUDGET_PROPERTY));
    return Number.isFinite(override) && override > 0 ? override : undefined;
  };
  const report = runScheduledJobs(runtime, {
    jobs: SCHEDULED_JOBS,
    budgetMs,
    trigger: { uid: e?.triggerUid, retire: () => void retireTriggers(runtime.triggers) },
  });
  if (report.status !== 'idle') runtime.log.info(JSON.stringify(report));
  return report;
}

/**
 * The installable edit trigger. Edits to settings make the dispatcher look at its schedule again;
 * edits to the schedule ask for change notices at the next hourly run (edits in between merge);
 * a status set back to «в очереди» in the outbox makes it deliver at its next run.
 */
export function onEditNow(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  const sheetName = e.range.getSheet().getName();
  const runtime = gasRuntime();
  if (retiredRun(runtime, e)) return;
  const ru = stringsFor('ru');
  const names = [sheetName];
  // Each change rides on the trigger's one state write, with its run time. An edit of any other
  // sheet (the journal, most often) writes nothing: its trigger time goes uncounted.
  if (findSheet(names, 'settings', ru) !== undefined) {
    endTrigger(runtime, forgetSchedule);
  } else if (findSheet(names, 'agreements', ru) !== undefined) {
    // An administrator decided: apply it at the next hourly run rather than wait for the watch.
    endTrigger(runtime, askFor(agreementJob.id));
  } else if (findSheet(names, 'schedule', ru) !== undefined) {
    // The job compares published lessons with the record, so edits to comments or drafts send nothing.
    endTrigger(runtime, askFor(changeNoticesJob.id));
  } else if (findSheet(names, 'outbox', ru) !== undefined) {
    endTrigger(runtime, expectLetters);
  } else if (formOfSheet({}, undefined, sheetName) !== undefined) {
    // A person corrected an answer on a response sheet: the next run routes it again.
    const range = e.range;
    runtime.store.set(
      requestKey(FORM_SWEEP_JOB, `edit-${range.getSheet().getSheetId()}-${range.getRow()}`),
      runtime.clock.now().toISOString(),
    );
  }
}

/**
 * The spreadsheet's form-submit trigger: reads the response's row and header (the event's
 * `namedValues` keep what was typed; the row fills in when the event came empty) and hands it to
 * the job. Letters it queues leave with the next hourly run: a burst of responses must not start
 * a mail pass each, and an acknowledgement within the hour is soon enough.
 */
export function onFormSubmitNow(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  const row = e.range.getRow();
  if (row < 2) return;
  const runtime = gasRuntime();
  // A previous mail owner's trigger: the current owner's routes this response.
  if (retiredRun(runtime, e)) return;
  // First of all, the request for the sweep: if anything below fails (a busy lock, the time
  // limit), the next hourly run routes the response. Deleted once the response is routed.
  const request = requestKey(FORM_SWEEP_JOB, `${sheet.getSheetId()}-${row}`);
  runtime.store.set(request, runtime.clock.now().toISOString());
  const width = sheet.getLastColumn();
  if (width === 0) return;
  // e.range, never getLastRow(): another response may have landed since this one.
  const header = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) as Cell[];
  const cells = (sheet.getRange(row, 1, 1, width).getValues()[0] ?? []) as Cell[];
  const { answers, submittedAt } = answersOfRow(header, cells, e.namedValues);
  handleFormResponse(runtime, {
    sheetName: sheet.getName(),
    sheetId: sheet.getSheetId(),
    row,
    submittedAt,
    answers,
    cells,
  });
  runtime.store.delete(request);
  endTrigger(runtime);
}

/**
 * A trigger of an administrator who is no longer the mail's owner: it removes this user's
 * triggers and does nothing, so that one mailbox sends and each response is routed once.
 */
function retiredRun(
  runtime: ReturnType<typeof gasRuntime>,
  e: { readonly triggerUid?: string },
): boolean {
  if (!isRetired(loadState(runtime.store), e.triggerUid)) return false;
  retireTriggers(runtime.triggers);
  return true;
}
