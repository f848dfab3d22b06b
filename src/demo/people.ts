/**
 * The people of the demo school: classes, staff and pupils with their families. Everything is
 * drawn from seeded random streams, so the same options always give the same school.
 */
import {
  MALE_SHARE,
  MAX_WEEKLY_LOAD,
  SPECIALTIES,
  type Specialty,
  specialtyOf,
  WEEKLY_PLAN,
} from './curriculum';
import {
  adultName,
  alphabetKey,
  BOYS,
  fio,
  type FullName,
  type Gender,
  GIRLS,
  latin,
  MEN,
  patronymic,
  SURNAMES,
  surnameFor,
} from './names';
import { type Random, streamFor, token } from './random';

/** The school's mail domain: staff and class mailing addresses live there. */
export const SCHOOL_DOMAIN = 'school34.example';

/**
 * Families' mail domains. They end in `.example`, a name reserved never to exist (RFC 2606):
 * a demo loaded with mail_mode = live must not write to real strangers' mailboxes.
 */
const FAMILY_DOMAINS = [
  'mail.example',
  'yandex.example',
  'inbox.example',
  'bk.example',
  'gmail.example',
];
const MOBILE_CODES = [904, 912, 922, 950, 963, 982, 991];
const CLASS_LETTERS = 'АБВГДЕ';

/** A class of the demo school. */
export interface DemoClass {
  readonly name: string;
  readonly grade: number;
  /** The class teacher's e-mail. */
  classTeacher: string;
  groupEmail?: string;
}

/** A member of staff: two deputies (administrators) and the teachers. */
export interface DemoTeacher {
  readonly name: FullName;
  readonly email: string;
  readonly admin: boolean;
  readonly specialty: Specialty | 'deputy';
  readonly subjects: string[];
  readonly phone: string;
  /** The teacher's permanent video-call link for online lessons and consultations. */
  readonly link: string;
}

/** A parent or guardian of a demo family. */
export interface DemoGuardian {
  readonly name: FullName;
  email?: string;
  phone?: string;
}

/** A family: one to three pupils of the school sharing their guardians. */
export interface DemoFamily {
  /** The family's surname in the masculine form. */
  readonly surname: string;
  /** The father's first name: the children's patronymic comes from it. */
  readonly father: string;
  readonly guardians: DemoGuardian[];
  /** No e-mail at all: the class teacher calls them (docs/contracts.md «Jobs» class-teacher digest). */
  phoneOnly: boolean;
  readonly children: DemoPupil[];
}

/** A pupil of the demo school. */
export interface DemoPupil {
  id: string;
  name: FullName;
  readonly className: string;
  readonly grade: number;
  email?: string;
  family: DemoFamily;
  active: boolean;
  /** 0–1: how reliably the pupil attends and hands in work; it shapes the journal. */
  readonly diligence: number;
}

/** Everyone in the demo school, and who teaches which class. */
export interface DemoPeople {
  readonly classes: readonly DemoClass[];
  readonly staff: readonly DemoTeacher[];
  readonly pupils: readonly DemoPupil[];
  readonly families: readonly DemoFamily[];
  /** The teacher's e-mail for a subject in a class. */
  teacherOf(className: string, subject: string): string;
}

