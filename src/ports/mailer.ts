/** One message as the mail service takes it. */
export interface MailEnvelope {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo?: string | undefined;
  /** The sender's display name (MailApp cannot change the address itself). */
  readonly name: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The outbox key, for logs and file names; never shown to recipients. */
  readonly key?: string;
}

/** The mail service: MailApp in Apps Script, .eml files in the runner. */
export interface Mailer {
  /** Recipients that may still be sent to today (every To/Cc/Bcc address counts). */
  remainingQuota(): number;
  /** Sends one message; throws the service's error on failure. */
  send(mail: MailEnvelope): void;
}
