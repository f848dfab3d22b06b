/**
 * A report sheet as a standalone HTML page for a phone (the runner's `out/report-YYYY-Wnn.html`).
 * It reads the sheet's own cells, so the page shows exactly what the sheet holds, and colours
 * them by the sheet's own layout (`reportLayout`): «Требует действий» as cards, the key figures
 * as label–value lines, the teachers' bars, the classes' heat map and the four-week trend as
 * inline SVG with their tables folded under them, the other sections as tables. A section this
 * version does not know (a sheet of another version) is shown as a plain table. Every cell is
 * escaped: names and answers come from sheets and forms.
 */
import { type Cell, cellText } from '../domain/cells';
import { stringsFor, type Strings } from '../i18n';
import type { CellStyle, ChartLayout, ConditionalFormat, ScalePoint } from '../ports/workbook';
import { escapeHtml } from './document';
import { shortPersonName } from './person-name';
import {
  columnOf,
  type PlacedSection,
  type ReadReport,
  readReportSheet,
  reportLayout,
} from './report-sheet';
import { heatmapSvg, lineChartSvg, stackedBarsSvg } from './svg-charts';

const STYLE = [
  'body{margin:0;background:#f1f3f4;color:#202124;font:15px/1.45 Arial,Helvetica,sans-serif}',
  'main{max-width:760px;margin:0 auto;padding:12px}',
  'h1{font-size:20px;line-height:1.25;margin:4px 0}',
  '.asof{color:#5f6368;font-size:13px;margin:0 0 12px}',
  'section{background:#fff;border-radius:8px;padding:12px;margin:0 0 12px}',
  'h2{font-size:17px;line-height:1.3;margin:0 0 10px}',
  '.card{border-left:4px solid #d93025;background:#fce8e6;border-radius:4px;padding:8px 10px;margin:0 0 8px}',
  '.card.ok{border-color:#188038;background:#e6f4ea}',
  '.card .what{font-weight:bold}',
  '.card .more{color:#3c4043;font-size:13px}',
  '.card ul{margin:4px 0 0;padding-left:18px}',
  '.card li{margin:0 0 4px}',
  '.fig{display:flex;justify-content:space-between;gap:12px;padding:6px 0;border-bottom:1px solid #eee}',
  '.fig .note{display:block;color:#5f6368;font-size:12px}',
  '.fig .v{font-weight:bold;text-align:right;max-width:55%;padding:0 4px;border-radius:3px;align-self:flex-start}',
  '.nw{white-space:nowrap}',
  '.caption{color:#5f6368;font-size:13px;margin:0 0 4px}',
  '.wrap{overflow-x:auto}',
  'table{border-collapse:collapse;font-size:13px;min-width:100%}',
  'th,td{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}',
  'th{background:#eef1f4}',
  'td.n{text-align:right}',
  'summary{cursor:pointer;color:#1a5fb4;margin:8px 0 4px}',
  'summary h2{display:inline;color:#202124}',
  'svg{display:block;max-width:560px;margin:4px 0 8px}',
].join('');

const esc = (cell: Cell | undefined): string => escapeHtml(cellText(cell));

/** `#rrggbb` blended between the scale's points, as Sheets blends a colour scale. */
function scaleColor(points: readonly ScalePoint[], value: number): string {
  const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (value <= first.value) return first.color;
  if (value >= last.value) return last.color;
  const upper = points.findIndex((p) => p.value >= value);
  const a = points[upper - 1]!;
  const b = points[upper]!;
  const t = (value - a.value) / (b.value - a.value);
  const [from, to] = [rgb(a.color), rgb(b.color)];
  return `#${from
    .map((c, i) =>
      Math.round(c + (to[i]! - c) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The style the sheet's conditional formats give one cell (1-based), first match winning. */
function styleOf(
  formats: readonly ConditionalFormat[],
  row: number,
  column: number,
  cell: Cell | undefined,
): CellStyle | undefined {
  for (const format of formats) {
    const inside = format.ranges.some(
      (b) =>
        row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns,
    );
    if (!inside) continue;
    if (format.kind === 'notEmpty' && cellText(cell) !== '') return format.style;
    if (typeof cell !== 'number') continue;
    if (format.kind === 'scale') return { background: scaleColor(format.points, cell) };
    if (format.kind === 'greaterThan' && cell > format.value) return format.style;
  }
  return undefined;
}

const css = (style: CellStyle | undefined): string => {
  if (!style) return '';
  const parts = [
    style.background ? `background:${style.background}` : '',
    style.color ? `color:${style.color}` : '',
    style.bold ? 'font-weight:bold' : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` style="${parts.join(';')}"` : '';
};

interface Page {
  readonly read: ReadReport;
  readonly formats: readonly ConditionalFormat[];
  readonly charts: readonly ChartLayout[];
}

function tableHtml(page: Page, section: PlacedSection): string {
  const width = Math.max(section.header.length, ...section.rows.map((r) => r.length));
  const head = `<thead><tr>${Array.from({ length: width }, (_, j) => `<th>${esc(section.header[j])}</th>`).join('')}</tr></thead>`;
  const rows = section.rows.length === 0 ? [[page.read.strings.report.none]] : section.rows;
  const body = rows
    .map((row, i) => {
      const cells = Array.from({ length: width }, (_, j) => {
        const cell = row[j];
        const numeric = typeof cell === 'number' ? ' class="n"' : '';
        const style = styleOf(page.formats, section.firstRow + i, j + 1, cell);
        return `<td${numeric}${css(style)}>${esc(cell)}</td>`;
      }).join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<div class="wrap"><table>${head}<tbody>${body}</tbody></table></div>`;
}

