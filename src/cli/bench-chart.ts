/**
 * The bench's chart: cells read by the Friday-to-Saturday cycle against pupils (one line per
 * weeks of history) and against weeks of history (one line per school size), as a small SVG.
 */

/** One measured cycle. */
export interface ChartPoint {
  readonly pupils: number;
  readonly weeks: number;
  readonly cellsRead: number;
}

const W = 420;
const H = 300;
// The legend stands between the title and the plot (two entries a row), never over a line.
const LEGEND = { top: 36, row: 14, column: 160 };
const PAD = { left: 70, right: 20, top: 72, bottom: 50 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panel(
  title: string,
  xLabel: string,
  series: ReadonlyArray<{ label: string; points: ReadonlyArray<readonly [number, number]> }>,
  offsetX: number,
): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const xMax = Math.max(...xs, 1);
  const yMax = Math.max(...ys, 1) * 1.1;
  const x = (v: number): number => PAD.left + (v / xMax) * (W - PAD.left - PAD.right);
  const y = (v: number): number => H - PAD.bottom - (v / yMax) * (H - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const out: string[] = [`<g transform="translate(${offsetX},0)">`];
  out.push(
    `<text x="${W / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
  );
  out.push(
    `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#333"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#333"/>`,
  );
  for (const t of ticks)
    out.push(
      `<text x="${PAD.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${(t / 1e6).toFixed(2)}M</text>`,
      `<line x1="${PAD.left}" y1="${y(t)}" x2="${W - PAD.right}" y2="${y(t)}" stroke="#eee"/>`,
    );
  for (const v of [...new Set(xs)].sort((a, b) => a - b))
    out.push(
      `<text x="${x(v)}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11">${v}</text>`,
    );
  out.push(
    `<text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-size="12">${esc(xLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const path = s.points.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${path}"/>`);
    for (const p of s.points)
      out.push(
        `<circle cx="${x(p[0]).toFixed(1)}" cy="${y(p[1]).toFixed(1)}" r="3" fill="${color}"/>`,
      );
    out.push(
      `<text x="${PAD.left + (i % 2) * LEGEND.column}" y="${LEGEND.top + Math.floor(i / 2) * LEGEND.row}" font-size="11" fill="${color}">● ${esc(s.label)}</text>`,
    );
  });
  out.push('</g>');
  return out.join('\n');
}

/** The two panels side by side. */
export function cellsReadChart(points: readonly ChartPoint[]): string {
  const weeks = [...new Set(points.map((p) => p.weeks))].sort((a, b) => a - b);
  const pupils = [...new Set(points.map((p) => p.pupils))].sort((a, b) => a - b);
  const byPupils = weeks.map((w) => ({
    label: `${w} wk of history`,
    points: points
      .filter((p) => p.weeks === w)
      .sort((a, b) => a.pupils - b.pupils)
      .map((p) => [p.pupils, p.cellsRead] as const),
  }));
  const byWeeks = pupils.map((n) => ({
    label: `${n} pupils`,
    points: points
      .filter((p) => p.pupils === n)
      .sort((a, b) => a.weeks - b.weeks)
      .map((p) => [p.weeks, p.cellsRead] as const),
  }));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" font-family="Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel('Cells read by the cycle, by school size', 'pupils', byPupils, 0),
    panel('Cells read by the cycle, by history', 'weeks of history in the sheets', byWeeks, W),
    '</svg>',
    '',
  ].join('\n');
}
