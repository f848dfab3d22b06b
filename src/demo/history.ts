/**
 * The demo school with weeks of history: the schedule and the journal of the `weeks − 1` weeks
 * before the demo week above its own rows, in date order as teachers add them. The bench and the
 * tests of week-scoped reads use it to show what a job reads as the school year goes on.
 */
import { addDays, mondayOf } from '../domain/calendar';
import type { Cell, Grid } from '../domain/cells';
import { stringsFor } from '../i18n';
import { demoSchool, type DemoOptions } from './index';

/** The demo school with `weeks` weeks of schedule and journal (1 = the demo week alone). */
export function demoSchoolWithHistory(
  options: DemoOptions & { readonly weeks: number },
): Record<string, Grid> {
  if (!Number.isInteger(options.weeks) || options.weeks < 1 || options.weeks > 40)
    throw new RangeError('demoSchoolWithHistory: weeks must be 1–40');
  return withPastWeeks(demoSchool(options), options, options.weeks - 1);
}

/**
 * `current` (the demo week's sheets) with the schedule and the journal of the `weeks` weeks
 * before it above its own rows.
 */
export function withPastWeeks(
  current: Record<string, Grid>,
  options: DemoOptions,
  weeks: number,
): Record<string, Grid> {
  const strings = stringsFor(options.locale ?? 'ru');
  const names = { schedule: strings.sheets.schedule.name, journal: strings.sheets.journal.name };
  const dateColumn = {
    schedule: (current[names.schedule]?.[0] ?? []).indexOf(
      strings.sheets.schedule.columns.date ?? '',
    ),
    journal: (current[names.journal]?.[0] ?? []).indexOf(strings.sheets.journal.columns.date ?? ''),
  };
  const monday = mondayOf(options.weekOf);
  const past: Record<'schedule' | 'journal', Cell[][]> = { schedule: [], journal: [] };
  for (let back = weeks; back >= 1; back--) {
    const weekMonday = addDays(monday, -7 * back);
    const sheets = demoSchool({ ...options, weekOf: weekMonday });
    // Each demo week also plans the next Monday, which the following week has again.
    const nextMonday = addDays(weekMonday, 7);
    const before = (key: 'schedule' | 'journal') => (row: Cell[]) => {
      const cell = row[dateColumn[key]];
      return !(cell instanceof Date) || options.zone.parts(cell).date < nextMonday;
    };
    past.schedule.push(...(sheets[names.schedule] ?? []).slice(1).filter(before('schedule')));
    past.journal.push(...(sheets[names.journal] ?? []).slice(1).filter(before('journal')));
  }
  const withPast = (name: string, rows: Cell[][]): Grid => {
    const [header = [], ...own] = current[name] ?? [];
    return [header, ...rows, ...own];
  };
  return {
    ...current,
    [names.schedule]: withPast(names.schedule, past.schedule),
    [names.journal]: withPast(names.journal, past.journal),
  };
}