const folded = (page: Page, section: PlacedSection): string =>
  `<details><summary>${escapeHtml(page.read.strings.report.charts.table)}</summary>${tableHtml(page, section)}</details>`;

/** One card per kind of action (the rows sharing «Что сделать»), a line per who. */
function actionsHtml(page: Page, section: PlacedSection): string {
  const c = page.read.strings.report.columns;
  const at = (row: readonly Cell[], name: string): string => {
    const column = columnOf(section, name);
    return column === undefined ? '' : cellText(row[column - 1]);
  };
  if (at(section.rows[0] ?? [], c.what) === page.read.strings.report.allClear) {
    const row = section.rows[0]!;
    return `<div class="card ok"><div class="what">${esc(at(row, c.what))}</div><div class="more">${esc(at(row, c.details))}</div></div>`;
  }
  const kinds = [...new Set(section.rows.map((row) => at(row, c.what)))];
  return kinds
    .map((what) => {
      const lines = section.rows
        .filter((row) => at(row, c.what) === what)
        .map((row) => {
          const details = at(row, c.details);
          return `<li><b>${escapeHtml(at(row, c.who))}</b> — <span class="nw">${escapeHtml(at(row, c.count))}</span>${details ? `<div class="more">${escapeHtml(details)}</div>` : ''}</li>`;
        })
        .join('');
      return `<div class="card"><div class="what">${escapeHtml(what)}</div><ul>${lines}</ul></div>`;
    })
    .join('');
}

function summaryHtml(page: Page, section: PlacedSection): string {
  return section.rows
    .map(([label, value, note], i) => {
      const style = styleOf(page.formats, section.firstRow + i, 2, value);
      const hint = cellText(note) ? `<span class="note">${esc(note)}</span>` : '';
      return `<div class="fig"><span>${esc(label)}${hint}</span><span class="v"${css(style)}>${esc(value)}</span></div>`;
    })
    .join('');
}

const numberOr = (cell: Cell | undefined): number | undefined =>
  typeof cell === 'number' ? cell : undefined;

/** The teachers' bars, drawn from the cells the sheet's own chart is made of. */
function barsHtml(page: Page, section: PlacedSection): string {
  const chart = page.charts.find((c) => c.ranges[0]?.row === section.firstRow - 1);
  if (!chart) return '';
  const [names, values] = chart.ranges;
  if (!names || !values) return '';
  const header = section.header;
  const series = Array.from({ length: values.columns }, (_, s) => ({
    name: cellText(header[values.column - 1 + s]),
    color: chart.colors[s] ?? '#999',
  }));
  const rows = section.rows.slice(0, names.rows - 1).map((row) => ({
    label: shortPersonName(cellText(row[names.column - 1])),
    values: series.map((_, s) => numberOr(row[values.column - 1 + s]) ?? 0),
  }));
  return stackedBarsSvg(chart.title, series, rows);
}

/**
 * The classes' heat map: the share columns on the sheet's colour scale and the pupils needing
 * attention on its amber, one row per class; grade 1 noted as taught without marks.
 */
