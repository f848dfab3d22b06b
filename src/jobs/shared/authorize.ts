import type { Settings } from '../../domain/settings';
import type { Located, StaffMember } from '../../domain/rows';

/** Why an action was refused, or null when it is allowed. */
export type Denial =
  { readonly reason: 'noEmail' } | { readonly reason: 'notAdmin'; readonly email: string } | null;

/**
 * Admin actions are for the addresses in `admin_emails` and staff with the administrator role.
 * An empty e-mail is always refused: Apps Script hides it in some contexts, and "unknown" must
 * never mean "allowed". A school with no administrator yet lets its first known caller set up.
 */
export function authorizeAdmin(
  email: string,
  settings: Pick<Settings, 'adminEmails'>,
  staff: readonly Located<StaffMember>[],
): Denial {
  const who = email.trim().toLowerCase();
  if (who === '') return { reason: 'noEmail' };
  const admins = new Set(administrators(settings, staff));
  if (admins.size === 0 || admins.has(who)) return null;
  return { reason: 'notAdmin', email: who };
}

/**
 * The administrators: `admin_emails` and staff with the administrator role, both read from the
 * administration workbook only (a teacher's edit of the teachers' copy of «Педагоги» counts for
 * nothing), lower case, each once.
 */
export function administrators(
  settings: Pick<Settings, 'adminEmails'>,
  staff: readonly Located<StaffMember>[],
): string[] {
  return [
    ...new Set([
      ...settings.adminEmails,
      ...staff.filter((s) => s.value.role === 'admin').map((s) => s.value.email),
    ]),
  ].map((e) => e.trim().toLowerCase());
}
