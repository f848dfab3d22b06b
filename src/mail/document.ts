/**
 * Letters are composed as a small document model and rendered twice, to HTML and to plain text,
 * so both parts always say the same. The HTML renderer escapes every text it is given and makes
 * links only of http(s) addresses: values from sheets and forms can never inject markup.
 */

/** A run of text inside a block: plain, bold, or a link. */
export type Inline =
  string | { readonly strong: string } | { readonly text: string; readonly url: string };

/** A block of a letter. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  /** Label–value lines: readable on a phone, unlike a wide table. */
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, readonly Inline[]])[] }
  | { readonly kind: 'note'; readonly parts: readonly Inline[] }
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

/** True for an absolute http(s) address or a mailto: — only those become links (no javascript:, data:, ...). */
export function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"'@]+@[^\s<>"']+)$/i.test(url.trim());
}

/** What a link says in plain text: the address once when the text is the address itself. */
function linkText(text: string, url: string): string {
  const bare = url.replace(/^mailto:/i, '');
  return text === url || text === bare ? bare : `${text}: ${bare}`;
}

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  if (!isSafeUrl(part.url))
    return escapeHtml(part.text === part.url ? part.url : `${part.text} (${part.url})`);
  return `<a href="${escapeHtml(part.url.trim())}" style="color:#1a5fb4;word-break:break-all">${escapeHtml(part.text)}</a>`;
}

function inlineText(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('strong' in part) return part.strong;
  return linkText(part.text, part.url);
}

const html = (parts: readonly Inline[]): string => parts.map(inlineHtml).join('');
const text = (parts: readonly Inline[]): string => parts.map(inlineText).join('');

/** Renders the HTML part: one narrow column, system fonts, no tables. */
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