/** Builds classes, staff and pupils. */
export function makePeople(
  seed: number,
  classesPerGrade: number,
  pupilsPerClass: number,
  schoolYear: number,
): DemoPeople {
  const rnd = streamFor(seed, 'people');
  const contacts = new Contacts(streamFor(seed, 'contacts'), schoolYear);
  const classes: DemoClass[] = [];
  for (let grade = 1; grade <= 9; grade++) {
    for (let i = 0; i < classesPerGrade; i++) {
      classes.push({ name: `${grade}${CLASS_LETTERS.charAt(i)}`, grade, classTeacher: '' });
    }
  }

  const surnames = rnd.shuffle(SURNAMES);
  const hire = (specialty: DemoTeacher['specialty'], gender: Gender): DemoTeacher => {
    const name = adultName(rnd, gender, surnames.pop() ?? rnd.pick(SURNAMES));
    return {
      name,
      email: contacts.staffEmail(name),
      admin: specialty === 'deputy',
      specialty,
      subjects: [],
      phone: contacts.phone(),
      link: contacts.meetingLink(),
    };
  };

  const staff: DemoTeacher[] = [hire('deputy', 'f'), hire('deputy', 'm')];
  const teaching = new Map<string, DemoTeacher>();
  const addSubjects = (teacher: DemoTeacher, grade: number, spec: Specialty): void => {
    for (const [subject] of WEEKLY_PLAN[grade] ?? []) {
      if (specialtyOf(subject, grade) === spec && !teacher.subjects.includes(subject))
        teacher.subjects.push(subject);
    }
  };

  // Grades 1–4: the class teacher gives most subjects to her own class.
  for (const cls of classes.filter((c) => c.grade <= 4)) {
    const teacher = hire('primary', 'f');
    addSubjects(teacher, cls.grade, 'primary');
    teaching.set(`${cls.name}|primary`, teacher);
    cls.classTeacher = teacher.email;
    staff.push(teacher);
  }

  // Subject teachers: as many as the load needs, each class's share of a specialty given whole to
  // one teacher, the least loaded so far.
  for (const spec of SPECIALTIES) {
    const bundles = classes
      .map((cls) => ({ cls, hours: hoursOf(cls.grade, spec) }))
      .filter((b) => b.hours > 0);
    const total = bundles.reduce((sum, b) => sum + b.hours, 0);
    if (total === 0) continue;
    const team = Array.from({ length: Math.ceil(total / MAX_WEEKLY_LOAD) }, () =>
      hire(spec, rnd.chance(MALE_SHARE[spec]) ? 'm' : 'f'),
    );
    const load = team.map(() => 0);
    for (const { cls, hours } of [...bundles].sort(
      (a, b) => b.hours - a.hours || a.cls.grade - b.cls.grade,
    )) {
      const i = load.indexOf(Math.min(...load));
      const teacher = team[i]!;
      load[i]! += hours;
      teaching.set(`${cls.name}|${spec}`, teacher);
      addSubjects(teacher, cls.grade, spec);
    }
    staff.push(...team);
  }

  // Grades 5–9: class teachers from the subject teachers, one class each, preferably one who
  // teaches the class.
  const free = staff.filter(
    (t) => !t.admin && t.specialty !== 'primary' && t.specialty !== 'sport',
  );
  for (const cls of classes.filter((c) => c.grade >= 5)) {
    const own = free.findIndex((t) =>
      SPECIALTIES.some((s) => teaching.get(`${cls.name}|${s}`) === t),
    );
    const [teacher] = free.splice(own >= 0 ? own : 0, 1);
    cls.classTeacher = (teacher ?? teaching.get(`${cls.name}|russian`)!).email;
  }

  // A few classes run a mailing list: the first class, one in the middle and the last.
  const grouped = new Set([0, Math.floor(classes.length / 2), classes.length - 1]);
  classes.forEach((cls, i) => {
    if (grouped.has(i)) cls.groupEmail = `${latin(cls.name)}-roditeli@${SCHOOL_DOMAIN}`;
  });

  const { pupils, families } = makePupils(rnd, contacts, classes, pupilsPerClass);
  return {
    classes,
    staff,
    pupils,
    families,
    teacherOf(className, subject) {
      const grade = parseInt(className, 10);
      const teacher = teaching.get(`${className}|${specialtyOf(subject, grade)}`);
      if (!teacher) throw new Error(`No teacher of ${subject} in ${className}`);
      return teacher.email;
    },
  };
}

function hoursOf(grade: number, spec: Specialty): number {
  return (WEEKLY_PLAN[grade] ?? [])
    .filter(([subject]) => specialtyOf(subject, grade) === spec)
    .reduce((sum, [, hours]) => sum + hours, 0);
}

