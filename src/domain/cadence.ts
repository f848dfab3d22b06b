/**
 * When scheduled jobs are due. The one hourly trigger fires at a random minute of each hour, so a
 * job is due on the first run at or after its hour in its period, and done once per period.
 */
import { addDays, isoWeek, type LocalDate, type LocalParts, mondayOf } from './calendar';
import type { Weekday } from './vocabulary';

/** How often a job runs, in the school's time zone. */
export type Cadence =
  | { readonly kind: 'daily'; readonly hour: number }
  | { readonly kind: 'weekly'; readonly weekday: Weekday; readonly hour: number }
  | { readonly kind: 'monthly'; readonly hour: number }
  /** Every `every` hours from `from` to `to` o'clock (inclusive), every day: a watch, not a letter. */
  | { readonly kind: 'hourly'; readonly from: number; readonly to: number; readonly every: number }
  /** Runs when something asked for it (an edit, a menu), at the next dispatcher run. */
  | { readonly kind: 'onDemand' };

/** The period a moment belongs to: `2026-11-27`, `2026-W48`, `2026-11`, or 'now' for on-demand. */
export function periodOf(cadence: Cadence, local: LocalParts): string {
  switch (cadence.kind) {
    case 'daily':
      return local.date;
    case 'weekly':
      return isoWeek(local.date);
    case 'monthly':
      return local.date.slice(0, 7);
    case 'hourly': {
      // A run late in a watch's slot (the trigger's jitter) still belongs to that slot.
      const hour = watchHourAt(cadence, Math.floor(local.minutes / 60));
      return `${local.date}T${String(hour ?? 0).padStart(2, '0')}`;
    }
    case 'onDemand':
      return 'now';
  }
}

type Hourly = Extract<Cadence, { kind: 'hourly' }>;

/** The watch's hour that holds `hour`: the latest of its hours at or before it, if any today. */
const watchHourAt = (cadence: Hourly, hour: number): number | null => {
  if (hour < cadence.from) return null;
  const last = Math.min(hour, cadence.to);
  return last - ((last - cadence.from) % cadence.every);
};

const inWindow = (cadence: Hourly, local: LocalParts): boolean =>
  Math.floor(local.minutes / 60) <= cadence.to &&
  watchHourAt(cadence, Math.floor(local.minutes / 60)) !== null;

/** The local date and minute at which the job's period opens for the period holding `date`. */
function openingOf(
  cadence: Exclude<Cadence, { kind: 'onDemand' } | { kind: 'hourly' }>,
  date: LocalDate,
): { date: LocalDate; minutes: number } {
  const minutes = cadence.hour * 60;
  switch (cadence.kind) {
    case 'daily':
      return { date, minutes };
    case 'weekly':
      return { date: addDays(mondayOf(date), cadence.weekday - 1), minutes };
    case 'monthly':
      return { date: `${date.slice(0, 7)}-01`, minutes };
  }
}

/** True when the job's time in the current period has come (whether or not it already ran). */
export function hasOpened(cadence: Cadence, local: LocalParts): boolean {
  if (cadence.kind === 'onDemand') return true;
  if (cadence.kind === 'hourly') return inWindow(cadence, local);
  const opening = openingOf(cadence, local.date);
  return (
    local.date > opening.date || (local.date === opening.date && local.minutes >= opening.minutes)
  );
}

/**
 * The local date and minute at which the job next becomes due, given whether the current period
 * is done; null when it is due now (or only on demand).
 */
export function nextOpeningLocal(
  cadence: Cadence,
  local: LocalParts,
  doneThisPeriod: boolean,
): { readonly date: LocalDate; readonly minutes: number } | null {
  if (cadence.kind === 'onDemand') return null;
  if (cadence.kind === 'hourly') {
    const hour = Math.floor(local.minutes / 60);
    if (!doneThisPeriod && inWindow(cadence, local)) return null;
    const current = watchHourAt(cadence, hour);
    const next = current === null ? cadence.from : current + cadence.every;
    if (next <= cadence.to) return { date: local.date, minutes: next * 60 };
    return { date: addDays(local.date, 1), minutes: cadence.from * 60 };
  }
  if (!doneThisPeriod) return hasOpened(cadence, local) ? null : openingOf(cadence, local.date);
  const nextPeriodDate =
    cadence.kind === 'daily'
      ? addDays(local.date, 1)
      : cadence.kind === 'weekly'
        ? addDays(mondayOf(local.date), 7)
        : nextMonth(local.date);
  return openingOf(cadence, nextPeriodDate);
}

function nextMonth(date: LocalDate): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
