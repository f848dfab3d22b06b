/**
 * The administrators' letter when mail is held because people other than them can edit the
 * administration workbook (docs/decisions.md, «Mail held while strangers can edit»).
 */
import type { Strings } from '../i18n';
import type { Letter } from './form-letters';

/** The letter naming who can edit and how to let the mail go. */
export function heldMailLetter(
  editors: readonly string[],
  waiting: number,
  adminEmails: readonly string[],
  strings: Strings,
): Letter {
  const t = strings.trust;
  const subject = t.heldSubject(waiting);
  return {
    subject,
    doc: {
      title: subject,
      blocks: [
        { kind: 'paragraph', parts: [t.heldIntro] },
        { kind: 'paragraph', parts: [t.heldEditors] },
        { kind: 'list', items: editors.map((e) => [e]) },
        { kind: 'paragraph', parts: [t.heldHowTo(adminEmails.join(', '))] },
      ],
    },
  };
}