function makePupils(
  rnd: Random,
  contacts: Contacts,
  classes: readonly DemoClass[],
  perClass: number,
): { pupils: DemoPupil[]; families: DemoFamily[] } {
  const families: DemoFamily[] = [];
  const byClass = new Map<string, DemoPupil[]>();
  const taken = new Set<string>();

  const newFamily = (): DemoFamily => {
    const surname = rnd.pick(SURNAMES);
    const father = rnd.pick(MEN);
    const mother = adultName(rnd, 'f', surname);
    const dad: FullName = {
      surname,
      first: father,
      patronymic: patronymic(rnd.pick(MEN), 'm'),
      gender: 'm',
    };
    const shape = rnd.weighted<'both' | 'mother' | 'father' | 'grandmother'>([
      ['both', 55],
      ['mother', 30],
      ['father', 8],
      ['grandmother', 7],
    ]);
    const guardians =
      shape === 'both'
        ? [{ name: mother }, { name: dad }]
        : shape === 'mother'
          ? [{ name: mother }]
          : shape === 'father'
            ? [{ name: dad }]
            : [{ name: adultName(rnd, 'f', surname) }];
    const family: DemoFamily = { surname, father, guardians, phoneOnly: false, children: [] };
    families.push(family);
    return family;
  };
  // A child's name in the family's forms, unique in the school so that nobody is confused.
  const childName = (family: DemoFamily, gender: Gender, avoid: readonly string[]): FullName => {
    for (;;) {
      const first = rnd.pick(gender === 'm' ? BOYS : GIRLS);
      const name: FullName = {
        surname: surnameFor(family.surname, gender),
        first,
        patronymic: patronymic(family.father, gender),
        gender,
      };
      if (!taken.has(fio(name)) && !avoid.includes(first)) {
        taken.add(fio(name));
        return name;
      }
    }
  };

  // Classes differ by up to two pupils either way, in pairs that cancel out: the school has
  // exactly classes × pupilsPerClass pupils.
  const jitter: number[] = [];
  while (jitter.length < classes.length) {
    const j = perClass >= 8 ? rnd.int(0, 2) : 0;
    jitter.push(j, -j);
  }
  if (jitter.length > classes.length) jitter.splice(-2, 2, 0);
  const classSizes = rnd.shuffle(jitter);
  for (const [c, cls] of classes.entries()) {
    const size = perClass + (classSizes[c] ?? 0);
    const list: DemoPupil[] = [];
    for (let i = 0; i < size; i++) {
      const family = newFamily();
      const gender: Gender = rnd.chance(0.5) ? 'm' : 'f';
      const pupil: DemoPupil = {
        id: '',
        name: childName(family, gender, []),
        className: cls.name,
        grade: cls.grade,
        family,
        active: true,
        diligence: rnd.chance(0.06) ? 0.15 + rnd.next() * 0.2 : 0.45 + rnd.next() * 0.55,
      };
      family.children.push(pupil);
      list.push(pupil);
    }
    byClass.set(cls.name, list);
  }

  // Siblings: about 8% of pupils share a family (hence a parent e-mail) with another pupil. One
  // pair are twins in the same class, one family has three children, the rest are in different
  // grades — so that a family summary must gather children from several classes.
  const everyone = [...byClass.values()].flat();
  const pool = rnd.shuffle(everyone);
  const join = (older: DemoPupil, younger: DemoPupil): void => {
    const family = older.family;
    families.splice(families.indexOf(younger.family), 1);
    taken.delete(fio(younger.name));
    younger.family = family;
    younger.name = childName(
      family,
      younger.name.gender,
      family.children.map((c) => c.name.first),
    );
    family.children.push(younger);
  };
  const unpaired = (p: DemoPupil): boolean => p.family.children.length === 1;
  // Twins share a class; other siblings are in grades none of the family's children is in yet.
  const partnerFor = (first: DemoPupil, twins: boolean): DemoPupil | undefined =>
    pool.find(
      (p) =>
        p !== first &&
        unpaired(p) &&
        (twins
          ? p.className === first.className
          : first.family.children.every((c) => c.grade !== p.grade)),
    );
  const sizes = siblingFamilySizes(everyone.length);
  sizes.forEach((size, i) => {
    const first = pool.find(unpaired);
    if (!first) return;
    for (let k = 1; k < size; k++) {
      const other = partnerFor(first, i === 0 && size === 2 && everyone.length > 40);
      if (other) join(first, other);
    }
  });

  // About 5% of families have no e-mail, only a phone; never a sibling family, whose shared
  // e-mail is the point of having one.
  const single = rnd.shuffle(families.filter((f) => f.children.length === 1));
  const phoneOnly = Math.max(1, Math.round(families.length * 0.05));
  single.slice(0, phoneOnly).forEach((f) => (f.phoneOnly = true));

  for (const family of families) contacts.family(family);

  // Class lists are alphabetical, and IDs follow them class by class.
  const pupils: DemoPupil[] = [];
  for (const cls of classes) {
    const list = [...(byClass.get(cls.name) ?? [])].sort((a, b) =>
      alphabetKey(fio(a.name)) < alphabetKey(fio(b.name)) ? -1 : 1,
    );
    pupils.push(...list);
  }
  pupils.forEach((p, i) => {
    p.id = `P${String(i + 1).padStart(4, '0')}`;
    // Older pupils often have an address of their own (not in phone-only families).
    if (p.grade >= 5 && !p.family.phoneOnly && rnd.chance(0.5)) p.email = contacts.pupilEmail(p);
  });

  // Two pupils have left the school: still on the list, no longer taught.
  const leaving = rnd.shuffle(
    pupils.filter((p) => p.grade >= 2 && p.family.children.length === 1 && !p.family.phoneOnly),
  );
  leaving.slice(0, Math.min(2, Math.floor(pupils.length / 20))).forEach((p) => (p.active = false));
  return { pupils, families };
}

