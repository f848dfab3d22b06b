/**
 * «Квота писем»: the quota planner's figures as lines for people (menu dialog, runner summary).
 */
import { DAILY_RECIPIENTS } from '../domain/mail';
import { planQuota, type QuotaPlan } from '../domain/quota-plan';
import type { JobContext, JobOutcome } from './context';
import { loadSchool } from './shared/school';

/** Plans the school's mail quota and describes it. */
export function quotaReport(ctx: JobContext): JobOutcome & { readonly plan: QuotaPlan } {
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils', 'staff']);
  const plan = planQuota(school);
  const q = school.strings.quota;
  const details = [
    ...q.lines(plan),
    (plan.fits.consumer ? q.fits : q.exceeds)(DAILY_RECIPIENTS.consumer, q.consumer),
    (plan.fits.workspace ? q.fits : q.exceeds)(DAILY_RECIPIENTS.workspace, q.workspace),
    ...(plan.suggestions.length > 0
      ? [q.suggest(plan.suggestions.map((s) => `${s.class} (−${s.saves})`).join(', '))]
      : []),
    ...(plan.familySummariesPerWeek + plan.digestsPerWeek > DAILY_RECIPIENTS.consumer - plan.reserve
      ? [q.weeklySpread(plan.familySummariesPerWeek, DAILY_RECIPIENTS.consumer)]
      : []),
  ];
  return { job: 'quota', summary: q.title, details, problems: 0, messages: 0, plan };
}
