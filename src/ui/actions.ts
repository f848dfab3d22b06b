import { gasForms } from '../adapters/gas/forms';
import { gasRuntime, type GasRuntime } from '../adapters/gas/runtime';
import { checkData as checkDataJob } from '../jobs/check-data';
import type { JobOutcome } from '../jobs/context';
import { ensureForms } from '../jobs/ensure-forms';
import { applyAgreements } from '../jobs/agreement';
import { claimTriggers } from '../jobs/mail-owner';
import { sendWeeklySummaries } from '../jobs/family-summaries';
import { buildWeeklyReport } from '../jobs/monitoring-report';
import { publishNextDay } from '../jobs/publish-schedule';
import { quotaReport } from '../jobs/quota-report';
import { authorizeAdmin } from '../jobs/shared/authorize';
import { errorText } from '../jobs/shared/errors';
import { runScheduledJobs } from '../jobs/dispatcher';
import { requeueUnknown } from '../jobs/shared/outbox';
import { SCHEDULED_JOBS } from '../jobs/table';
import { loadSchool } from '../jobs/shared/school';
import { requestKey } from '../jobs/shared/state';
import { TEACHERS_PROPERTY } from '../jobs/shared/school-files';
import { setupWorkbook as setupJob } from '../jobs/setup-workbook';
import { erasePupil as eraseJob, pupilOnRoster } from '../jobs/erase-pupil';
import { ArchiveFiles } from '../jobs/shared/archive-files';
import { gasHmac } from '../adapters/gas/hmac';
import { stringsFor, type Strings } from '../i18n';
import { LOCALE_PROPERTY } from './menu';

/**
 * Runs a menu action for an administrator: refuses an unknown or non-admin caller, runs the job,
 * tells the outcome in a dialog, and remembers the workbook's language for the next menu.
 */
function adminAction(
  run: (runtime: GasRuntime, email: string, strings: Strings) => JobOutcome,
): JobOutcome | null {
  const runtime = gasRuntime();
  // The teachers' workbook is data to check, never a school to run: no menu action works there
  // (a teacher with the add-on could otherwise "set up" a school of their own inside it).
  if (runtime.workbook.fileRole() === 'teachers') {
    const strings = stringsFor(runtime.store.get(LOCALE_PROPERTY) ?? 'ru');
    runtime.session.alert(strings.appName, strings.trust.notAdminWorkbook);
    return null;
  }
  const school = loadSchool(runtime.workbook, runtime.clock, ['staff']);
  const strings = school.strings;
  const email = runtime.session.email();
  const denial = authorizeAdmin(email, school.settings, school.staff);
  if (denial) {
    const message =
      denial.reason === 'noEmail'
        ? strings.ui.deniedNoEmail
        : strings.ui.deniedNotAdmin(denial.email);
    runtime.session.alert(strings.appName, message);
    return null;
  }
  try {
    const outcome = run(runtime, email, strings);
    runtime.store.set(LOCALE_PROPERTY, school.settings.locale);
    const lines = [outcome.summary, ...outcome.details].filter(
      (s, i, all) => s !== '' && all.indexOf(s) === i,
    );
    runtime.session.alert(strings.appName, lines.join('\n'));
    return outcome;
  } catch (error) {
    runtime.session.alert(strings.appName, strings.ui.failed(errorText(error, strings)));
    throw error;
  }
}

/**
 * The triggers step of setup and of «Проверить триггеры»: the caller's triggers become the mail's,
 * unless another administrator's dispatcher is alive (then nothing is installed and the dialog
 * says who sends the mail) — or the caller takes the mail over.
 */
