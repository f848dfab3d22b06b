/**
 * `out/dashboard.html`: the administrators' dashboard as the sidebar shows it, for the runner
 * (the demo week, a school's files). The figures are an administrator's view of the final
 * workbook; the buttons there only say that they work in Google Sheets.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryForms } from '../adapters/memory/forms';
import type { MemoryWorkbook } from '../adapters/memory/workbook';
import { dashboard } from '../jobs/dashboard';
import { administrators } from '../jobs/shared/authorize';
import type { DeliveryContext } from '../jobs/shared/outbox';
import { loadSchool } from '../jobs/shared/school';
import { dashboardPage } from '../ui/dashboard-page';
import shell from '../ui/dashboard.html';

/** The file's name in the output folder. */
export const DASHBOARD_HTML = 'dashboard.html';

/** Writes the dashboard of the run's workbook into `out`; returns the file's name. */
export function writeDashboard(ctx: DeliveryContext, admin: MemoryWorkbook, out: string): string {
  const school = loadSchool(ctx.workbook, ctx.clock, ['staff']);
  // The runner is the school's operator: it looks as the first administrator (any known caller
  // of a school with none yet, as setup lets in).
  const email = administrators(school.settings, school.staff)[0] ?? 'runner@localhost';
  const result = dashboard({ ...ctx, forms: new MemoryForms(admin) }, email);
  if (result.kind !== 'figures') throw new Error(result.message);
  writeFileSync(join(out, DASHBOARD_HTML), dashboardPage(shell, result.figures, result.strings));
  return DASHBOARD_HTML;
}
