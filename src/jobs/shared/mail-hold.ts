/**
 * Mail held while people other than the administrators can edit the administration workbook
 * (docs/decisions.md, «Mail held while strangers can edit»): such a person could have changed
 * the settings, the families' addresses or the outbox, so letters to anyone but the
 * administrators wait until the sharing is put right. Letters to the administrators still go —
 * among them the one that tells them why.
 */
import type { Settings } from '../../domain/settings';
import type { Clock } from '../../ports/clock';
import type { Log } from '../../ports/log';
import type { Workbook } from '../../ports/workbook';
import { administrators } from './authorize';
import { loadSchool } from './school';
import { filesOf } from './school-files';
import { strangersWhoCanEdit } from './teachers-workbook';

/** This pass's answer to "may this letter go?", the sharing looked at once, when first needed. */
export interface MailHold {
  /** True when a letter to these recipients must wait. */
  holds(recipients: readonly string[]): boolean;
  /** Who besides the administrators (and the owner) can edit the administration workbook. */
  readonly strangers: readonly string[];
}

/** The hold of one delivery pass (live mail only: preview and off send nobody but the admins). */
export function mailHold(
  ctx: { readonly workbook: Workbook; readonly clock: Clock; readonly log: Log },
  settings: Settings,
): MailHold {
  const mailAdmins = new Set(settings.adminEmails.map((e) => e.toLowerCase()));
  let strangers: readonly string[] | undefined;
  const look = (): readonly string[] => {
    if (strangers !== undefined) return strangers;
    try {
      const admin = filesOf(ctx.workbook).admin;
      let found = strangersWhoCanEdit(admin, [...mailAdmins]);
      if (found.length > 0) {
        // Administrators by their role in «Педагоги» are no strangers; the sheet is read only
        // when someone outside admin_emails can edit (the usual pass reads the sharing alone).
        const staff = loadSchool(admin, ctx.clock, ['staff']).staff;
        const all = new Set(administrators(settings, staff));
        found = found.filter((e) => !all.has(e));
      }
      strangers = found;
    } catch (e) {
      // The sharing could not be read (a platform error): the mail is not held on a guess; the
      // outbox's seal still stops rows changed by hand.
      ctx.log.warn(`could not read who can edit the workbook: ${String(e)}`);
      strangers = [];
    }
    return strangers;
  };
  return {
    holds: (recipients) =>
      settings.mailMode === 'live' &&
      recipients.some((r) => !mailAdmins.has(r.toLowerCase())) &&
      look().length > 0,
    get strangers() {
      return look();
    },
  };
}
