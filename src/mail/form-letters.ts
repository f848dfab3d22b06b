/**
 * Letters that form responses lead to: the applicant's acknowledgement or refusal, the staff's
 * alert about a new (or unreadable) request, the administrators' alert about low scores, and the
 * survey invitation. Every value typed into a form goes in as plain text; the renderer escapes it.
 */
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { Block, Inline } from './document';
import { contactBlocks } from './footer';
import { type Letter } from './letter';

export type { Letter } from './letter';

type Rows = (readonly [string, readonly Inline[]])[];

/** Label–value lines, leaving out blank values. */
function fields(rows: ReadonlyArray<readonly [string, string | Inline | undefined]>): Block {
  const out: Rows = [];
  for (const [label, value] of rows) {
    if (value === undefined || value === '') continue;
    out.push([label, [value]]);
  }
  return { kind: 'fields', rows: out };
}

/** What a request said, as both letters about it repeat it. */
export interface RequestFacts {
  readonly id: string;
  readonly type: string;
  readonly pupilId: string;
  readonly subject: string;
  readonly description: string;
  readonly due: string;
}

/**
 * The applicant's acknowledgement. It repeats only what the applicant typed — not the pupil's
 * name or class from the school's lists: anyone with the link can type any ID.
 */
export function requestAckLetter(
  facts: RequestFacts,
  settings: Settings,
  strings: Strings,
): Letter {
  const w = strings.forms;
  const subject = w.ackSubject(facts.id, facts.type);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [w.ackIntro(facts.id)] },
        fields([
          [w.field.id, facts.id],
          [w.field.type, facts.type],
          [w.field.pupilId, facts.pupilId],
          [w.field.subject, facts.subject],
          [w.field.description, facts.description],
          [w.field.due, { strong: facts.due }],
        ]),
        { kind: 'paragraph', parts: [w.ackNext(facts.due)] },
        ...contactBlocks(settings, strings),
      ],
    },
  };
}

/** The applicant's refusal with its reason and what to do. */
export function requestRejectLetter(reason: string, settings: Settings, strings: Strings): Letter {
  const w = strings.forms;
  return {
    subject: w.rejectSubject,
    doc: {
      title: w.rejectSubject,
      blocks: [
        { kind: 'paragraph', parts: [w.rejectIntro(reason)] },
        { kind: 'paragraph', parts: [w.rejectHowTo] },
        ...contactBlocks(settings, strings),
      ],
    },
  };
}

/** Who sent a request and how to reach them, for the staff. */
export interface Applicant {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
}

/** The staff's alert about a new request: everything needed to act on it, and where it is. */
export function newRequestLetter(
  input: {
    readonly facts: RequestFacts;
    readonly pupil: string;
    readonly cls: string;
    readonly applicant: Applicant;
    readonly sheet: string;
    readonly row: number;
    readonly url: string;
  },
  strings: Strings,
): Letter {
  const w = strings.forms;
  const { facts, applicant } = input;
  const subject = w.newRequestSubject(facts.id, facts.type, input.cls);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        {
          kind: 'paragraph',
          parts: [w.newRequestIntro(input.sheet, strings.labels.requestStatus.new)],
        },
        fields([
          [w.field.id, { strong: facts.id }],
          [w.field.type, facts.type],
          [w.field.pupil, input.pupil],
          [w.field.class, input.cls],
          [w.field.applicant, applicant.name],
          [w.field.phone, applicant.phone],
          [w.field.email, applicant.email],
          [w.field.subject, facts.subject],
          [w.field.description, facts.description],
          [w.field.due, { strong: facts.due }],
          [w.field.where, { text: w.rowOf(input.sheet, input.row), url: input.url }],
        ]),
      ],
    },
  };
}

/** The administrators' alert about a request that could not be accepted and has no reply address. */
export function invalidRequestLetter(
  input: {
    readonly reason: string;
    readonly answers: ReadonlyArray<readonly [string, string]>;
    readonly sheet: string;
    readonly row: number;
    readonly url: string;
  },
  strings: Strings,
): Letter {
  const w = strings.forms;
  const subject = w.invalidRequestSubject(input.row);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [w.invalidRequestIntro(input.reason)] },
        fields([
          ...input.answers,
          [w.field.where, { text: w.rowOf(input.sheet, input.row), url: input.url }],
        ]),
      ],
    },
  };
}

/** The administrators' alert about a survey answer with low scores. */
export function lowScoreLetter(
  input: {
    readonly survey: string;
    readonly threshold: number;
    readonly scores: ReadonlyArray<{ readonly question: string; readonly score: number }>;
    readonly pupil: string;
    readonly cls: string;
    readonly email: string;
    readonly comment: string;
    readonly sheet: string;
    readonly row: number;
    readonly url: string;
  },
  strings: Strings,
): Letter {
  const w = strings.forms;
  const lowest = Math.min(...input.scores.map((s) => s.score));
  const subject = w.lowScoreSubject(input.survey, lowest);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [w.lowScoreIntro(input.threshold)] },
        {
          kind: 'list',
          items: input.scores.map((s) => {
            const line = w.scoreLine(s.question, s.score);
            return [s.score <= input.threshold ? { strong: line } : line];
          }),
        },
        fields([
          [w.field.pupil, input.pupil],
          [w.field.class, input.cls],
          [w.field.email, input.email],
          [w.field.comment, input.comment],
          [w.field.where, { text: w.rowOf(input.sheet, input.row), url: input.url }],
        ]),
      ],
    },
  };
}

/** The survey invitation: the links of the surveys this audience is asked to answer. */
export function surveyInvitationLetter(
  links: { readonly parents?: string | undefined; readonly pupils?: string | undefined },
  settings: Settings,
  strings: Strings,
): Letter {
  const w = strings.forms;
  const items: Inline[][] = [];
  if (links.parents) items.push([{ text: w.inviteParents, url: links.parents }]);
  if (links.pupils) items.push([{ text: w.invitePupils, url: links.pupils }]);
  return {
    subject: w.inviteSubject,
    doc: {
      title: w.inviteSubject,
      blocks: [
        { kind: 'paragraph', parts: [w.inviteIntro] },
        { kind: 'list', items },
        { kind: 'note', parts: [w.inviteWhy] },
        ...contactBlocks(settings, strings),
      ],
    },
  };
}
