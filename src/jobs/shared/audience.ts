/**
 * Who receives a class's letters: the class group address when the school set one (one recipient
 * for the quota), otherwise every active pupil's and guardian's address in Bcc, so that families
 * never see each other's addresses.
 */
import type { OutgoingMail } from '../../domain/mail';
import { familyAddresses } from '../../domain/quota-plan';
import type { Settings } from '../../domain/settings';
import type { School } from './school';
import { type Letter, outgoingMail } from '../../mail/letter';

/** The envelope of a class letter. */
export interface Audience {
  readonly to: readonly string[];
  readonly bcc: readonly string[];
}

/** The school's own address in To when a letter goes to many families in Bcc. */
export function schoolAddress(settings: Settings): string | undefined {
  return settings.schoolEmail || settings.adminEmails[0];
}

/** The audience of a class: group address, or pupils and guardians in Bcc. */
export function classAudience(
  cls: string,
  school: Pick<School, 'classes' | 'pupils' | 'settings'>,
): Audience | null {
  const group = school.classes.find((c) => c.value.name === cls)?.value.groupEmail;
  if (group !== undefined) return { to: [group], bcc: [] };
  const addresses = [
    ...new Set(
      school.pupils
        .filter((p) => p.value.active && p.value.class === cls)
        .flatMap((p) => familyAddresses(p.value)),
    ),
  ].sort();
  if (addresses.length === 0) return null;
  const own = schoolAddress(school.settings);
  if (own === undefined) return { to: [addresses[0]!], bcc: addresses.slice(1) };
  return { to: [own], bcc: addresses.filter((a) => a !== own) };
}

/** Teacher e-mail → name, from «Педагоги». */
export function teacherNames(school: Pick<School, 'staff'>): Map<string, string> {
  return new Map(school.staff.map((s) => [s.value.email, s.value.name]));
}

/** A class letter ready to queue: the audience's envelope, the school as Reply-To, both parts. */
export function classMail(
  job: string,
  key: string,
  audience: Audience,
  settings: Settings,
  letter: Letter,
): OutgoingMail {
  return outgoingMail(letter, {
    key,
    job,
    to: audience.to,
    bcc: audience.bcc,
    replyTo: settings.schoolEmail,
  });
}
