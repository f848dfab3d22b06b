/**
 * Families as the weekly letters see them (docs/contracts.md «Workbook»: parents are identified by e-mail). Pupils
 * who share any guardian address belong to one family, however the addresses chain
 * (A–B on one row, B–C on another: A, B and C are one family), so siblings get one letter even
 * across classes. Pupils whose guardians have no address at all go to the class teacher's
 * call list instead.
 */
import { adultDisplayName } from './privacy';
import type { Pupil } from './rows';
import type { PrivacyMode } from './vocabulary';

/** Guardians who share e-mail addresses, and their children at the school. */
export interface Family {
  /** The family's guardian addresses, lower case, sorted: the letter's recipients. */
  readonly addresses: readonly string[];
  /** The children, in class order and then by name. */
  readonly pupils: readonly Pupil[];
}

/** A guardian to telephone: name and phone as the pupils sheet gives them (either may be absent). */
export interface GuardianToCall {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
}

/** A pupil none of whose guardians has an e-mail: the class teacher phones instead. */
export interface PupilToCall {
  readonly pupil: Pupil;
  readonly guardians: readonly GuardianToCall[];
}

/** Every active pupil, either in exactly one family or on the call list. */
export interface FamilyPlan {
  readonly families: readonly Family[];
  readonly toCall: readonly PupilToCall[];
}

/** Addresses are compared as the mail service does: case does not matter. */
const addressOf = (email: string | undefined): string | undefined => {
  const address = email?.trim().toLowerCase();
  return address === undefined || address === '' ? undefined : address;
};

/** The guardian addresses of a pupil, each once (the pupil's own address is not a parent's). */
export function guardianAddresses(pupil: Pupil): string[] {
  return [
    ...new Set(
      pupil.guardians.map((g) => addressOf(g.email)).filter((a): a is string => a !== undefined),
    ),
  ];
}

/** Orders pupils as class lists do: by grade, then class letter, then name. */
export function byClassAndName(a: Pupil, b: Pupil): number {
  return (
    parseInt(a.class, 10) - parseInt(b.class, 10) ||
    a.class.localeCompare(b.class, 'ru') ||
    a.name.localeCompare(b.name, 'ru') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Groups the active pupils into families by shared guardian addresses (union-find over pupils);
 * pupils who left (`active` = false) are left out altogether, so an old address of theirs links
 * nobody. Families come out in the order of their first child.
 */
export function groupFamilies(pupils: readonly Pupil[]): FamilyPlan {
  const active = pupils.filter((p) => p.active);
  const parent = active.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    // Path compression: later lookups of this chain are one step.
    for (let j = i; parent[j] !== r;) {
      const next = parent[j]!;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const firstWithAddress = new Map<string, number>();
  const toCall: PupilToCall[] = [];
  active.forEach((pupil, i) => {
    const addresses = guardianAddresses(pupil);
    if (addresses.length === 0) {
      toCall.push({
        pupil,
        guardians: pupil.guardians
          .filter((g) => g.name !== undefined || g.phone !== undefined)
          .map((g) => ({ name: g.name, phone: g.phone })),
      });
      return;
    }
    for (const address of addresses) {
      const seen = firstWithAddress.get(address);
      if (seen === undefined) firstWithAddress.set(address, i);
      else parent[root(i)] = root(seen);
    }
  });

  const members = new Map<number, { addresses: Set<string>; pupils: Pupil[] }>();
  active.forEach((pupil, i) => {
    const addresses = guardianAddresses(pupil);
    if (addresses.length === 0) return;
    const r = root(i);
    let family = members.get(r);
    if (!family) members.set(r, (family = { addresses: new Set(), pupils: [] }));
    addresses.forEach((a) => family.addresses.add(a));
    family.pupils.push(pupil);
  });
  const families = [...members.values()]
    .map((f) => ({ addresses: [...f.addresses].sort(), pupils: f.pupils.sort(byClassAndName) }))
    .sort((a, b) => byClassAndName(a.pupils[0]!, b.pupils[0]!));
  return { families, toCall: toCall.sort((a, b) => byClassAndName(a.pupil, b.pupil)) };
}

/**
 * How a guardian is named in letters to staff. In minimal mode the surname («Фамилия Имя
 * Отчество») is dropped and the adult is named as people address one: «Мария Петровна»; a name
 * of one word may be a surname, so it is not shown at all.
 */
export function guardianDisplayName(name: string | undefined, mode: PrivacyMode): string {
  return adultDisplayName(name ?? '', mode);
}