/** Sizes of the sibling families for a school of `pupils`: 8% of pupils, one family of three. */
function siblingFamilySizes(pupils: number): number[] {
  if (pupils < 6) return [];
  const siblings = Math.max(2, Math.round(pupils * 0.08));
  const sizes: number[] = [];
  let left = siblings;
  if (left >= 7) {
    sizes.push(3);
    left -= 3;
  }
  while (left >= 2) {
    sizes.unshift(2);
    left -= 2;
  }
  return sizes;
}

/** Makes e-mail addresses and phone numbers, each unique in the school. */
class Contacts {
  private readonly used = new Set<string>();

  constructor(
    private readonly rnd: Random,
    private readonly schoolYear: number,
  ) {}

  /** `popova.ev@ezhva34.ru`. */
  staffEmail(name: FullName): string {
    return this.unique(
      `${latin(name.surname)}.${latin(name.first.charAt(0))}${latin(name.patronymic.charAt(0))}`,
      SCHOOL_DOMAIN,
    );
  }

  /** A pupil's own address: `ivan.popov2013@mail.example`. */
  pupilEmail(pupil: DemoPupil): string {
    // Pupils start grade 1 at seven: a first-grader of the school year 2026/27 was born in 2019.
    const year = this.schoolYear - 6 - pupil.grade - this.rnd.int(0, 1);
    return this.unique(
      `${latin(pupil.name.first)}.${latin(pupil.name.surname)}${year}`,
      this.rnd.pick(FAMILY_DOMAINS),
    );
  }

  /** Fills in the guardians' e-mails and phones. */
  family(family: DemoFamily): void {
    family.guardians.forEach((g, i) => {
      if (i === 0 || this.rnd.chance(0.8)) g.phone = this.phone();
      if (family.phoneOnly) {
        g.phone ??= this.phone();
        return;
      }
      if (i === 0 || this.rnd.chance(0.35)) g.email = this.parentEmail(g.name);
    });
  }

  /** A mobile number as people write it: `8 912 345-67-89` (no leading '+': Sheets would read a formula). */
  phone(): string {
    for (;;) {
      const d = (n: number): string => String(this.rnd.int(0, 10 ** n - 1)).padStart(n, '0');
      const phone = `8 ${this.rnd.pick(MOBILE_CODES)} ${d(3)}-${d(2)}-${d(2)}`;
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
  }

  /** A permanent video-call link: mostly Сферум, the state platform; some teachers keep Zoom. */
  meetingLink(): string {
    if (this.rnd.chance(0.75)) return `https://sferum.ru/?call_link=${token(this.rnd, 22)}`;
    return `https://us05web.zoom.us/j/${this.rnd.int(71, 89)}${String(this.rnd.int(0, 99999999)).padStart(8, '0')}`;
  }

  private parentEmail(name: FullName): string {
    const first = latin(name.first);
    const surname = latin(name.surname);
    const local = this.rnd.pick([
      `${first}.${surname}`,
      `${surname}.${first.charAt(0)}`,
      `${surname}${this.rnd.int(75, 95)}`,
      `${first}${surname.charAt(0)}${this.rnd.int(1, 99)}`,
    ]);
    return this.unique(local, this.rnd.pick(FAMILY_DOMAINS));
  }

  private unique(local: string, domain: string): string {
    let email = `${local}@${domain}`;
    for (let n = 2; this.used.has(email); n++) email = `${local}${n}@${domain}`;
    this.used.add(email);
    return email;
  }
}
