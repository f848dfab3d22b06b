/**
 * The class teacher's weekly digest (docs/contracts.md «Jobs»): first how many families got the letter, how
 * many must be phoned and how many pupils need attention; then the families without e-mail
 * (parents' names and tappable phones) and the pupils needing attention, most urgent first, with
 * the subjects — so the teacher knows which colleague to ask. Empty sections are left out, and
 * the informed families are a count, not a roster. A staff letter: no families' footer; the
 * hotline is named in the call hint, for the teacher to read out on the phone.
 *
 * Pupils are named with their ID, which the teacher finds in «Ученики»; with `privacy_mode` =
 * minimal by first name and ID, and parents without their surname. Family addresses are not
 * listed: the teacher does not need them to follow up, so the digest leaves them out.
 */
import { guardianDisplayName, type PupilToCall } from '../domain/family';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { dialNumber } from '../domain/phones';
import { pupilDisplayName } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { AttentionReason, SchoolWeek, WeekSummary } from '../domain/week-summary';
import type { Strings } from '../i18n';
import { type Block, type Inline } from './document';
import { staffFooterBlocks } from './footer';
import { plainWeek, reasonTexts } from './week-words';
import { type Letter, outgoingMail } from './letter';

/** Everything one class's digest says. */
export interface ClassDigestInput {
  readonly className: string;
  /** The class teacher's e-mail: the digest's only recipient. */
  readonly teacher: string;
  readonly week: SchoolWeek;
  /** The active pupils of the class, in class-list order. */
  readonly pupils: readonly Pupil[];
  /** Pupils of the class whose family gets this week's letter. */
  readonly informed: readonly Pupil[];
  /** Pupils of the class whose parents have no e-mail. */
  readonly toCall: readonly PupilToCall[];
  readonly summaries: ReadonlyMap<string, WeekSummary>;
  readonly settings: Settings;
  readonly strings: Strings;
}

/** The outbox job name of class teachers' digests. */
export const CLASS_DIGEST_JOB = 'classDigests';

/**
 * How urgent a pupil is for the class teacher: failing marks weigh most, then overdue work, then
 * absences without excuse; each item counts. Pupils are listed most urgent first.
 */
export function urgencyOf(reasons: readonly AttentionReason[]): number {
  let score = 0;
  for (const reason of reasons) {
    switch (reason.kind) {
      case 'lowMark':
      case 'fail':
        score += 3 * reason.subjects.length;
        break;
      case 'work':
        score += 2 * reason.count;
        break;
      case 'absent':
        score += reason.absences.length;
        break;
    }
  }
  return score;
}

/** The digest as a document, with its subject. */
export function classDigestLetter(input: ClassDigestInput): Letter {
  const { settings, strings } = input;
  const t = strings.summary;
  const week = plainWeek(input.week, settings, strings);
  const ref = (pupil: Pupil): string =>
    t.pupilRef(pupilDisplayName(pupil.name, settings.privacyMode), pupil.id);
  const needing = input.pupils
    .map((pupil) => ({ pupil, reasons: input.summaries.get(pupil.id)?.attention ?? [] }))
    .filter((p) => p.reasons.length > 0)
    .sort((a, b) => urgencyOf(b.reasons) - urgencyOf(a.reasons));

  // The first screen: counts, not rosters; the sections below appear only when they have rows.
  const status: { text: Inline[]; ok: boolean }[] = [
    {
      text: [t.digestInformed(input.informed.length, input.pupils.length)],
      ok: input.informed.length === input.pupils.length,
    },
  ];
  if (input.toCall.length > 0)
    status.push({ text: [t.digestToCall(input.toCall.length)], ok: false });
  status.push(
    needing.length > 0
      ? { text: [t.digestAttention(needing.length)], ok: false }
      : { text: [t.digestCalm], ok: true },
  );
  const blocks: Block[] = [{ kind: 'status', rows: status }];

  if (input.toCall.length > 0) {
    const phones = settings.hotlinePhones
      .map((p) => dialNumber(p, settings.phoneAreaCode).text)
      .join(', ');
    blocks.push(
      { kind: 'heading', text: t.toCallHeading },
      { kind: 'paragraph', parts: [t.toCallHint(phones)] },
      {
        kind: 'list',
        items: input.toCall.map((entry) => [
          { strong: ref(entry.pupil) },
          ' — ',
          ...callParts(entry, input),
        ]),
      },
    );
  }

  if (needing.length > 0) {
    blocks.push(
      { kind: 'heading', text: t.attentionHeading },
      { kind: 'note', parts: [t.attentionHint] },
      {
        kind: 'list',
        items: needing.map((p) => [
          { strong: ref(p.pupil) },
          ` — ${reasonTexts(p.reasons, strings).join('; ')}`,
        ]),
      },
    );
  }

  // A staff letter: no families' footer (the hotline, when needed, is in the call hint).
  blocks.push(...staffFooterBlocks(settings, strings));
  return {
    subject: t.digestSubject(input.className, week),
    doc: { title: t.digestTitle(input.className, week), blocks },
  };
}

/** The digest ready for the outbox, keyed by week, teacher and class. */
export function classDigestMail(input: ClassDigestInput): OutgoingMail {
  return outgoingMail(classDigestLetter(input), {
    key: messageKey('digest', input.week.label, [input.teacher], input.className),
    job: CLASS_DIGEST_JOB,
    to: [input.teacher],
  });
}

/** «Мария Петровна: 8 912 …, Пётр Иванович: телефон не указан», numbers tappable. */
function callParts(entry: PupilToCall, input: ClassDigestInput): Inline[] {
  const t = input.strings.summary;
  if (entry.guardians.length === 0) return [t.noPhone];
  return entry.guardians.flatMap((g, i): Inline[] => {
    const name = guardianDisplayName(g.name, input.settings.privacyMode) || t.guardianUnnamed;
    const number =
      g.phone === undefined ? undefined : dialNumber(g.phone, input.settings.phoneAreaCode);
    const phone: Inline =
      number === undefined
        ? t.noPhone
        : number.tel === undefined
          ? number.text
          : { text: number.text, url: number.tel };
    return [...(i > 0 ? ['; '] : []), t.callGuardian(name), phone];
  });
}