function claimTriggersFor(
  runtime: GasRuntime,
  email: string,
  strings: Strings,
  takeOver = false,
): string[] {
  const claim = claimTriggers(runtime, email, { takeOver });
  if (claim.kind === 'ownedByOther')
    return [strings.triggers.ownedBy(claim.owner, strings.menu.takeOverMail)];
  const { repair } = claim;
  const lines: string[] = [];
  if (claim.tookOver !== null) lines.push(strings.triggers.tookOver(claim.tookOver));
  if (repair.replacedStale) lines.push(strings.triggers.stale);
  lines.push(
    repair.created.length + repair.removed === 0
      ? strings.triggers.ok
      : strings.triggers.repaired(repair.created.length, repair.removed),
  );
  return lines;
}

/**
 * The forms step of setup: the four forms and their response sheets. A failure (the forms scope
 * refused, Forms unavailable) is told in the dialog and does not stop the triggers after it.
 */
function ensureFormsStep(runtime: GasRuntime, email: string, strings: Strings): string[] {
  try {
    return [...ensureForms({ ...runtime, forms: gasForms(), user: email }).details];
  } catch (error) {
    runtime.log.warn(`forms: ${error instanceof Error ? error.message : String(error)}`);
    return [strings.forms.formsFailed(errorText(error, strings))];
  }
}

/**
 * Menu «Настроить таблицу»: the teachers' workbook (asked for by address the first time), sheets,
 * settings, layout, sharing, then the forms, then the triggers.
 */
export function setupWorkbookAction(): JobOutcome | null {
  return adminAction((runtime, email, strings) => {
    const teachersUrl =
      runtime.store.get(TEACHERS_PROPERTY) === null
        ? runtime.session.prompt(strings.appName, strings.trust.teachersPrompt)
        : undefined;
    if (teachersUrl === null) return cancelled(strings);
    const outcome = setupJob(runtime, { callerEmail: email, teachersUrl });
    const forms = ensureFormsStep(runtime, email, strings);
    return {
      ...outcome,
      details: [...outcome.details, ...forms, ...claimTriggersFor(runtime, email, strings)],
    };
  });
}

/** Menu «Взять рассылку на себя»: the caller's triggers send the mail from now on. */
export function takeOverMailAction(): JobOutcome | null {
  return adminAction((runtime, email, strings) => ({
    job: 'triggers',
    summary: strings.menu.takeOverMail,
    details: claimTriggersFor(runtime, email, strings, true),
    problems: 0,
    messages: 0,
  }));
}

/** Menu «Применить согласование»: the decisions on «Согласование» now, not at the next hour. */
export function applyAgreementAction(): JobOutcome | null {
  return adminAction((runtime) => applyAgreements(runtime));
}

function cancelled(strings: Strings): JobOutcome {
  return { job: 'setup', summary: strings.ui.cancelled, details: [], problems: 0, messages: 0 };
}

/**
 * Menu «Перенести старые недели в архив»: asks the next hourly run for the nightly archive (moving
 * weeks of rows may take longer than a dialog may wait, and runs under the dispatcher's lock).
 */
export function archiveNowAction(): JobOutcome | null {
  return adminAction((runtime, _email, strings) => {
    runtime.store.set(requestKey('archive', 'menu'), runtime.clock.now().toISOString());
    const weeks = loadSchool(runtime.workbook, runtime.clock, []).settings.archiveWeeks;
    return {
      job: 'archive',
      summary: strings.archive.queued(weeks),
      details: [],
      problems: 0,
      messages: 0,
    };
  });
}

/** Menu «Проверить данные». */
export function checkDataAction(): JobOutcome | null {
  return adminAction((runtime) => checkDataJob(runtime));
}

/** Menu «Проверить триггеры». */
export function ensureTriggersAction(): JobOutcome | null {
  return adminAction((runtime, email, strings) => ({
    job: 'triggers',
    summary: strings.menu.ensureTriggers,
    details: claimTriggersFor(runtime, email, strings),
    problems: 0,
    messages: 0,
  }));
}

/** Every «неизвестно» letter back in the queue, as an outcome for the menu and the card. */
export function resendUnknown(runtime: GasRuntime, strings: Strings): JobOutcome {
  const count = requeueUnknown(runtime, strings);
  return {
    job: 'resend',
    summary: strings.triggers.requeued(count),
    details: [],
    problems: 0,
    messages: 0,
  };
}

