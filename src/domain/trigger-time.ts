/**
 * Trigger time: Apps Script lets all of a user's triggers together run 90 minutes a day on a
 * consumer account and 6 hours on Workspace; past it every trigger stops, form-submit ones too,
 * until the quota is restored "24 hours after the first request" (Quotas for Google Services).
 * The add-on adds up what its own triggers ran, window by window, and stops starting new work
 * past `trigger_time_share` of the allowance, so that answers to forms keep arriving.
 */
import type { AccountType } from './settings';

/** The daily allowance of all triggers together. */
export const TRIGGER_ALLOWANCE_MS: Readonly<Record<AccountType, number>> = {
  consumer: 90 * 60_000,
  workspace: 6 * 3_600_000,
};

/** One 24-hour window of trigger time: when its first run started, and what the runs took. */
export interface TriggerDay {
  /** ISO instant. */
  readonly start: string;
  readonly ms: number;
}

const WINDOW_MS = 24 * 3_600_000;
/** Windows kept for the administrators' figures (the current one last). */
const DAYS_KEPT = 7;

/** The windows after a run of `ms` ending at `now`: added to the open window, or opening one. */
export function addTriggerTime(
  days: readonly TriggerDay[] | undefined,
  ms: number,
  now: Date,
): TriggerDay[] {
  const kept = [...(days ?? [])];
  const last = kept.at(-1);
  if (last !== undefined && now.getTime() < Date.parse(last.start) + WINDOW_MS)
    kept[kept.length - 1] = { start: last.start, ms: last.ms + Math.max(0, Math.round(ms)) };
  else kept.push({ start: now.toISOString(), ms: Math.max(0, Math.round(ms)) });
  return kept.slice(-DAYS_KEPT);
}

/** The trigger time figures the quota dialog (and later the dashboard) shows. */
export interface TriggerTimeFigures {
  /** Used in the window open now (0 when none is). */
  readonly usedMs: number;
  readonly allowanceMs: number;
  /** Past this no new work is started: `trigger_time_share` of the allowance. */
  readonly limitMs: number;
  /** When the open window started, if one is. */
  readonly since: string | undefined;
  /** The windows kept, oldest first. */
  readonly days: readonly TriggerDay[];
}

/** The figures for `account` and `share` (percent) at `now`. */
export function triggerTimeFigures(
  days: readonly TriggerDay[] | undefined,
  account: AccountType,
  share: number,
  now: Date,
): TriggerTimeFigures {
  const last = days?.at(-1);
  const open = last !== undefined && now.getTime() < Date.parse(last.start) + WINDOW_MS;
  const allowanceMs = TRIGGER_ALLOWANCE_MS[account];
  return {
    usedMs: open ? last.ms : 0,
    allowanceMs,
    limitMs: Math.round((allowanceMs * share) / 100),
    since: open ? last.start : undefined,
    days: days ?? [],
  };
}
