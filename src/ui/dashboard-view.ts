/**
 * The dashboard as words: the figures of `jobs/dashboard` laid out in sections of labelled
 * values, each marked by how it stands, and the actions it offers. The sidebar's HTML, the
 * homepage card and the runner's `out/dashboard.html` all draw this one layout, so they say the
 * same. Pure: no Apps Script global, no escaping here (each renderer escapes for its medium).
 */
import type { DashboardFigures } from '../jobs/dashboard';
import type { Strings } from '../i18n';
import { HANDLERS } from './handlers';

/** How a value stands: fine, worth a look, or something to fix. */
export type Tone = 'ok' | 'warn' | 'bad' | 'plain';

/** One labelled value. */
export interface DashboardRow {
  readonly label: string;
  readonly value: string;
  readonly tone: Tone;
}

/** A titled group of values. */
export interface DashboardSection {
  readonly key: 'week' | 'outbox' | 'quota' | 'dispatcher' | 'forms' | 'access';
  readonly title: string;
  /** A short remark beside the title («неделя ещё идёт»). */
  readonly note?: string | undefined;
  readonly rows: readonly DashboardRow[];
}

/**
 * The menu actions the dashboard offers, by the entry point each button calls. From the card,
 * `queue` ones are asked of the hourly dispatcher by this job id (a card action has 30 seconds;
 * these send mail); `now` ones are short and run at once.
 */
export const DASHBOARD_ACTIONS = [
  {
    handler: HANDLERS.publishSchedule,
    label: 'publishSchedule',
    card: { queue: 'publishSchedule' },
  },
  {
    handler: HANDLERS.sendWeeklySummaries,
    label: 'sendWeeklySummaries',
    card: { queue: 'familySummaries' },
  },
  {
    handler: HANDLERS.buildWeeklyReport,
    label: 'buildWeeklyReport',
    card: { queue: 'monitoringReport' },
  },
  { handler: HANDLERS.applyAgreement, label: 'applyAgreement', card: { queue: 'agreement' } },
  { handler: HANDLERS.checkData, label: 'checkData', card: 'now' },
  { handler: HANDLERS.resendUnknownMail, label: 'resendUnknown', card: 'now' },
  { handler: HANDLERS.showQuotaPlan, label: 'quotaPlan', card: 'now' },
  { handler: HANDLERS.checkTriggers, label: 'ensureTriggers', card: null },
] as const satisfies ReadonlyArray<{
  readonly handler: string;
  readonly label: keyof Strings['menu'];
  /** null: not on the card (it installs triggers, which needs the editor's own context). */
  readonly card: { readonly queue: string } | 'now' | null;
}>;

/** One of the dashboard's actions. */
export type DashboardAction = (typeof DASHBOARD_ACTIONS)[number];

