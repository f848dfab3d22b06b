/**
 * Errors people read. Our own failures carry a message already in the workbook's language
 * (`UserError`); anything else — a Google service error, a bug — is described by `errorText`
 * in that language too, and its own (English) text goes only to the execution log.
 */
import type { Strings } from '../../i18n';
import { BusyError } from './lock';

/** An error whose message is written for people, in the workbook's language. */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** Apps Script's own messages worth telling apart, by what they mean for the person. */
const KNOWN: ReadonlyArray<readonly [RegExp, (strings: Strings) => string]> = [
  [/Exceeded maximum execution time/i, (s) => s.delivery.timeLimit],
  [
    /You do not have permission|Required permissions|Authorization is required/i,
    (s) => s.delivery.noPermission,
  ],
  [/Lock timeout|another process was holding the lock/i, (s) => s.delivery.busy],
  [
    /Service invoked too many times|too many simultaneous|Service unavailable|Service error/i,
    (s) => s.delivery.serviceBusy,
  ],
];

/** What went wrong, for a dialog: our own message, a known Apps Script failure, or a general one. */
export function errorText(error: unknown, strings: Strings): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof BusyError) return strings.delivery.busy;
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, text] of KNOWN) if (pattern.test(message)) return text(strings);
  return strings.delivery.unexpected;
}
