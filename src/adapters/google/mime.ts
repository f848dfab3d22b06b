/**
 * One message as RFC 5322 text for the Gmail API's `raw` field: multipart/alternative, UTF-8,
 * headers with non-ASCII words as RFC 2047 encoded words, bodies in base64. A module of its own
 * so that it can later be one with the runner's `.eml` writer (cli/eml), which formats the same.
 */
import type { MailEnvelope } from '../../ports/mailer';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A header value: ASCII as it is, anything else as `=?UTF-8?B?…?=` words of at most 75 chars. */
export function encodeHeader(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  // Split by characters (never inside a UTF-8 sequence), 45 bytes a word: 60 base64 chars + 12.
  const words: string[] = [];
  let chunk = '';
  for (const ch of clean) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join('\r\n ');
}

/** `"Школа" <school@example.org>` with the display name encoded. */
export function mailbox(name: string, address: string): string {
  const safe = name.replace(/["\\\r\n]/g, ' ').trim();
  return safe === ''
    ? address
    : `${/^[\x20-\x7e]*$/.test(safe) ? `"${safe}"` : encodeHeader(safe)} <${address}>`;
}

const wrap = (text: string): string => base64(text).replace(/.{76}/g, '$&\r\n');

/** The whole message. `boundary` is fixed by the caller for repeatable output in tests. */
export function rfc5322(
  mail: MailEnvelope,
  options: { readonly from: string; readonly date: Date; readonly boundary: string },
): string {
  const list = (addresses: readonly string[]): string => addresses.join(', ');
  const headers = [
    `From: ${mailbox(mail.name, options.from)}`,
    ...(mail.to.length > 0 ? [`To: ${list(mail.to)}`] : []),
    ...(mail.cc.length > 0 ? [`Cc: ${list(mail.cc)}`] : []),
    // Gmail delivers to Bcc and takes the header out of what the recipients get.
    ...(mail.bcc.length > 0 ? [`Bcc: ${list(mail.bcc)}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${options.date.toUTCString().replace('GMT', '+0000')}`,
    ...(mail.key ? [`X-Distant-Key: ${encodeHeader(mail.key)}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${options.boundary}"`,
  ];
  return [
    ...headers,
    '',
    `--${options.boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(mail.text),
    `--${options.boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(mail.html),
    `--${options.boundary}--`,
    '',
  ].join('\r\n');
}

/** base64url without padding, as `users.messages.send` takes `raw`. */
export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
