import { checkData as checkDataJob } from '../jobs/check-data';
import type { JobOutcome } from '../jobs/context';
import { authorizeAdmin } from '../jobs/shared/authorize';
import { loadSchool } from '../jobs/shared/school';
import { setupWorkbook as setupJob } from '../jobs/setup-workbook';
import { gasRuntime, type GasRuntime } from '../adapters/gas/runtime';
import { LOCALE_PROPERTY } from './menu';

/**
 * Runs a menu action for an administrator: refuses an unknown or non-admin caller, runs the job,
 * tells the outcome in a dialog, and remembers the workbook's language for the next menu.
 */
function adminAction(run: (runtime: GasRuntime, email: string) => JobOutcome): JobOutcome | null {
  const runtime = gasRuntime();
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
    const outcome = run(runtime, email);
    runtime.store.set(LOCALE_PROPERTY, school.settings.locale);
    runtime.session.alert(
      strings.appName,
      [outcome.summary, ...outcome.details].filter((s, i, all) => all.indexOf(s) === i).join('\n'),
    );
    return outcome;
  } catch (error) {
    runtime.session.alert(
      strings.appName,
      strings.ui.failed(error instanceof Error ? error.message : String(error)),
    );
    throw error;
  }
}

/** Menu «Настроить таблицу». */
export function setupWorkbookAction(): JobOutcome | null {
  return adminAction((runtime, email) => setupJob(runtime, { callerEmail: email }));
}

/** Menu «Проверить данные». */
export function checkDataAction(): JobOutcome | null {
  return adminAction((runtime) => checkDataJob(runtime));
}
