/**
 * The administrators' dashboard (docs/contracts.md «Entry points»: `showDashboard`, `onHomepage`): the figures at a
 * glance, read-only — nothing is written, created or queued. Every figure comes from the code
 * that owns it: the week's from the monitoring report's computation, the queue's forecast from
 * delivery, the plan from the quota planner, the trigger time from `triggerTimeOf`. Each table is
 * read once: the school with one `loadSchool`, the outbox once, the form registry and the state
 * once each (one property read apiece), each registered form once.
 */
import { FORM_KINDS, type FormKind } from '../domain/forms';
import { actionCount, reportWeekOf, trendFigures, type TrendFigures } from '../domain/monitoring';
import { DAILY_RECIPIENTS } from '../domain/mail';
import type { MailMode } from '../domain/vocabulary';
import { isDateValue } from '../domain/cells';
import { matchHeaders } from '../domain/table';
import type { FormStanding } from '../i18n/dashboard';
import { ALL_NAMES, type Strings } from '../i18n';
import { weekRange } from '../mail/monitoring-report';
import type { Forms } from '../ports/forms';
import { heartbeatIsStale } from './ensure-triggers';
import { reportScope, weekReport } from './monitoring-report';
import { quotaPlanOf, triggerTimeOf } from './quota-report';
import { administrators, authorizeAdmin } from './shared/authorize';
import { forecastDelivery } from './shared/delivery';
import { loadRegistry } from './shared/form-registry';
import { type DeliveryContext, entriesOf, type OutboxSheet } from './shared/outbox';
import { loadSchool, readSheetOf } from './shared/school';
import { loadState } from './shared/state';
import { systemCell } from './shared/system-sheet';
import { strangersWhoCanEdit } from './shared/teachers-workbook';

/** The ports the dashboard reads. */
export interface DashboardContext extends DeliveryContext {
  readonly forms: Forms;
}

/** One registered form and whether families can answer it. */
export interface DashboardForm {
  readonly kind: FormKind;
  /** Its response sheet's name in the school's language (short, unlike the form's title). */
  readonly name: string;
  readonly standing: FormStanding;
}

/** Everything the dashboard shows, as plain values (formatting is the renderers'). */
export interface DashboardFigures {
  readonly schoolName: string;
  /** The workbook's language (`locale`). */
  readonly locale: string;
  /** The moment of the figures in the school's zone, `dd.mm.yyyy hh:mm`. */
  readonly builtAt: string;
  readonly week: {
    /** «30 ноября – 6 декабря 2026». */
    readonly range: string;
    readonly complete: boolean;
    readonly held: number;
    readonly journaled: number;
    readonly overdue: number;
    /** The report's four shares (undefined where nothing was measured). */
    readonly shares: TrendFigures;
    /** Lines of the report's «Требует действий» block. */
    readonly actions: number;
    readonly attention: number;
    readonly overdueRequests: number;
  };
  readonly outbox: {
    readonly queued: number;
    readonly sentToday: number;
    readonly unknown: number;
    readonly errors: number;
  };
  readonly mailMode: MailMode;
  readonly quota: {
    /** Recipients the quota still allows today, less the reserve; undefined with nothing queued. */
    readonly leftToday: number | undefined;
    /** Days the queue takes, today counted (0 = empty), as delivery would send it. */
    readonly days: number;
    /** Letters a whole day's quota cannot hold. */
    readonly never: number;
    /** The plan's busiest day and the account's daily limit. */
    readonly peakDay: number;
    readonly dailyLimit: number;
  };
  readonly dispatcher: {
    /** The last hourly run, `dd.mm hh:mm` in the school's zone; undefined before the first. */
    readonly lastRun: string | undefined;
    readonly stale: boolean;
    readonly owner: string | undefined;
    readonly usedMinutes: number;
    /** Past this no new work starts: `trigger_time_share` of the account's daily allowance. */
    readonly limitMinutes: number;
  };
  readonly forms: readonly DashboardForm[];
  /** Who besides the administrators (and the owner) can edit the administration workbook. */
  readonly editors: readonly string[];
}

/** The dashboard for `email`, or why it is refused (in the workbook's language). */
export type DashboardResult =
  | { readonly kind: 'figures'; readonly figures: DashboardFigures; readonly strings: Strings }
  | { readonly kind: 'denied'; readonly message: string; readonly strings: Strings };

