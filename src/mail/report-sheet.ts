/**
 * The report sheet as cells, and back: a title row, the "as of" row, then sections — a blank row,
 * a heading row, a header row and the section's rows. The layout (charts, colour scales, shortfall
 * colours) is derived from the cells alone, so the job that writes the sheet and the HTML page
 * that shows a sheet of any week (even one built by an older version) colour the same cells.
 * Sections and columns are found by their words in either language, never by position.
 */
import { type Cell, cellText, isBlankRow } from '../domain/cells';
import { LOCALES, type Locale } from '../domain/vocabulary';
import { ALL_NAMES, namesFor, stringsFor, type Strings } from '../i18n';
import { REPORT_SECTIONS, type ReportSectionKey } from '../i18n/report';
import type {
  CellBlock,
  CellStyle,
  ChartLayout,
  ConditionalFormat,
  ScalePoint,
  SheetLayout,
} from '../ports/workbook';

/** A section before it becomes cells. */
export interface ReportSection {
  readonly key: ReportSectionKey;
  readonly header: readonly string[];
  /** Empty: the sheet says «нет». */
  readonly rows: readonly (readonly Cell[])[];
}

/** The whole sheet before it becomes cells. */
export interface ReportSheet {
  readonly title: string;
  readonly asOf: string;
  readonly sections: readonly ReportSection[];
}

/** The sheet's rows; every row as wide as the widest. */
export function reportGrid(sheet: ReportSheet, strings: Strings): Cell[][] {
  const rows: Cell[][] = [[sheet.title], [sheet.asOf]];
  for (const section of sheet.sections) {
    rows.push(
      [],
      [strings.report.sections[section.key]],
      [...section.header],
      ...(section.rows.length > 0 ? section.rows.map((r) => [...r]) : [[strings.report.none]]),
    );
    // The teachers' chart sits under their table, on rows kept empty for it.
    if (section.key === 'teachers') {
      const bars = chartBars(section.rows, strings);
      if (bars > 0) for (let i = 0; i < chartRows(bars); i++) rows.push([]);
    }
  }
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
}

/** A block of the sheet between blank rows, with its 1-based sheet rows. */
export interface PlacedSection {
  /** Undefined for a heading this version does not know. */
  readonly key: ReportSectionKey | undefined;
  readonly heading: string;
  readonly headingRow: number;
  readonly header: readonly Cell[];
  /** The first body row (the one after the header). */
  readonly firstRow: number;
  /** Without trailing blank cells; no rows for a section that says «нет». */
  readonly rows: readonly (readonly Cell[])[];
}

/** A report sheet as read back. */
export interface ReadReport {
  /** The language its headings are in (the workbook's, when none is known). */
  readonly strings: Strings;
  readonly title: string;
  readonly asOf: string;
  readonly sections: readonly PlacedSection[];
  /** Columns of the widest row. */
  readonly width: number;
}

function trimmed(row: readonly Cell[]): Cell[] {
  const out = [...row];
  while (out.length > 0 && cellText(out[out.length - 1]) === '') out.pop();
  return out;
}

