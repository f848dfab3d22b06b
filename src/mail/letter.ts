/**
 * The one shape of a letter the mail/ builders make — its subject and its document — and the one
 * way a letter becomes an outgoing mail: an envelope (key, job, addresses) around both rendered
 * parts, the text and the escaped HTML (mail/document).
 */
import type { OutgoingMail } from '../domain/mail';
import { type LetterDocument, renderParts } from './document';

/** A letter as mail/ builds it. */
export interface Letter {
  readonly subject: string;
  readonly doc: LetterDocument;
}

/**
 * Whom a letter reaches and under which outbox key; `replyTo`, the school's address for families'
 * answers, is left out when blank.
 */
export type Envelope = Pick<OutgoingMail, 'key' | 'job' | 'to' | 'cc' | 'bcc'> & {
  readonly replyTo?: string | undefined;
};

/** The letter in its envelope, ready to queue. */
export function outgoingMail(letter: Letter, envelope: Envelope): OutgoingMail {
  const { replyTo, ...addresses } = envelope;
  return {
    ...addresses,
    ...(replyTo ? { replyTo } : {}),
    subject: letter.subject,
    ...renderParts(letter.doc),
  };
}
