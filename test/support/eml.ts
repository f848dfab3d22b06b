/**
 * A strict reading of an .eml file (RFC 5322, RFC 2047): mailparser takes the message apart, and
 * the rules it forgives are checked here — CRLF line ends, no line over 998 characters, header
 * lines folded under 78, well-formed field names, encoded words of at most 75 characters, a
 * Message-ID and a Date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';

/** What a strict check found: the parsed message and every rule it broke. */
export interface StrictMail {
  readonly parsed: ParsedMail;
  readonly violations: readonly string[];
}

/** Every address of a To/Cc/Bcc field as mailparser read it. */
export function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

/** Parses `source` and lists what breaks the standard (empty when the message is clean). */
export async function strictParse(source: string): Promise<StrictMail> {
  const violations: string[] = [];
  if (/\r(?!\n)|(?<!\r)\n/.test(source)) violations.push('a line does not end with CRLF');
  const lines = source.split('\r\n');
  lines.forEach((line, i) => {
    if (line.length > 998) violations.push(`line ${i + 1} has ${line.length} characters`);
  });
  const headerEnd = lines.indexOf('');
  if (headerEnd < 0) violations.push('no empty line after the header');
  const header = lines.slice(0, headerEnd);
  header.forEach((line, i) => {
    if (line.length > 78) violations.push(`header line ${i + 1} is not folded (${line.length})`);
    if (!/^[!-9;-~]+:/.test(line) && !/^[ \t]/.test(line))
      violations.push(`header line ${i + 1} is neither a field nor a folded line: ${line}`);
    for (const word of line.match(/=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=/g) ?? [])
      if (word.length > 75) violations.push(`encoded word of ${word.length} characters`);
    // Raw 8-bit text in a header is not RFC 5322 (RFC 6532 is not assumed of every reader).
    if (/[^\x20-\x7e\t]/.test(line)) violations.push(`header line ${i + 1} is not ASCII`);
  });
  const fields = header.filter((l) => !/^[ \t]/.test(l)).map((l) => l.split(':')[0]!.toLowerCase());
  for (const required of ['from', 'date', 'message-id'])
    if (!fields.includes(required)) violations.push(`no ${required} field`);
  for (const once of ['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id'])
    if (fields.filter((f) => f === once).length > 1) violations.push(`${once} given twice`);
  const parsed = await simpleParser(source);
  if (!/^<[^<>@\s]+@[^<>@\s]+>$/.test(parsed.messageId ?? ''))
    violations.push(`bad Message-ID ${parsed.messageId}`);
  if (parsed.date === undefined || Number.isNaN(parsed.date.getTime()))
    violations.push('the Date does not parse');
  return { parsed, violations };
}

/** Strict readings of every .eml of a folder: how many, and the files that broke a rule. */
export async function checkFolder(
  folder: string,
): Promise<{ files: number; broken: Record<string, string[]> }> {
  const files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
  const broken: Record<string, string[]> = {};
  for (const file of files) {
    const { violations } = await strictParse(readFileSync(join(folder, file), 'utf8'));
    if (violations.length > 0) broken[file] = [...violations];
  }
  return { files: files.length, broken };
}
