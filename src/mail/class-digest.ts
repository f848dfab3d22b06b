/**
 * The class teacher's weekly digest (DESIGN §4): which families got the letter, which have no
 * e-mail and must be phoned (parents' names and phones), and which pupils need attention and why.
 * It ends like every letter with how to ask for a consultation or paper materials and the
 * school's contacts: the families on the call list, without e-mail, are the ones most likely to
 * need paper materials, and the teacher can read them out on the phone.
 *
 * Pupils are named with their ID, which the teacher finds in «Ученики»; with `privacy_mode` =
 * minimal by first name and ID, and parents without their surname. Family addresses are not
 * listed: the teacher does not need them to follow up, so the digest leaves them out.
 */
import { guardianDisplayName, type PupilToCall } from '../domain/family';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { pupilDisplayName } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { SchoolWeek, WeekSummary } from '../domain/week-summary';
import type { Strings } from '../i18n';
import { type Block, type LetterDocument, renderParts } from './document';
import { contactBlocks } from './footer';
import { formatRange, reasonTexts } from './week-words';

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

/** The digest as a document, with its subject. */
export function classDigestLetter(input: ClassDigestInput): {
  readonly subject: string;
  readonly document: LetterDocument;
} {
  const { settings, strings } = input;
  const t = strings.summary;
  const range = formatRange(input.week);
  const ref = (pupil: Pupil): string =>
    t.pupilRef(pupilDisplayName(pupil.name, settings.privacyMode), pupil.id);

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      parts: [t.digestIntro(input.informed.length, input.pupils.length, input.toCall.length)],
    },
  ];

  blocks.push({ kind: 'heading', text: t.toCallHeading });
  if (input.toCall.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [t.toCallHint] });
    blocks.push({
      kind: 'list',
      items: input.toCall.map((entry) => [t.pupilLine(ref(entry.pupil), callText(entry, input))]),
    });
  } else {
    blocks.push({ kind: 'paragraph', parts: [t.none] });
  }

  blocks.push({ kind: 'heading', text: t.attentionHeading });
  const needing = input.pupils
    .map((pupil) => ({ pupil, reasons: input.summaries.get(pupil.id)?.attention ?? [] }))
    .filter((p) => p.reasons.length > 0);
  if (needing.length > 0) {
    blocks.push({
      kind: 'list',
      items: needing.map((p) => [
        t.pupilLine(ref(p.pupil), reasonTexts(p.reasons, strings).join('; ')),
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', parts: [t.none] });
  }

  blocks.push({ kind: 'heading', text: t.informedHeading });
  blocks.push({
    kind: 'paragraph',
    parts: [input.informed.length > 0 ? input.informed.map(ref).join(', ') : t.none],
  });

  // The families' "how to ask" section would tell the class teacher to reply to the school: not here.
  blocks.push(...contactBlocks(settings, strings));
  return {
    subject: t.digestSubject(input.className, range),
    document: { title: t.digestTitle(input.className, range), blocks },
  };
}

/** The digest ready for the outbox, keyed by week, teacher and class. */
export function classDigestMail(input: ClassDigestInput): OutgoingMail {
  const letter = classDigestLetter(input);
  return {
    key: messageKey('digest', input.week.label, [input.teacher], input.className),
    job: CLASS_DIGEST_JOB,
    to: [input.teacher],
    subject: letter.subject,
    ...renderParts(letter.document),
  };
}

/** «Мария Петровна: 8 912 …; Пётр Иванович: телефон не указан». */
function callText(entry: PupilToCall, input: ClassDigestInput): string {
  const t = input.strings.summary;
  if (entry.guardians.length === 0) return t.noPhone;
  return entry.guardians
    .map((g) =>
      t.callGuardian(
        guardianDisplayName(g.name, input.settings.privacyMode) || t.guardianUnnamed,
        g.phone ?? t.noPhone,
      ),
    )
    .join('; ');
}
