/**
 * Letters are composed as a small document model and rendered twice, to HTML and to plain text,
 * so both parts always say the same. The HTML renderer escapes every text it is given and makes
 * links only of http(s) addresses: values from sheets and forms can never inject markup.
 */

/** A run of text inside a block: plain, bold, small grey, a link, or a link drawn as a button. */
export type Inline =
  | string
  | { readonly strong: string }
  | { readonly small: string }
  /** Small grey type on a line of its own under the text before it (a task and its deadline). */
  | { readonly detail: string }
  | { readonly text: string; readonly url: string }
  | { readonly button: string; readonly url: string };

/** One mark in a marks table: the mark, whether it is a failing one, and what it was for. */
export interface MarkCell {
  readonly mark: string;
  readonly low: boolean;
  /** The day and the kind of work, in small type under the mark. */
  readonly day: string;
  readonly kind: string;
}

const markNote = (m: MarkCell): string => [m.day, m.kind].filter(Boolean).join(', ');

/** A row of a marks table: one subject. */
export interface MarksRow {
  readonly subject: string;
  readonly marks: readonly MarkCell[];
  /** The term's average ('' when there is none worth showing). */
  readonly term: string;
}

/** A block of a letter. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  /** Label–value lines: readable on a phone, unlike a wide table. */
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, readonly Inline[]])[] }
  | { readonly kind: 'note'; readonly parts: readonly Inline[] }
  /** The first screen of a letter: one line per child (or topic), marked fine or needing attention. */
  | {
      readonly kind: 'status';
      readonly rows: readonly { readonly text: readonly Inline[]; readonly ok: boolean }[];
    }
  /** A narrow three-column table: subject, the week's marks, the term's average. */
  | {
      readonly kind: 'marks';
      readonly head: readonly [string, string, string];
      /** How the text part names the term's average after a subject's marks («за четверть»). */
      readonly termLabel: string;
      readonly rows: readonly MarksRow[];
    }
  | { readonly kind: 'rule' };

/** A whole letter before rendering. */
export interface LetterDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * True for an absolute http(s) address, a mailto: or a tel: — only those become links (no
 * javascript:, data:, ...).
 */
export function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"'@]+@[^\s<>"']+|tel:\+?\d{5,15})$/i.test(
    url.trim(),
  );
}

/**
 * What a link says in plain text: the address once when the text is the address itself; a
 * mailto: without its subject; a tel: by the number as shown (it already has the area code).
 */
function linkText(text: string, url: string): string {
  if (/^tel:/i.test(url)) return text;
  const bare = /^mailto:/i.test(url) ? url.slice(7).replace(/\?.*$/, '') : url;
  return text === url || text === bare ? bare : `${text}: ${bare}`;
}

const LINK_STYLE = 'color:#1a5fb4;word-break:break-all';
const BUTTON_STYLE =
  'display:inline-block;margin:2px 0;padding:7px 14px;border-radius:6px;background:#1a5fb4;color:#fff;text-decoration:none;font-weight:bold;word-break:normal';

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  if ('small' in part)
    return `<span style="color:#666;font-size:13px">${escapeHtml(part.small)}</span>`;
  if ('detail' in part)
    return `<span style="display:block;color:#666;font-size:13px;line-height:1.35">${escapeHtml(part.detail)}</span>`;
  const label = 'button' in part ? part.button : part.text;
  if (!isSafeUrl(part.url))
    return escapeHtml(label === part.url ? part.url : `${label} (${part.url})`);
  const style = 'button' in part ? BUTTON_STYLE : LINK_STYLE;
  return `<a href="${escapeHtml(part.url.trim())}" style="${style}">${escapeHtml(label)}</a>`;
}

function inlineText(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('strong' in part) return part.strong;
  if ('small' in part) return part.small;
  if ('detail' in part) return part.detail;
  return linkText('button' in part ? part.button : part.text, part.url);
}

function statusHtml(rows: Extract<Block, { kind: 'status' }>['rows']): string {
  const lines = rows
    .map(
      (row) =>
        `<div style="margin:0 0 6px;padding-left:22px;position:relative"><span style="position:absolute;left:0;top:0;font-weight:bold;color:${row.ok ? '#26a269' : '#c01c28'}">${row.ok ? '✓' : '!'} </span>${html(row.text)}</div>`,
    )
    .join('');
  return `<div style="margin:0 0 16px;padding:12px 12px 6px;border-radius:8px;background:#f4f6f8">${lines}</div>`;
}

