/**
 * The administrators' letter about outbox rows that need a person: letters whose fate is unknown
 * after a crash, and letters that could not be sent. It names each row and says what to do.
 */
import type { Strings } from '../i18n';
import type { LetterDocument } from './document';
import type { Letter } from './form-letters';

/** Why the admins are told. */
export type AlertKind = 'unknown' | 'failed' | 'tampered';

/** One outbox row as the alert names it. */
export interface AlertedRow {
  readonly subject: string;
  readonly recipients: readonly string[];
  readonly row: number;
  /** What went wrong, in the workbook's language (failed rows only). */
  readonly error: string;
}

/** Recipients named per row: enough to recognise the letter, not the whole class list. */
const SHOWN_RECIPIENTS = 5;

/** The alert about `rows` of the outbox sheet `sheet`. */
export function outboxAlertLetter(
  kind: AlertKind,
  rows: readonly AlertedRow[],
  sheet: string,
  strings: Strings,
): Letter {
  const m = strings.mail;
  const t = strings.trust;
  const subject =
    kind === 'unknown'
      ? m.unknownFateSubject(rows.length)
      : kind === 'tampered'
        ? t.tamperedSubject(rows.length)
        : m.failedSubject(rows.length);
  const queued = strings.labels.outboxStatus.queued;
  const intro =
    kind === 'unknown' ? m.unknownFateIntro : kind === 'tampered' ? t.tamperedIntro : m.failedIntro;
  const howTo =
    kind === 'unknown'
      ? m.unknownFateHowTo(sheet, queued, strings.menu.resendUnknown)
      : kind === 'tampered'
        ? t.tamperedHowTo(sheet)
        : m.failedHowTo(sheet, queued);
  const doc: LetterDocument = {
    title: subject,
    blocks: [
      { kind: 'paragraph', parts: [intro] },
      {
        kind: 'list',
        items: rows.map((r) => [
          m.alertLine(
            r.subject,
            `${r.recipients.slice(0, SHOWN_RECIPIENTS).join(', ')}${r.recipients.length > SHOWN_RECIPIENTS ? ' …' : ''}`,
            sheet,
            r.row,
            kind === 'failed' ? r.error : '',
          ),
        ]),
      },
      {
        kind: 'paragraph',
        parts: [howTo],
      },
    ],
  };
  return { subject, doc };
}
