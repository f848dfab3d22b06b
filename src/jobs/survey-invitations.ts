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
import { renderParts } from '../mail/document';
import { surveyInvitationLetter } from '../mail/form-letters';
import type { JobOutcome } from './context';
import type { ScheduledJob } from './scheduled-job';
import { schoolAddress } from './shared/audience';
import { loadRegistry } from './shared/form-registry';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, requireReadable } from './shared/school';

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

  const active = school.pupils.map((p) => p.value).filter((p) => p.active);
  const classes = [...new Set(active.map((p) => p.class))].sort();
  const own = schoolAddress(settings);
  // A family with children in two classes is invited once: the first class it appears in.
  const invited = new Set<string>();
  const mails: OutgoingMail[] = [];
  type Links = Parameters<typeof surveyInvitationLetter>[0];
  const queue = (cls: string, audience: string, addresses: readonly string[], links: Links) => {
    const fresh = [...new Set(addresses)].filter((a) => !invited.has(a)).sort();
    if (fresh.length === 0) return;
    for (const a of fresh) invited.add(a);
    // A group address is one recipient on its own; families go in Bcc behind the school's address.
    const to = audience === 'group' || own === undefined ? [fresh[0]!] : [own];
    const bcc = fresh.filter((a) => !to.includes(a));
    const letter = surveyInvitationLetter(links, settings, strings);
    mails.push({
      key: messageKey('invite', period, [...to, ...bcc], `${cls}|${audience}`),
      job: 'surveyInvitations',
      to,
      bcc,
      ...(settings.schoolEmail ? { replyTo: settings.schoolEmail } : {}),
      subject: letter.subject,
      ...renderParts(letter.doc),
    });
  };
  for (const cls of classes) {
    const group = school.classes.find((c) => c.value.name === cls)?.value.groupEmail;
    if (group !== undefined) {
      queue(cls, 'group', [group], { parents, pupils });
      continue;
    }
    const members = active.filter((p) => p.class === cls);
    if (parents !== undefined)
      queue(cls, 'parents', members.flatMap(guardianAddresses), { parents });
    if (pupils !== undefined) {
      const addresses = members
        .map((p) => p.email?.trim().toLowerCase() ?? '')
        .filter((e) => e !== '');
      queue(cls, 'pupils', addresses, { pupils });
    }
  }
  const queued = enqueue(ctx, strings, mails);
  return done(strings.forms.invitationsQueued(queued.queued), queued.queued);
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
};
