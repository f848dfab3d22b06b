/**
 * The mail quota planner: how many recipients the school's routine needs per day and per week,
 * against Apps Script's daily limits, and which class group addresses would bring it under.
 */
import { DAILY_RECIPIENTS } from './mail';
import type { Located, Pupil, SchoolClass, StaffMember } from './rows';
import type { Settings } from './settings';

/** Recipients one class's daily schedule letter reaches. */
export interface ClassReach {
  readonly class: string;
  readonly recipients: number;
  readonly hasGroupAddress: boolean;
}

/** The planner's figures. */
export interface QuotaPlan {
  readonly publishPerDay: number;
  readonly familySummariesPerWeek: number;
  readonly digestsPerWeek: number;
  readonly remindersPerDayMax: number;
  readonly reportPerWeek: number;
  /** The busiest day: the summary day, when the weekly letters join the daily ones. */
  readonly peakDay: number;
  readonly perWeek: number;
  readonly reserve: number;
  readonly fits: { readonly consumer: boolean; readonly workspace: boolean };
  /** Classes whose group address would save the most, enough to fit the consumer limit. */
  readonly suggestions: readonly { readonly class: string; readonly saves: number }[];
  readonly classes: readonly ClassReach[];
}

/** The distinct addresses of a pupil and the pupil's guardians. */
export function familyAddresses(pupil: Pupil): string[] {
  return [pupil.email, ...pupil.guardians.map((g) => g.email)].filter(
    (e): e is string => e !== undefined,
  );
}

/** Plans the quota for a school's data. */
export function planQuota(input: {
  readonly settings: Settings;
  readonly classes: readonly Located<SchoolClass>[];
  readonly pupils: readonly Located<Pupil>[];
  readonly staff: readonly Located<StaffMember>[];
}): QuotaPlan {
  const active = input.pupils.map((p) => p.value).filter((p) => p.active);
  const classNames = [
    ...new Set([...input.classes.map((c) => c.value.name), ...active.map((p) => p.class)]),
  ].sort();
  const classes: ClassReach[] = classNames.map((name) => {
    const group = input.classes.find((c) => c.value.name === name)?.value.groupEmail;
    const addresses = new Set(active.filter((p) => p.class === name).flatMap(familyAddresses));
    return {
      class: name,
      recipients: group ? 1 : addresses.size,
      hasGroupAddress: group !== undefined,
    };
  });
  const publishPerDay = classes.reduce((sum, c) => sum + c.recipients, 0);
  const parents = new Set(
    active
      .flatMap((p) => p.guardians.map((g) => g.email))
      .filter((e): e is string => e !== undefined),
  );
  const familySummariesPerWeek = parents.size;
  const digestsPerWeek = input.classes.filter((c) => c.value.classTeacher !== undefined).length;
  const remindersPerDayMax = input.staff.filter((s) => s.value.role === 'teacher').length;
  const reportPerWeek = input.settings.adminEmails.length;
  const admins = input.settings.adminEmails.length;
  const peakDay =
    publishPerDay + familySummariesPerWeek + digestsPerWeek + remindersPerDayMax + admins;
  const schoolDays = input.settings.schoolDays.length;
  const perWeek =
    publishPerDay * schoolDays +
    familySummariesPerWeek +
    digestsPerWeek +
    remindersPerDayMax * schoolDays +
    reportPerWeek +
    admins * schoolDays;
  const reserve = input.settings.quotaReserve;
  const limit = DAILY_RECIPIENTS.consumer - reserve;
  const suggestions: { class: string; saves: number }[] = [];
  let peak = peakDay;
  for (const c of [...classes]
    .filter((c) => !c.hasGroupAddress)
    .sort((a, b) => b.recipients - a.recipients)) {
    if (peak <= limit || c.recipients <= 1) break;
    suggestions.push({ class: c.class, saves: c.recipients - 1 });
    peak -= c.recipients - 1;
  }
  return {
    publishPerDay,
    familySummariesPerWeek,
    digestsPerWeek,
    remindersPerDayMax,
    reportPerWeek,
    peakDay,
    perWeek,
    reserve,
    fits: {
      consumer: peakDay <= limit,
      workspace: peakDay <= DAILY_RECIPIENTS.workspace - reserve,
    },
    suggestions,
    classes,
  };
}
