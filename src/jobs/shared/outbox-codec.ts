/**
 * The stored-letter codec: how a letter lives in the outbox's «Содержимое» cell. Every letter the
 * add-on sends is decoded here and nowhere else, so a check on what is about to leave (the lead's
 * signature of outbox rows, docs/decisions.md) has exactly one place to go.
 */
import * as z from 'zod/mini';
import { type Cell, cellText } from '../../domain/cells';
import { type MailContent, MAX_CONTENT_CHARS } from '../../domain/mail';
import { escapeHtml } from '../../mail/document';

const addresses = z.array(z.string());
/** What a content cell must hold to be sent; anything else (a hand-edited cell) is an error row. */
const contentSchema = z.object({
  to: addresses,
  cc: z.optional(addresses),
  bcc: z.optional(addresses),
  replyTo: z.optional(z.string()),
  text: z.string(),
  html: z.string(),
});

/** The one decoder of a stored letter: the letter, or null when the cell is not one. */
export function decodeLetter(raw: Cell): MailContent | null {
  try {
    const parsed = contentSchema.safeParse(JSON.parse(cellText(raw)));
    if (!parsed.success) return null;
    return { ...parsed.data, cc: parsed.data.cc ?? [], bcc: parsed.data.bcc ?? [] };
  } catch {
    return null;
  }
}

/**
 * The cell text of a letter, kept under the cell limit: an over-long letter is cut, and `note`
 * (in the workbook's language, with a link to the spreadsheet) says so at its end.
 */
export function encodeLetter(content: MailContent, note: () => string): string {
  const whole: MailContent = {
    to: content.to,
    cc: content.cc,
    bcc: content.bcc,
    replyTo: content.replyTo,
    text: content.text,
    html: content.html,
  };
  const json = JSON.stringify(whole);
  if (json.length <= MAX_CONTENT_CHARS) return json;
  const said = note();
  const room = Math.max(
    1000,
    MAX_CONTENT_CHARS - 4000 - JSON.stringify(whole.to).length - JSON.stringify(whole.bcc).length,
  );
  const text = `${content.text.slice(0, Math.floor(room / 2))}\n…\n\n${said}\n`;
  const html = `<pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(content.text.slice(0, Math.floor(room / 3)))}\n…</pre><p>${escapeHtml(said)}</p>`;
  return JSON.stringify({ ...whole, text, html });
}
