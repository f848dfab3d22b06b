/**
 * Survey invitations (instruction §3, §4.1: the school surveys families' satisfaction): on the
 * cadence of `survey_invitations` — monthly on the 1st or weekly on Monday, at 10:00; `off` never
 * — the parent survey's link goes to every family and the pupil survey's to every pupil with an
 * address (only near the start of the period: see the job). One letter per class and audience, families in Bcc behind the school's own address, so
 * the quota pays one recipient per family; a class group address gets one letter with both links.
 */
import type { Cadence } from '../domain/cadence';
import { daysBetween, formatDateRu, mondayOf } from '../domain/calendar';
import { guardianAddresses } from '../domain/family';
import { messageKey, type OutgoingMail } from '../domain/mail';
import type { Settings } from '../domain/settings';
import { surveyInvitationLetter } from '../mail/form-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { schoolAddress } from './shared/audience';
import { loadRegistry } from './shared/form-registry';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, requireReadable, type School } from './shared/school';
import { outgoingMail } from '../mail/letter';

/** The hour invitations go out: mid-morning, when families read school mail. */
export const INVITATION_HOUR = 10;

/** When invitations are due; `off` is an on-demand job nobody asks for. */
export function invitationCadence(settings: Pick<Settings, 'surveyInvitations'>): Cadence {
  switch (settings.surveyInvitations) {
    case 'monthly':
      return { kind: 'monthly', hour: INVITATION_HOUR };
    case 'weekly':
      return { kind: 'weekly', weekday: 1, hour: INVITATION_HOUR };
    case 'off':
      return { kind: 'onDemand' };
  }
}

/** Queues the invitations of `period` (a month or an ISO week: the outbox key's period). */
export function sendSurveyInvitations(ctx: DeliveryContext, period: string): JobOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils']);
  requireReadable(school);
  const { settings, strings } = school;
  const registry = loadRegistry(ctx.store);
  const parents = registry.parentSurvey?.url;
  const pupils = registry.pupilSurvey?.url;
  const done = (summary: string, messages: number): JobOutcome => ({
    job: 'surveyInvitations',
    summary,
    details: [],
    problems: 0,
    messages,
  });
  if (parents === undefined && pupils === undefined)
    return done(strings.forms.invitationsNoForms, 0);

  const mails = invitationEnvelopes(school, {
    parents: parents !== undefined,
    pupils: pupils !== undefined,
  }).map((envelope): OutgoingMail => {
    const links =
      envelope.audience === 'group'
        ? { parents, pupils }
        : envelope.audience === 'parents'
          ? { parents }
          : { pupils };
    return outgoingMail(surveyInvitationLetter(links, settings, strings), {
      key: messageKey(
        'invite',
        period,
        [...envelope.to, ...envelope.bcc],
        `${envelope.cls}|${envelope.audience}`,
      ),
      job: 'surveyInvitations',
      to: envelope.to,
      bcc: envelope.bcc,
      replyTo: settings.schoolEmail,
    });
  });
  const queued = enqueue(ctx, strings, mails);
  return done(strings.forms.invitationsQueued(queued.queued), queued.queued);
}

/** One invitation letter's envelope: per class, to its parents, its pupils, or its group address. */
interface InvitationEnvelope {
  readonly cls: string;
  readonly audience: 'group' | 'parents' | 'pupils';
  readonly to: readonly string[];
  readonly bcc: readonly string[];
}

/**
 * Who gets the invitations, class by class. A family with children in two classes is invited
 * once: in the first class it appears in. A group address is one recipient on its own; families
 * go in Bcc behind the school's address, so the quota pays one recipient per family.
 */
function invitationEnvelopes(
  school: Pick<School, 'settings' | 'classes' | 'pupils'>,
  forms: { readonly parents: boolean; readonly pupils: boolean },
): InvitationEnvelope[] {
  const active = school.pupils.map((p) => p.value).filter((p) => p.active);
  const own = schoolAddress(school.settings);
  const invited = new Set<string>();
  const out: InvitationEnvelope[] = [];
  const add = (cls: string, audience: InvitationEnvelope['audience'], addresses: string[]) => {
    const fresh = [...new Set(addresses)].filter((a) => !invited.has(a)).sort();
    if (fresh.length === 0) return;
    for (const a of fresh) invited.add(a);
    const to = audience === 'group' || own === undefined ? [fresh[0]!] : [own];
    out.push({ cls, audience, to, bcc: fresh.filter((a) => !to.includes(a)) });
  };
  for (const cls of [...new Set(active.map((p) => p.class))].sort()) {
    const group = school.classes.find((c) => c.value.name === cls)?.value.groupEmail;
    if (group !== undefined) {
      add(cls, 'group', [group]);
      continue;
    }
    const members = active.filter((p) => p.class === cls);
    if (forms.parents) add(cls, 'parents', members.flatMap(guardianAddresses));
    if (forms.pupils)
      add(
        cls,
        'pupils',
        members.map((p) => p.email?.trim().toLowerCase() ?? '').filter((e) => e !== ''),
      );
  }
  return out;
}

/** Days after the 1st (or Monday) on which a missed run still invites; later, the period is let go. */
export const INVITATION_GRACE_DAYS = 2;

/**
 * The job of the dispatcher's table. The dispatcher runs a job on the first run after its time in
 * the period; an invitation is worth sending only near the start of it, so a run days late (the
 * add-on installed mid-month, the trigger dead for a week) lets the period go instead of mailing
 * every family on an odd day.
 */
export const surveyInvitationsJob: ScheduledJob = {
  id: 'surveyInvitations',
  cadence: invitationCadence,
  run: (ctx) => {
    const today = ctx.clock.zoneFor(ctx.settings.timezone).parts(ctx.clock.now()).date;
    const opened =
      ctx.settings.surveyInvitations === 'weekly' ? mondayOf(today) : `${today.slice(0, 7)}-01`;
    if (daysBetween(opened, today) > INVITATION_GRACE_DAYS) {
      return {
        outcome: {
          job: 'surveyInvitations',
          summary: ctx.strings.forms.invitationsLate(formatDateRu(opened)),
          details: [],
          problems: 0,
          messages: 0,
        },
      };
    }
    return { outcome: sendSurveyInvitations(ctx, ctx.period) };
  },
  // Both surveys to every class, as if both forms existed.
  reach: (school) => ({
    label: school.strings.quota.jobs.surveyInvitations,
    recipients: invitationEnvelopes(school, { parents: true, pupils: true }).reduce(
      (sum, e) => sum + e.to.length + e.bcc.length,
      0,
    ),
  }),
};