function marksHtml(block: Extract<Block, { kind: 'marks' }>): string {
  const th = (text: string, align = 'left'): string =>
    `<th style="text-align:${align};font-size:11px;font-weight:normal;color:#666;padding:4px;border-bottom:1px solid #ddd;white-space:nowrap;word-break:normal">${escapeHtml(text)}</th>`;
  // Each mark a small block: the mark, then its day and kind of work in small type, so two or
  // three marks sit side by side in a phone-width column.
  const mark = (m: MarkCell): string =>
    `<span style="display:inline-block;vertical-align:top;width:86px;margin:0 6px 6px 0;word-break:normal;overflow-wrap:normal"><span style="display:inline-block;min-width:14px;padding:0 5px;border-radius:4px;text-align:center;font-weight:bold;font-size:17px;line-height:1.4;${m.low ? 'background:#fde2e1;color:#c01c28' : 'background:#eef2f6'}">${escapeHtml(m.mark)}</span><span style="display:block;font-size:11px;line-height:1.25;color:#666">${escapeHtml(m.day)}<br>${escapeHtml(m.kind)}</span></span>`;
  const rows = block.rows
    .map(
      (r) =>
        `<tr><td style="padding:6px;border-bottom:1px solid #eee;vertical-align:top;width:28%;word-break:normal;overflow-wrap:break-word">${escapeHtml(r.subject)}</td><td style="padding:6px 0 0 4px;border-bottom:1px solid #eee;vertical-align:top">${r.marks.map(mark).join('')}</td><td style="padding:6px 4px;border-bottom:1px solid #eee;vertical-align:top;text-align:right;font-weight:bold;white-space:nowrap;width:52px">${escapeHtml(r.term)}</td></tr>`,
    )
    .join('');
  const [subject, week, term] = block.head;
  return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 14px;font-size:14px"><tr>${th(subject)}${th(week)}${th(term, 'right')}</tr>${rows}</table>`;
}

const html = (parts: readonly Inline[]): string => parts.map(inlineHtml).join('');
const text = (parts: readonly Inline[]): string => parts.map(inlineText).join('');

/** Renders the HTML part: one narrow column, system fonts; the only table is the narrow marks table. */
export function renderHtml(doc: LetterDocument): string {
  const body = doc.blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h2 style="font-size:18px;margin:20px 0 8px">${escapeHtml(block.text)}</h2>`;
        case 'paragraph':
          return `<p style="margin:0 0 12px">${html(block.parts)}</p>`;
        case 'note':
          return `<p style="margin:0 0 12px;color:#555;font-size:13px">${html(block.parts)}</p>`;
        case 'list':
          return `<ul style="margin:0 0 12px;padding-left:20px">${block.items.map((i) => `<li style="margin:0 0 6px">${html(i)}</li>`).join('')}</ul>`;
        case 'fields':
          return `<div style="margin:0 0 12px">${block.rows
            .map(
              ([label, value]) =>
                `<div style="margin:0 0 4px"><span style="color:#555">${escapeHtml(label)}:</span> ${html(value)}</div>`,
            )
            .join('')}</div>`;
        case 'status':
          return statusHtml(block.rows);
        case 'marks':
          return marksHtml(block);
        case 'rule':
          return '<hr style="border:none;border-top:1px solid #ddd;margin:16px 0">';
      }
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(doc.title)}</title></head><body style="margin:0;padding:0;background:#fff"><div style="max-width:600px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#222;overflow-wrap:anywhere;word-break:break-word">\n<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(doc.title)}</h1>\n${body}\n</div></body></html>`;
}

/** Renders the plain-text part, line for line what the HTML says. */
export function renderText(doc: LetterDocument): string {
  const lines: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 60)), ''];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(block.text, '-'.repeat(Math.min(block.text.length, 60)));
        break;
      case 'paragraph':
      case 'note':
        lines.push(text(block.parts), '');
        break;
      case 'list':
        for (const item of block.items) lines.push(`• ${text(item)}`);
        lines.push('');
        break;
      case 'fields':
        for (const [label, value] of block.rows) lines.push(`${label}: ${text(value)}`);
        lines.push('');
        break;
      case 'status':
        for (const row of block.rows) lines.push(`${row.ok ? '✓' : '!'} ${text(row.text)}`);
        lines.push('');
        break;
      case 'marks':
        for (const row of block.rows) {
          const marks = row.marks.map((m) => `${m.mark} (${markNote(m)})`).join(', ');
          lines.push(
            `${row.subject}: ${marks}${row.term ? ` — ${block.termLabel} ${row.term}` : ''}`,
          );
        }
        lines.push('');
        break;
      case 'rule':
        lines.push('—'.repeat(20), '');
        break;
    }
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** Both parts of a letter, rendered from the same document. */
export function renderParts(doc: LetterDocument): { readonly text: string; readonly html: string } {
  return { text: renderText(doc), html: renderHtml(doc) };
}
