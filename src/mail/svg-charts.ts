/**
 * Three small inline SVG charts for the HTML report, drawn for a phone (a 360-unit wide viewBox
 * that scales to the screen): stacked bars, a heat map and a line chart. Plain SVG, no library;
 * every text is escaped (names come from sheets). Text widths are estimated, not measured, so
 * labels are kept short or wrapped onto two lines.
 */
import { escapeHtml } from './document';

const WIDTH = 360;
const FONT = 'font-family="Arial,Helvetica,sans-serif"';
/** Average glyph width of Arial as a share of the font size (a conservative estimate). */
const GLYPH = 0.55;

const text = (x: number, y: number, content: string, attrs = ''): string =>
  `<text x="${x}" y="${y}" ${attrs}>${escapeHtml(content)}</text>`;

function svg(height: number, title: string, body: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" ${FONT} font-size="12" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

/** The text cut to fit `width` units at `size`, with an ellipsis. */
function fit(content: string, width: number, size: number): string {
  const max = Math.floor(width / (size * GLYPH));
  return content.length <= max ? content : `${content.slice(0, Math.max(1, max - 1))}…`;
}

/** Up to two lines of at most `max` characters, broken at spaces. */
function twoLines(content: string, max: number): [string, string] {
  if (content.length <= max) return [content, ''];
  const words = content.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= max)
    first = `${first} ${words.shift()}`.trim();
  if (first === '') first = words.shift() ?? '';
  return [first, words.join(' ')];
}

/** A legend row: a coloured square and a name per series, wrapped onto more rows when long. */
function legend(items: readonly { name: string; color: string }[], y: number): [string, number] {
  let x = 0;
  let row = y;
  const parts = items.map((item) => {
    const width = 18 + item.name.length * 12 * GLYPH + 12;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      row += 18;
    }
    const part = `<rect x="${x}" y="${row - 10}" width="12" height="12" rx="2" fill="${item.color}"/>${text(x + 17, row, item.name)}`;
    x += width;
    return part;
  });
  return [parts.join(''), row + 18];
}

/** A bar of the stacked chart: its name and one value per series. */
export interface BarRow {
  readonly label: string;
  readonly values: readonly number[];
}