function heatmapHtml(page: Page, section: PlacedSection): string {
  const r = page.read.strings.report;
  const c = r.columns;
  const colorAt = (column: number, value: number): string =>
    styleOf(page.formats, section.firstRow, column, value)?.background ?? '#ffffff';
  const short = r.charts.heatColumns;
  const columns = [
    [c.journalShare, short.journal],
    [c.attendanceShare, short.attendance],
    [c.informedShare, short.informed],
    [c.censusShare, short.census],
    [c.attention, short.attention],
  ]
    .map(([header, name]) => ({ name: name!, at: columnOf(section, header!) }))
    .filter((col): col is { name: string; at: number } => col.at !== undefined);
  const marks = columnOf(section, c.marks);
  if (columns.length === 0) return '';
  const rows = section.rows.map((row) => ({
    label: cellText(row[0]),
    ...(marks !== undefined && cellText(row[marks - 1]) === r.ungraded ? { note: r.ungraded } : {}),
    values: columns.map((col) => numberOr(row[col.at - 1])),
  }));
  return `<p class="caption">${escapeHtml(r.charts.heatmap)}</p>${heatmapSvg(
    r.charts.heatmap,
    columns.map((col) => ({ name: col.name, colorOf: (value) => colorAt(col.at, value) })),
    rows,
  )}`;
}

const TREND_COLORS = ['#1a73e8', '#188038', '#e37400', '#a142f4'];

/** The four-week trend: one line per share column, the weeks along the bottom. */
function trendHtml(page: Page, section: PlacedSection): string {
  const r = page.read.strings.report;
  const c = r.columns;
  const names = r.charts.trendSeries;
  const lines = [
    [c.journalShare, names.journal],
    [c.attendanceShare, names.attendance],
    [c.informedShare, names.informed],
    [c.satisfiedShare, names.satisfied],
  ]
    .map(([header, name], i) => ({ at: columnOf(section, header!), name: name!, i }))
    .filter((l): l is { at: number; name: string; i: number } => l.at !== undefined)
    .map((l) => {
      const values = section.rows.map((row) => numberOr(row[l.at - 1]));
      // A line with no figure in any week is still in the legend, saying so.
      const none = values.every((v) => v === undefined);
      return {
        name: none ? `${l.name} (${r.noData})` : l.name,
        color: TREND_COLORS[l.i] ?? '#999',
        values,
      };
    });
  if (lines.length === 0 || section.rows.length === 0) return '';
  return `<p class="caption">${escapeHtml(r.charts.trend)}</p>${lineChartSvg(
    r.charts.trend,
    section.rows.map((row) => cellText(row[0])),
    lines,
  )}`;
}

/** The sections a phone shows open; the others are reference tables, folded under their heading. */
const OPEN: ReadonlySet<string | undefined> = new Set([
  'actions',
  'summary',
  'teachers',
  'classes',
  'trend',
  undefined,
]);

function sectionHtml(page: Page, section: PlacedSection): string {
  const heading = `<h2>${escapeHtml(section.heading)}</h2>`;
  const empty = section.rows.length === 0;
  if (!OPEN.has(section.key))
    return `<details><summary><h2>${escapeHtml(section.heading)}</h2></summary>${tableHtml(page, section)}</details>`;
  switch (empty ? undefined : section.key) {
    case 'actions':
      return heading + actionsHtml(page, section);
    case 'summary':
      return heading + summaryHtml(page, section);
    case 'teachers':
      return heading + barsHtml(page, section) + folded(page, section);
    case 'classes':
      return heading + heatmapHtml(page, section) + folded(page, section);
    case 'trend':
      return heading + trendHtml(page, section) + folded(page, section);
    default:
      return heading + tableHtml(page, section);
  }
}

/** Renders the sheet's grid (row 0 = title) as a whole HTML document. */
export function renderReportHtml(
  grid: readonly (readonly Cell[])[],
  fallback: Strings = stringsFor(undefined),
): string {
  const read = readReportSheet(grid, fallback);
  const layout = reportLayout(read);
  const page: Page = {
    read,
    formats: layout.conditionalFormats ?? [],
    charts: layout.charts ?? [],
  };
  const body = read.sections
    .map((section) => `<section>${sectionHtml(page, section)}</section>`)
    .join('\n');
  const asOf = read.asOf ? `<p class="asof">${escapeHtml(read.asOf)}</p>` : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(read.title)}</title><style>${STYLE}</style></head><body><main>\n<h1>${escapeHtml(read.title)}</h1>${asOf}\n${body}\n</main></body></html>\n`;
}
