/**
 * A report sheet as a standalone HTML page (the runner's `out/report-YYYY-Wnn.html`). It reads the
 * sheet's own cells, so the page shows exactly what the sheet holds: the first row is the title;
 * rows separated by blank rows are sections, each a heading row, a header row and its rows. Every
 * cell is escaped: names and answers come from sheets and forms.
 */
import { type Cell, cellText, isBlank, isBlankRow } from '../domain/cells';
import { escapeHtml } from './document';

const STYLE = [
  'body{margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}',
  'h1{font-size:20px;margin:0 0 16px}',
  'h2{font-size:16px;margin:24px 0 8px}',
  'table{border-collapse:collapse;margin:0 0 8px}',
  'th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}',
  'th{background:#f2f2f2}',
  'td.n{text-align:right}',
  '.wrap{overflow-x:auto}',
].join('');

const text = (cell: Cell | undefined): string => escapeHtml(cellText(cell));

/** The row without its trailing blank cells. */
function trimmed(row: readonly Cell[]): Cell[] {
  const out = [...row];
  while (out.length > 0 && isBlank(out[out.length - 1])) out.pop();
  return out;
}

function tableHtml(
  header: readonly Cell[] | undefined,
  body: readonly (readonly Cell[])[],
): string {
  const width = Math.max(header?.length ?? 0, ...body.map((r) => r.length));
  const cells = (row: readonly Cell[], tag: 'th' | 'td'): string =>
    Array.from({ length: width }, (_, i) => {
      const cell = row[i];
      const numeric = tag === 'td' && typeof cell === 'number';
      return `<${tag}${numeric ? ' class="n"' : ''}>${text(cell)}</${tag}>`;
    }).join('');
  const head = header === undefined ? '' : `<thead><tr>${cells(header, 'th')}</tr></thead>`;
  const rows = body.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('');
  return `<div class="wrap"><table>${head}<tbody>${rows}</tbody></table></div>`;
}

/** Renders the sheet's grid (row 0 = title) as a whole HTML document. */
export function renderReportHtml(grid: readonly (readonly Cell[])[]): string {
  const rows = grid.map(trimmed);
  const first = rows.findIndex((r) => !isBlankRow(r));
  const title = first < 0 ? '' : rows[first]!.map((c) => cellText(c)).join(' ');

  // Sections are the runs of rows between blank rows.
  const sections: Cell[][][] = [];
  let current: Cell[][] = [];
  for (const row of rows.slice(first + 1)) {
    if (isBlankRow(row)) {
      if (current.length > 0) sections.push(current);
      current = [];
    } else current.push(row);
  }
  if (current.length > 0) sections.push(current);

  const body = sections
    .map((section) => {
      const [lead, ...rest] = section;
      if (lead === undefined) return '';
      if (rest.length === 0) return `<p>${lead.map(text).join(' ')}</p>`;
      if (lead.length === 1) {
        const [header, ...data] = rest;
        return `<h2>${text(lead[0])}</h2>\n${tableHtml(header, data)}`;
      }
      return tableHtml(undefined, section);
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`;
}