/** Horizontal stacked bars, one per row: the name on the left, the total after the bar. */
export function stackedBarsSvg(
  title: string,
  series: readonly { name: string; color: string }[],
  rows: readonly BarRow[],
): string {
  const [keys, top] = legend(series, 14);
  const label = 116;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const span = WIDTH - label - 26;
  const body = rows.map((row, i) => {
    const y = top + i * 24;
    let x = label;
    const segments = row.values.map((value, s) => {
      const width = (value / max) * span;
      const part =
        value === 0
          ? ''
          : `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${series[s]?.color ?? '#999'}"/>` +
            (width >= 16
              ? text(
                  x + width / 2,
                  y + 13,
                  String(value),
                  'text-anchor="middle" fill="#fff" font-size="11" font-weight="bold"',
                )
              : '');
      x += width;
      return part;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    return (
      text(0, y + 13, fit(row.label, label - 6, 11), 'font-size="11" fill="#202124"') +
      segments.join('') +
      text(x + 4, y + 13, String(total), 'fill="#5f6368" font-size="11"')
    );
  });
  return svg(top + rows.length * 24, title, keys + body.join(''));
}

/** A column of the heat map: its name and how a value is coloured. */
export interface HeatColumn {
  readonly name: string;
  readonly colorOf: (value: number) => string;
}

/** A row of the heat map: its name, a note under it, one value per column (undefined: nothing measured). */
export interface HeatRow {
  readonly label: string;
  readonly note?: string;
  readonly values: readonly (number | undefined)[];
}

/** A table of coloured cells: rows × columns, each cell its number on the colour of its value. */
export function heatmapSvg(
  title: string,
  columns: readonly HeatColumn[],
  rows: readonly HeatRow[],
): string {
  const label = 64;
  const cell = (WIDTH - label) / Math.max(1, columns.length);
  // Headers take two lines; a long single word gets a smaller font instead of being cut.
  const longest = Math.max(...columns.flatMap((c) => c.name.split(' ').map((w) => w.length)));
  const size = Math.max(9, Math.min(11, Math.floor((cell - 4) / (longest * GLYPH))));
  const chars = Math.floor((cell - 4) / (size * GLYPH));
  const head = columns
    .map((column, j) => {
      const [one, two] = twoLines(column.name, chars);
      const x = label + j * cell + cell / 2;
      const attrs = `text-anchor="middle" font-size="${size}" fill="#3c4043"`;
      return (
        text(x, 14, fit(one, cell, size), attrs) +
        (two ? text(x, 28, fit(two, cell, size), attrs) : '')
      );
    })
    .join('');
  const top = 36;
  const body = rows
    .map((row, i) => {
      const y = top + i * 30;
      const cells = row.values
        .map((value, j) => {
          const x = label + j * cell;
          const fill = value === undefined ? '#f1f3f4' : (columns[j]?.colorOf(value) ?? '#fff');
          return (
            `<rect x="${(x + 1).toFixed(1)}" y="${y}" width="${(cell - 2).toFixed(1)}" height="28" rx="3" fill="${fill}" stroke="#e0e0e0"/>` +
            text(
              x + cell / 2,
              y + 18,
              value === undefined ? '—' : String(value),
              'text-anchor="middle" fill="#202124"',
            )
          );
        })
        .join('');
      const name = row.note
        ? text(0, y + 12, fit(row.label, label - 4, 12), 'font-weight="bold"') +
          text(0, y + 25, fit(row.note, label - 4, 9), 'font-size="9" fill="#5f6368"')
        : text(0, y + 18, fit(row.label, label - 4, 12), 'font-weight="bold"');
      return name + cells;
    })
    .join('');
  return svg(top + rows.length * 30, title, head + body);
}

/** A line of the trend: its name, colour and one value per week (undefined: no figure). */
export interface TrendLine {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | undefined)[];
}

/** Lines over the weeks, 0–100 or from the lowest ten below the figures, with the weeks below. */
export function lineChartSvg(
  title: string,
  weeks: readonly string[],
  lines: readonly TrendLine[],
): string {
  const values = lines.flatMap((l) => l.values).filter((v): v is number => v !== undefined);
  const low = Math.min(90, Math.floor(Math.min(100, ...values) / 10) * 10);
  // Room for the axis numbers on the left and half a week's label at either end.
  const left = 62;
  const right = WIDTH - 44;
  const top = 10;
  const bottom = 150;
  const step = (right - left) / Math.max(1, weeks.length - 1);
  const xOf = (i: number): number => (weeks.length === 1 ? (left + right) / 2 : left + i * step);
  const yOf = (v: number): number => bottom - ((v - low) / (100 - low)) * (bottom - top);

  const grid = [low, (low + 100) / 2, 100]
    .map(
      (v) =>
        `<line x1="${left - 22}" x2="${right + 22}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}" stroke="#e0e0e0"/>` +
        text(left - 26, yOf(v) + 4, String(v), 'text-anchor="end" font-size="10" fill="#5f6368"'),
    )
    .join('');
  const chars = Math.floor(step / (11 * GLYPH));
  const axis = weeks
    .map((week, i) => {
      const [one, two] = twoLines(week, Math.max(6, chars));
      const attrs = 'text-anchor="middle" font-size="11" fill="#3c4043"';
      return (
        text(xOf(i), bottom + 16, one, attrs) + (two ? text(xOf(i), bottom + 29, two, attrs) : '')
      );
    })
    .join('');
  const plotted = lines
    .map((line) => {
      const points = line.values.map((v, i) =>
        v === undefined ? undefined : `${xOf(i).toFixed(1)},${yOf(v).toFixed(1)}`,
      );
      // Weeks without a figure break the line rather than bridge it.
      const runs: string[][] = [[]];
      for (const point of points) {
        if (point === undefined) runs.push([]);
        else runs[runs.length - 1]!.push(point);
      }
      const paths = runs
        .filter((run) => run.length > 1)
        .map(
          (run) =>
            `<polyline points="${run.join(' ')}" fill="none" stroke="${line.color}" stroke-width="2.5"/>`,
        )
        .join('');
      const dots = points
        .filter((p): p is string => p !== undefined)
        .map((p) => {
          const [x, y] = p.split(',');
          return `<circle cx="${x}" cy="${y}" r="3.5" fill="${line.color}"/>`;
        })
        .join('');
      return paths + dots;
    })
    .join('');
  const [keys, height] = legend(lines, bottom + 52);
  return svg(height, title, grid + axis + plotted + keys);
}