/** Menu «Повторить письма с неизвестной судьбой». */
export function resendUnknownAction(): JobOutcome | null {
  return adminAction((runtime, _email, strings) => resendUnknown(runtime, strings));
}

/** Menu «Квота писем». */
export function quotaPlanAction(): JobOutcome | null {
  return adminAction((runtime) => quotaReport(runtime));
}

/** Menu «Опубликовать расписание на завтра»: publishes now and sends what it can at once. */
export function publishScheduleAction(): JobOutcome | null {
  return adminAction((runtime) => {
    const outcome = publishNextDay(runtime);
    return withDelivery(runtime, outcome);
  });
}

/** Menu «Отправить письма семьям за неделю»: queues this week's letters and sends what it can now. */
export function sendWeeklySummariesAction(): JobOutcome | null {
  return adminAction((runtime) => withDelivery(runtime, sendWeeklySummaries(runtime)));
}

/**
 * Menu «Построить отчёт мониторинга»: the current week so far (an interim report; the hourly job
 * builds the final one of the week just finished on `report_day`), then sends the letter now.
 */
export function buildWeeklyReportAction(): JobOutcome | null {
  return adminAction((runtime) => withDelivery(runtime, buildWeeklyReport(runtime)));
}

/**
 * Runs one delivery pass after a menu job, so the letters leave now rather than within the hour.
 * It goes through the dispatcher, which takes the run lease: if the hourly run is delivering at
 * this moment, the letters simply wait for it instead of two passes racing over the outbox.
 */
export function withDelivery(runtime: GasRuntime, outcome: JobOutcome): JobOutcome {
  const strings = loadSchool(runtime.workbook, runtime.clock, []).strings;
  const report = runScheduledJobs(runtime, {
    jobs: SCHEDULED_JOBS,
    budgetMs: MENU_BUDGET_MS,
    deliverOnly: true,
    fromMenu: true,
  });
  const sent = report.delivery?.sent ?? 0;
  const remaining = report.delivery?.remaining ?? outcome.messages;
  return { ...outcome, details: [...outcome.details, strings.ui.delivered(sent, remaining)] };
}

/**
 * Menu «Удалить данные ученика»: asks for the ID (unless a script gave it), shows whom the roster
 * names and asks for the ID again, then erases. A script that passes the ID is not asked: it has
 * no screen to answer on, and naming the ID is its confirmation.
 */
export function erasePupilAction(given?: unknown): JobOutcome | null {
  return adminAction((runtime, email, strings) => {
    const p = strings.privacy;
    const passed = typeof given === 'string' && given.trim() !== '' ? given.trim() : null;
    const id = passed ?? runtime.session.prompt(strings.appName, p.promptId)?.trim() ?? '';
    const stop = (summary: string): JobOutcome => ({
      ...cancelled(strings),
      job: 'erasePupil',
      summary,
    });
    if (id === '') return stop(strings.ui.cancelled);
    if (passed === null) {
      const pupil = pupilOnRoster(runtime, id);
      const question =
        pupil === undefined ? p.confirmNotOnRoster : p.confirm(pupil.name, pupil.class);
      const again = runtime.session.prompt(strings.appName, question)?.trim() ?? '';
      if (again.toLowerCase() !== id.toLowerCase())
        return stop(again === '' ? strings.ui.cancelled : p.mismatch);
    }
    // The archive files hold the pupil's old weeks: erasure goes through them too.
    const others = new ArchiveFiles(runtime.store, runtime.files, strings);
    return eraseJob({ ...runtime, hmac: gasHmac, others }, { id, by: email });
  });
}

/** A menu action may run 6 minutes too, but the person is waiting: send for one minute, queue the rest. */
const MENU_BUDGET_MS = 60_000;