/** The sections of the dashboard, in the order they are shown. */
export function dashboardSections(f: DashboardFigures, strings: Strings): DashboardSection[] {
  const d = strings.dashboard;
  const share = (value: number | undefined): string =>
    value === undefined ? d.noValue : d.percent(value);
  const low = (value: number | undefined, warn: number, bad: number): Tone =>
    value === undefined ? 'plain' : value < bad ? 'bad' : value < warn ? 'warn' : 'ok';
  const count = (n: number, tone: Tone): Tone => (n > 0 ? tone : 'ok');
  const w = f.week;
  const week: DashboardRow[] = [
    {
      label: d.needsAction,
      value: String(w.actions),
      tone: count(w.actions, 'warn'),
    },
    {
      label: d.journal,
      value:
        w.held === 0 ? d.noValue : `${share(w.shares.journal)} (${d.ofTotal(w.journaled, w.held)})`,
      tone: low(w.shares.journal, 0.9, 0.7),
    },
    { label: d.journalOverdue, value: d.lessons(w.overdue), tone: count(w.overdue, 'bad') },
    {
      label: d.attendance,
      value: share(w.shares.attendance),
      tone: low(w.shares.attendance, 0.9, 0.75),
    },
    {
      label: d.informed,
      value: w.shares.informed === undefined ? d.informedNotDue : share(w.shares.informed),
      tone: low(w.shares.informed, 0.95, 0.8),
    },
    {
      label: d.satisfied,
      value: share(w.shares.satisfied),
      tone: low(w.shares.satisfied, 0.7, 0.5),
    },
    { label: d.attention, value: d.pupils(w.attention), tone: count(w.attention, 'warn') },
    {
      label: d.requestsOverdue,
      value: String(w.overdueRequests),
      tone: count(w.overdueRequests, 'bad'),
    },
  ];
  const o = f.outbox;
  const outbox: DashboardRow[] = [
    { label: d.queued, value: d.letters(o.queued), tone: 'plain' },
    { label: d.sentToday, value: d.letters(o.sentToday), tone: 'plain' },
    { label: d.unknown, value: d.letters(o.unknown), tone: count(o.unknown, 'warn') },
    { label: d.errors, value: d.letters(o.errors), tone: count(o.errors, 'bad') },
    {
      label: d.mailMode,
      value: strings.labels.mailMode[f.mailMode],
      tone: f.mailMode === 'live' ? 'ok' : 'warn',
    },
  ];
  const q = f.quota;
  const quota: DashboardRow[] = [
    {
      label: d.quotaLeft,
      value: q.leftToday === undefined ? d.noValue : d.recipients(q.leftToday),
      tone: 'plain',
    },
    {
      label: d.queueTakes,
      value:
        q.never > 0
          ? d.never(q.never)
          : q.days === 0
            ? d.queueEmpty
            : q.days === 1
              ? d.today
              : d.days(q.days),
      tone: q.never > 0 ? 'bad' : q.days > 1 ? 'warn' : 'ok',
    },
    {
      label: d.peak,
      value: d.peakValue(q.peakDay, q.dailyLimit),
      tone: q.peakDay > q.dailyLimit ? 'bad' : 'ok',
    },
  ];
  const r = f.dispatcher;
  const dispatcher: DashboardRow[] = [
    {
      label: d.lastRun,
      value: r.lastRun ?? d.neverRan,
      tone: r.stale || r.lastRun === undefined ? 'bad' : 'ok',
    },
    ...(r.stale ? [{ label: d.stale, value: '', tone: 'bad' as const }] : []),
    ...(r.owner === undefined ? [] : [{ label: d.owner, value: r.owner, tone: 'plain' as const }]),
    {
      label: d.triggerTime,
      value: d.minutes(r.usedMinutes, r.limitMinutes),
      tone: r.usedMinutes >= r.limitMinutes ? 'bad' : 'ok',
    },
  ];
  const forms: DashboardRow[] = f.forms.map((form) => ({
    label: form.name,
    value: d.form[form.standing],
    tone: form.standing === 'open' ? 'ok' : form.standing === 'closed' ? 'warn' : 'bad',
  }));
  const access: DashboardRow[] =
    f.editors.length === 0
      ? [{ label: d.onlyAdmins, value: '', tone: 'ok' }]
      : [
          { label: d.canEdit(f.editors.length), value: '', tone: 'bad' },
          ...f.editors.map((email) => ({ label: email, value: '', tone: 'bad' as const })),
        ];
  return [
    {
      key: 'week',
      title: d.weekTitle(w.range),
      note: w.complete ? undefined : d.weekSoFar,
      rows: week,
    },
    { key: 'outbox', title: d.outboxTitle, rows: outbox },
    { key: 'quota', title: d.quotaTitle, rows: quota },
    { key: 'dispatcher', title: d.dispatcherTitle, rows: dispatcher },
    { key: 'forms', title: d.formsTitle, rows: forms },
    { key: 'access', title: d.accessTitle, rows: access },
  ];
}