/** Reads a report sheet's cells (row 0 = title) into its sections. */
export function readReportSheet(grid: readonly (readonly Cell[])[], fallback: Strings): ReadReport {
  const rows = grid.map(trimmed);
  const first = rows.findIndex((r) => !isBlankRow(r));
  const title = first < 0 ? '' : rows[first]!.map((c) => cellText(c)).join(' ');
  const second = rows[first + 1];
  const asOf = second && !isBlankRow(second) ? second.map((c) => cellText(c)).join(' ') : '';

  const keyOf = new Map<string, { key: ReportSectionKey; locale: Locale }>();
  for (const locale of LOCALES)
    for (const key of REPORT_SECTIONS)
      keyOf.set(namesFor(locale).report.sections[key], { key, locale });

  const sections: PlacedSection[] = [];
  let language: Locale | undefined;
  let i = first + (asOf === '' ? 1 : 2);
  while (i < rows.length) {
    if (isBlankRow(rows[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < rows.length && !isBlankRow(rows[i]!)) i++;
    const [lead = [], header = [], ...body] = rows.slice(start, i);
    const heading = lead.map((c) => cellText(c)).join(' ');
    const known = lead.length === 1 ? keyOf.get(heading) : undefined;
    language ??= known?.locale;
    const none = body.length === 1 && body[0]!.length === 1 && isNone(body[0]![0]);
    sections.push({
      key: known?.key,
      heading,
      headingRow: start + 1,
      header,
      firstRow: start + 3,
      rows: none ? [] : body,
    });
  }
  return {
    strings: language === undefined ? fallback : stringsFor(language),
    title,
    asOf,
    sections,
    width: Math.max(0, ...grid.map((r) => r.length)),
  };
}

const isNone = (cell: Cell | undefined): boolean =>
  ALL_NAMES.some((s) => s.report.none === cellText(cell));

/** The key figures that are shortfalls when above 0: red on the sheet, bold in the letter. */
export const SHORTFALL_FIGURES = [
  'overdue',
  'attention',
  'notInformed',
  'noCensus',
  'overdueRequests',
] as const;

/** Colours of the report: shortfalls red, things to look at amber, the scale red → green. */
const REPORT_COLORS = {
  bad: { background: '#f4c7c3', color: '#a50e0e' },
  warn: { background: '#fce8b2', color: '#7a4f01' },
  good: { background: '#d9ead3', color: '#1e5631' },
  header: { background: '#eef1f4' },
  heading: { color: '#1a3d6d' },
  bars: ['#34a853', '#bdc1c6', '#ea4335'],
} as const;

/**
 * The scale of every share on the report, as whole percents: 100 is green, 80 yellow, 50 and
 * below red. A school's shares sit between 80 and 100, so the scale spends its colours there.
 */
const SHARE_SCALE: readonly [ScalePoint, ScalePoint, ScalePoint] = [
  { value: 50, color: '#e67c73' },
  { value: 80, color: '#ffd666' },
  { value: 100, color: '#57bb8a' },
];

/**
 * Column widths: the first holds the labels, actions and names; the third who is to act; the
 * others numbers under two-line headers.
 */
const COLUMN_WIDTHS = [300, 130, 200, 130, 120, 120, 120, 120];

/** The 1-based column of a section whose header says `text`, if any. */
export function columnOf(section: PlacedSection, text: string): number | undefined {
  const index = section.header.findIndex((c) => cellText(c) === text);
  return index < 0 ? undefined : index + 1;
}

/** The body rows of a section without its closing total row. */
function bodyRows(section: PlacedSection, strings: Strings): number {
  const totals = new Set([strings.report.total, strings.report.wholeSchool]);
  const last = section.rows[section.rows.length - 1];
  return section.rows.length - (last && totals.has(cellText(last[0])) ? 1 : 0);
}

const block = (row: number, column: number, rows: number, columns = 1): CellBlock => ({
  row,
  column,
  rows,
  columns,
});

/** Charts and conditional formats of a report sheet read back with `readReportSheet`. */
export function reportLayout(read: ReadReport): SheetLayout {
  const r = read.strings.report;
  const c = r.columns;
  const formats: ConditionalFormat[] = [];
  const charts: ChartLayout[] = [];
  const notEmpty = (ranges: CellBlock[], style: CellStyle): ConditionalFormat => ({
    kind: 'notEmpty',
    ranges,
    style,
  });
  const aboveZero = (ranges: CellBlock[], style: CellStyle): ConditionalFormat => ({
    kind: 'greaterThan',
    ranges,
    value: 0,
    style,
  });

  const scale: CellBlock[] = [];
  const bad: CellBlock[] = [];
  const warn: CellBlock[] = [];
  const column = (section: PlacedSection, text: string, into: CellBlock[], all = false): void => {
    const at = columnOf(section, text);
    const rows = all ? section.rows.length : bodyRows(section, read.strings);
    if (at !== undefined && rows > 0) into.push(block(section.firstRow, at, rows));
  };

  for (const section of read.sections) {
    switch (section.key) {
      case 'actions': {
        const clear = cellText(section.rows[0]?.[0]) === r.allClear;
        if (section.rows.length > 0)
          formats.push(
            notEmpty([block(section.firstRow, 1, section.rows.length)], {
              ...(clear ? REPORT_COLORS.good : REPORT_COLORS.bad),
              bold: true,
            }),
          );
        break;
      }
      case 'summary': {
        const shortfalls = new Set(SHORTFALL_FIGURES.map((key) => r.figures[key]));
        section.rows.forEach((row, i) => {
          if (shortfalls.has(cellText(row[0]))) bad.push(block(section.firstRow + i, 2, 1));
        });
        break;
      }
      case 'teachers': {
        column(section, c.overdue, bad);
        column(section, c.journalShare, scale, true);
        const chart = journalChart(section, read);
        if (chart) charts.push(chart);
        break;
      }
      case 'classes':
        for (const text of [c.journalShare, c.attendanceShare, c.informedShare, c.censusShare])
          column(section, text, scale, true);
        column(section, c.attention, warn);
        break;
      case 'trend':
        for (const text of [c.journalShare, c.attendanceShare, c.informedShare, c.satisfiedShare])
          column(section, text, scale, true);
        break;
      case 'informed':
        column(section, c.notInformed, bad);
        break;
      case 'surveys':
      case 'questions':
        column(section, c.satisfied, scale, true);
        break;
      case 'access':
        column(section, c.noRecord, bad);
        break;
      case 'requests':
        column(section, c.overdueRequests, bad);
        break;
      case 'lessons':
        column(section, c.overdue, bad);
        column(section, c.notAgreed, warn);
        break;
      case 'attention':
      case 'noCensus':
      case undefined:
        break;
    }
  }

  const headings = read.sections.map((s) => block(s.headingRow, 1, 1));
  const headers = read.sections
    .filter((s) => s.header.length > 0)
    .map((s) => block(s.headingRow + 1, 1, 1, s.header.length));
  if (scale.length > 0) formats.push({ kind: 'scale', ranges: scale, points: SHARE_SCALE });
  if (bad.length > 0) formats.push(aboveZero(bad, REPORT_COLORS.bad));
  if (warn.length > 0) formats.push(aboveZero(warn, REPORT_COLORS.warn));
  if (headings.length > 0)
    formats.push(notEmpty(headings, { ...REPORT_COLORS.heading, bold: true }));
  if (headers.length > 0) formats.push(notEmpty(headers, { ...REPORT_COLORS.header, bold: true }));
  return {
    frozenRows: 1,
    columns: [],
    columnWidths: COLUMN_WIDTHS.slice(0, read.width),
    charts,
    conditionalFormats: formats,
  };
}

/**
 * The teachers' bars: lessons in the journal, still in time and overdue, stacked per teacher,
 * beside the tables. The total row and marks nobody can be credited with stay out.
 */
function journalChart(section: PlacedSection, read: ReadReport): ChartLayout | undefined {
  const c = read.strings.report.columns;
  const first = columnOf(section, c.journaled);
  const waiting = columnOf(section, c.waiting);
  const overdue = columnOf(section, c.overdue);
  if (first === undefined || waiting !== first + 1 || overdue !== first + 2) return undefined;
  const rows = chartBars(section.rows, read.strings);
  if (rows <= 0) return undefined;
  const header = section.firstRow - 1;
  return {
    title: read.strings.report.charts.journal,
    ranges: [block(header, 1, rows + 1), block(header, first, rows + 1, 3)],
    colors: REPORT_COLORS.bars,
    // On the first empty row under the table (reportGrid keeps `chartRows` of them).
    anchor: { row: section.firstRow + section.rows.length + 1, column: 1 },
    width: CHART_WIDTH,
    height: chartHeight(rows),
  };
}

/** The teachers' rows that get a bar: not the total, not marks nobody can be credited with. */
function chartBars(rows: readonly (readonly Cell[])[], strings: Strings): number {
  const totals = new Set([strings.report.total, strings.report.unknownTeacher]);
  let bars = rows.length;
  while (bars > 0 && totals.has(cellText(rows[bars - 1]?.[0]))) bars--;
  return bars;
}

/** The chart spans the first three columns: names, counts and who. */
const CHART_WIDTH = 630;
const chartHeight = (bars: number): number => Math.max(200, 90 + 30 * bars);
/** Sheets' default row is 21 pixels high; one row more for the gap under the chart. */
const chartRows = (bars: number): number => Math.ceil(chartHeight(bars) / 21) + 1;