/** Builds the dashboard's figures for an administrator; refuses anyone else and an empty identity. */
export function dashboard(ctx: DashboardContext, email: string): DashboardResult {
  const school = loadSchool(ctx.workbook, ctx.clock, undefined, reportScope());
  const { settings, strings, zone } = school;
  const denial = authorizeAdmin(email, settings, school.staff);
  if (denial !== null) {
    const message =
      denial.reason === 'noEmail'
        ? strings.ui.deniedNoEmail
        : strings.ui.deniedNotAdmin(denial.email);
    return { kind: 'denied', message, strings };
  }

  const now = ctx.clock.now();
  const local = zone.parts(now);
  const names = ctx.workbook.sheetNames();
  const week = reportWeekOf(local.date);
  const report = weekReport(ctx.workbook, school, week, names, now);

  const outbox = readOutbox(ctx, strings);
  const entries = outbox === null ? [] : entriesOf(outbox);
  const state = loadState(ctx.store);
  const forecast = forecastDelivery(ctx, settings, strings, state.quota, entries);
  const plan = quotaPlanOf(school);
  const time = triggerTimeOf(ctx, settings);
  const minutes = (ms: number): number => Math.round(ms / 60_000);

  const figures: DashboardFigures = {
    schoolName: settings.schoolName,
    locale: settings.locale,
    builtAt: `${dayMonth(local.date)}.${local.date.slice(0, 4)} ${clockTime(local.minutes)}`,
    week: {
      range: weekRange(week, strings),
      complete: report.complete,
      held: report.lessons.held,
      journaled: report.lessons.journaled,
      overdue: report.lessons.overdue,
      shares: trendFigures(report),
      actions: actionCount(report.actions),
      attention: report.attention.length,
      overdueRequests: report.overdueRequests.length,
    },
    outbox: {
      queued: entries.filter((e) => e.status === 'queued').length,
      sentToday: outbox === null ? 0 : sentOn(outbox, local.date, (at) => zone.parts(at)),
      unknown: entries.filter((e) => e.status === 'unknown').length,
      errors: entries.filter((e) => e.status === 'error' || e.status === undefined).length,
    },
    mailMode: settings.mailMode,
    quota: {
      leftToday: forecast.letters > 0 ? Math.max(0, forecast.leftToday) : undefined,
      days: forecast.days,
      never: forecast.never,
      peakDay: plan.peakDay,
      dailyLimit: DAILY_RECIPIENTS[settings.accountType],
    },
    dispatcher: {
      lastRun:
        state.heartbeat === undefined
          ? undefined
          : (() => {
              const at = zone.parts(new Date(state.heartbeat));
              return `${dayMonth(at.date)} ${clockTime(at.minutes)}`;
            })(),
      stale: heartbeatIsStale(state, now),
      owner: state.owner?.email,
      usedMinutes: minutes(time.usedMs),
      limitMinutes: minutes(time.limitMs),
    },
    forms: formStandings(ctx, strings),
    editors: strangersWhoCanEdit(ctx.workbook, administrators(settings, school.staff)),
  };
  return { kind: 'figures', figures, strings };
}

/** The outbox read once, or null when there is none yet (the dashboard creates nothing). */
function readOutbox(ctx: DashboardContext, strings: Strings): OutboxSheet | null {
  const found = readSheetOf(ctx.workbook, 'outbox', strings);
  if (found === undefined || found.grid.length === 0) return null;
  const columns = matchHeaders('outbox', found.grid[0] ?? [], ALL_NAMES);
  return { name: found.name, columns, width: found.grid[0]?.length ?? 0, grid: found.grid };
}

/** Rows marked sent whose «Отправлено» falls on `date` in the school's zone. */
function sentOn(
  sheet: OutboxSheet,
  date: string,
  parts: (at: Date) => { readonly date: string },
): number {
  return entriesOf(sheet).filter((e) => {
    if (e.status !== 'sent') return false;
    const at = systemCell(sheet, sheet.grid[e.row - 1] ?? [], 'sentAt');
    return isDateValue(at) && parts(at).date === date;
  }).length;
}

/**
 * Each of the four forms as Google has it now: one look-up per registered form. A form the
 * registry does not know was never made (setup makes it); a failing look-up (the forms scope
 * refused) is told as unknown rather than as a state we did not see.
 */
function formStandings(ctx: DashboardContext, strings: Strings): DashboardForm[] {
  const registry = loadRegistry(ctx.store);
  return FORM_KINDS.map((kind): DashboardForm => {
    const name = strings.forms.forms[kind].sheet;
    const record = registry[kind];
    if (record === undefined) return { kind, name, standing: 'missing' };
    try {
      const found = ctx.forms.find(record.formId);
      const standing: FormStanding =
        found === null
          ? 'missing'
          : !found.published
            ? 'unpublished'
            : found.accepting
              ? 'open'
              : 'closed';
      return { kind, name, standing };
    } catch (error) {
      ctx.log.warn(`dashboard: form ${kind}: ${error instanceof Error ? error.message : ''}`);
      return { kind, name, standing: 'unknown' };
    }
  });
}

/** `2026-12-02` → `02.12`. */
function dayMonth(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

/** Minutes since midnight → `hh:mm`. */
function clockTime(minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hh}:${String(minutes % 60).padStart(2, '0')}`;
}
