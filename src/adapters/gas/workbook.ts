import { type Cell, type Grid, wouldNotStayText } from '../../domain/cells';
import type {
  FileAccess,
  FileRole,
  ProtectionLayout,
  CellBlock,
  CellStyle,
  ChartLayout,
  ConditionalFormat,
  SheetLayout,
  Workbook,
} from '../../ports/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key of the mark setup leaves on the teachers' workbook. */
const ROLE_KEY = 'distant.role';

const NUMBER_FORMATS = {
  date: 'dd.mm.yyyy',
  time: 'hh:mm',
  datetime: 'dd.mm.yyyy hh:mm',
  text: '@',
} as const;

function rangeOf(target: Sheet, block: CellBlock): GoogleAppsScript.Spreadsheet.Range {
  return target.getRange(block.row, block.column, block.rows, block.columns);
}

function styled(
  builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  style: CellStyle,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  let out = builder;
  if (style.background !== undefined) out = out.setBackground(style.background);
  if (style.color !== undefined) out = out.setFontColor(style.color);
  if (style.bold !== undefined) out = out.setBold(style.bold);
  return out;
}

/** One conditional format of the layout as a Sheets rule. */
function conditionalRule(
  target: Sheet,
  format: ConditionalFormat,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule().setRanges(
    format.ranges.map((block) => rangeOf(target, block)),
  );
  switch (format.kind) {
    case 'scale': {
      const [min, mid, max] = format.points;
      const number = SpreadsheetApp.InterpolationType.NUMBER;
      return builder
        .setGradientMinpointWithValue(min.color, number, String(min.value))
        .setGradientMidpointWithValue(mid.color, number, String(mid.value))
        .setGradientMaxpointWithValue(max.color, number, String(max.value))
        .build();
    }
    case 'greaterThan':
      return styled(builder.whenNumberGreaterThan(format.value), format.style).build();
    case 'notEmpty':
      return styled(builder.whenCellNotEmpty(), format.style).build();
  }
}

/**
 * The Workbook port over SpreadsheetApp. Every table is read with one getValues and written with
 * one setValues. A sheet is looked up by name once per execution (one call); the whole list of
 * names costs a call per sheet, so it is read only when asked for.
 */
export class GasWorkbook implements Workbook {
  /** Sheets looked up so far by name (null: not there). */
  private readonly byName = new Map<string, Sheet | null>();
  /** Every sheet's name in tab order, once listed. */
  private listed: string[] | undefined;

  private active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  private readonly sizes = new Map<string, { rows: number; columns: number }>();

  /** Takes the spreadsheet lazily: an idle hourly run never touches it. */
  constructor(private readonly open: () => GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  private runAs: RunAs | undefined;

  /** Asked once per execution: setup protects a dozen sheets. */
  private effectiveUser(): RunAs {
    if (this.runAs === undefined) {
      const user = Session.getEffectiveUser();
      this.runAs = { user, email: user.getEmail().toLowerCase() };
    }
    return this.runAs;
  }

  private get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return (this.active ??= this.open());
  }

  sheetNames(): string[] {
    if (this.listed === undefined) {
      const sheets = this.spreadsheet.getSheets();
      this.listed = sheets.map((s) => s.getName());
      this.byName.clear();
      sheets.forEach((s, i) => this.byName.set(this.listed![i]!, s));
    }
    return [...this.listed];
  }

  read(sheet: string): Grid | null {
    const found = this.find(sheet);
    return found ? (found.getDataRange().getValues() as Grid) : null;
  }

  readColumns(sheet: string, firstColumn: number, count: number): Grid | null {
    const found = this.find(sheet);
    if (!found) return null;
    const lastRow = found.getLastRow();
    return lastRow === 0
      ? []
      : (found.getRange(1, firstColumn, lastRow, count).getValues() as Grid);
  }

  lastRow(sheet: string): number | null {
    const found = this.find(sheet);
    return found ? found.getLastRow() : null;
  }

  readBlock(
    sheet: string,
    firstRow: number,
    rowCount: number,
    firstColumn: number,
    columnCount: number,
  ): Grid | null {
    const found = this.find(sheet);
    if (!found) return null;
    // getRange beyond the sheet's edge throws: read what exists, pad the rest with blanks.
    const rows = Math.max(0, Math.min(rowCount, found.getMaxRows() - firstRow + 1));
    const got =
      rows === 0 || columnCount === 0
        ? []
        : (found.getRange(firstRow, firstColumn, rows, columnCount).getValues() as Grid);
    while (got.length < rowCount) got.push(new Array<Cell>(columnCount).fill(''));
    return got;
  }

  readHeader(sheet: string): Cell[] | null {
    const found = this.find(sheet);
    if (!found) return null;
    const width = found.getLastColumn();
    return width === 0 ? [] : (found.getRange(1, 1, 1, width).getValues()[0] as Cell[]);
  }

  /**
   * Writes with one setValues. Sheets reads what it is given as a person's typing, by the
   * spreadsheet's locale: text that would become a formula, a number, a date or a time
   * (`wouldNotStayText`) gets a leading apostrophe, which stores it as the text it is. A cell
   * formatted as plain text («@») already keeps text as it is and would keep the apostrophe too,
   * so the range's formats are read first, and only when such text is there to write.
   */
  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn = 1,
  ): void {
    if (rows.length === 0) return;
    const target = this.sheetOrThrow(sheet);
    const width = Math.max(...rows.map((r) => r.length));
    if (width === 0) return;
    const grid = rows.map((r) =>
      r.length === width ? [...r] : [...r, ...new Array<Cell>(width - r.length).fill('')],
    );
    this.ensureSize(sheet, target, startRow + rows.length - 1, startColumn + width - 1);
    const range = target.getRange(startRow, startColumn, grid.length, width);
    const risky = (cell: Cell): cell is string =>
      typeof cell === 'string' && wouldNotStayText(cell);
    if (grid.some((row) => row.some(risky))) {
      const formats = range.getNumberFormats();
      grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (risky(cell) && formats[r]?.[c] !== '@') row[c] = `'${cell}`;
        }),
      );
    }
    range.setValues(grid);
  }

  /**
   * Grows the sheet when a write would pass its edge (getRange beyond it throws). The size seen
   * is remembered: a sheet only grows, so a remembered size that suffices needs no call, and one
   * that does not is checked afresh before inserting (another execution may have grown it).
   */
  private ensureSize(name: string, target: Sheet, lastRow: number, lastColumn: number): void {
    const known = this.sizes.get(name);
    if (known && known.rows >= lastRow && known.columns >= lastColumn) return;
    let rows = target.getMaxRows();
    let columns = target.getMaxColumns();
    if (lastRow > rows) {
      target.insertRowsAfter(rows, lastRow - rows);
      rows = lastRow;
    }
    if (lastColumn > columns) {
      target.insertColumnsAfter(columns, lastColumn - columns);
      columns = lastColumn;
    }
    this.sizes.set(name, { rows, columns });
  }

  append(sheet: string, rows: readonly (readonly Cell[])[]): void {
    this.write(sheet, this.sheetOrThrow(sheet).getLastRow() + 1, rows);
  }

  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void {
    const target = this.sheetOrThrow(sheet);
    const lastRow = target.getLastRow();
    const lastColumn = target.getLastColumn();
    if (lastRow > 1 && lastColumn > 0)
      target.getRange(2, 1, lastRow - 1, lastColumn).clearContent();
    this.write(sheet, 2, rows);
  }

  createSheet(sheet: string): void {
    const created = this.spreadsheet.insertSheet(sheet, this.spreadsheet.getNumSheets());
    this.byName.set(sheet, created);
    this.listed?.push(sheet);
  }

  deleteRows(sheet: string, startRow: number, count: number): void {
    if (count <= 0) return;
    this.sheetOrThrow(sheet).deleteRows(startRow, count);
    const known = this.sizes.get(sheet);
    if (known) this.sizes.set(sheet, { ...known, rows: known.rows - count });
  }

  deleteSheet(sheet: string): void {
    const found = this.find(sheet);
    if (!found) return;
    this.spreadsheet.deleteSheet(found);
    this.byName.set(sheet, null);
    if (this.listed) this.listed = this.listed.filter((name) => name !== sheet);
    this.sizes.delete(sheet);
  }

  applyLayout(sheet: string, layout: SheetLayout): void {
    const target = this.sheetOrThrow(sheet);
    target.setFrozenRows(layout.frozenRows);
    const bodyRows = Math.max(target.getMaxRows() - 1, 1);
    const lastColumn = target.getLastColumn();
    if (lastColumn > 0) target.getRange(1, 1, 1, lastColumn).setFontWeight('bold');
    for (const column of layout.columns) {
      const range = target.getRange(2, column.column, bodyRows, 1);
      if (column.format !== undefined) range.setNumberFormat(NUMBER_FORMATS[column.format]);
      let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
      if (column.dropdown !== undefined) {
        rule = SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.dropdown], true)
          .setAllowInvalid(true)
          .build();
      } else if (column.dropdownFrom !== undefined) {
        const source = this.sheetOrThrow(column.dropdownFrom.sheet);
        rule = SpreadsheetApp.newDataValidation()
          .requireValueInRange(
            source.getRange(2, column.dropdownFrom.column, Math.max(source.getMaxRows() - 1, 1), 1),
            true,
          )
          .setAllowInvalid(true)
          .build();
      }
      if (rule) range.setDataValidation(rule);
    }
    layout.columnWidths?.forEach((width, i) => target.setColumnWidth(i + 1, width));
    if (layout.charts !== undefined) this.replaceCharts(target, layout.charts);
    if (layout.conditionalFormats !== undefined)
      target.setConditionalFormatRules(
        layout.conditionalFormats.map((format) => conditionalRule(target, format)),
      );
    if (layout.protection !== undefined)
      protect(target, layout.protection, () => this.effectiveUser());
  }

  /** Removes the sheet's charts and inserts the layout's (charts do not follow rewritten rows). */
  private replaceCharts(target: Sheet, charts: readonly ChartLayout[]): void {
    for (const chart of target.getCharts()) target.removeChart(chart);
    for (const chart of charts) {
      let builder = target.newChart();
      for (const block of chart.ranges) builder = builder.addRange(rangeOf(target, block));
      // The common builder methods first: on a bar builder they return the plain builder
      // (docs: EmbeddedChartBuilder), and only the bar builder has setStacked.
      const bars = builder
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
        .setOption('width', chart.width)
        .setOption('height', chart.height)
        .setOption('legend', { position: 'top' })
        .asBarChart()
        .setStacked()
        .setColors([...chart.colors])
        .setTitle(chart.title);
      target.insertChart(bars.build());
    }
  }

  // One file holds every sheet here: the sheet does not change the address.
  url(_sheet?: string): string {
    return this.spreadsheet.getUrl();
  }

  id(): string {
    return this.spreadsheet.getId();
  }

  access(): FileAccess {
    const ss = this.spreadsheet;
    const emails = (users: GoogleAppsScript.Base.User[]): string[] =>
      users.map((u) => u.getEmail().trim().toLowerCase()).filter((e) => e !== '');
    let owner = '';
    try {
      owner = ss.getOwner()?.getEmail().trim().toLowerCase() ?? '';
    } catch {
      // Files on a shared drive have no owner.
    }
    // Whether getEditors() lists the owner is not documented: the owner is taken out either way.
    const others = (list: string[]): string[] => [...new Set(list)].filter((e) => e !== owner);
    return {
      owner,
      editors: others(emails(ss.getEditors())),
      viewers: others(emails(ss.getViewers())),
    };
  }

  addEditors(emails: readonly string[]): void {
    if (emails.length > 0) this.spreadsheet.addEditors([...emails]);
  }

  removeAccess(emails: readonly string[]): void {
    if (emails.length === 0) return;
    const now = this.access();
    for (const email of emails) {
      // Removing someone who is not on a list throws, so only those found are removed.
      if (now.editors.includes(email)) this.spreadsheet.removeEditor(email);
      if (now.viewers.includes(email)) this.spreadsheet.removeViewer(email);
    }
  }

  fileRole(): FileRole | null {
    const found = this.spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).find();
    return found.some((m) => m.getValue() === 'teachers') ? 'teachers' : null;
  }

  markRole(role: FileRole): void {
    // PROJECT visibility: only this add-on's code sees (or removes) the mark, not a teacher's own
    // script in the teachers' workbook (DeveloperMetadataVisibility reference).
    this.spreadsheet.addDeveloperMetadata(
      ROLE_KEY,
      role,
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
  }

  copySheetTo(sheet: string, target: Workbook): void {
    if (!(target instanceof GasWorkbook))
      throw new Error('Sheets are copied only between Google spreadsheets.');
    const copy = this.sheetOrThrow(sheet).copyTo(target.spreadsheet);
    // copyTo names the copy «Копия …»; the teachers must find the sheet under its own name.
    copy.setName(sheet);
    target.byName.set(sheet, copy);
    target.listed?.push(sheet);
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  setTimeZone(timeZone: string): void {
    this.spreadsheet.setSpreadsheetTimeZone(timeZone);
  }

  /** The sheet named `name`: remembered, taken from the list when it was read, else one call. */
  private find(name: string): Sheet | null {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    if (this.listed !== undefined) return null;
    const found = this.spreadsheet.getSheetByName(name);
    this.byName.set(name, found);
    return found;
  }

  private sheetOrThrow(sheet: string): Sheet {
    const found = this.find(sheet);
    if (!found) throw new Error(`Sheet "${sheet}" does not exist.`);
    return found;
  }
}

/**
 * A real protection (Protection reference: add yourself, remove every other editor, turn domain
 * editing off — a new protection lists every current editor, and warning-only stops nobody).
 * Repeated setups find the protection by its description and bring its editors back in line.
 */
/** The user the execution runs as. */
interface RunAs {
  readonly user: GoogleAppsScript.Base.User;
  readonly email: string;
}

function protect(target: Sheet, wanted: ProtectionLayout, effectiveUser: () => RunAs): void {
  const ranges =
    wanted.columns === undefined
      ? [null]
      : wanted.columns.map((c) => target.getRange(1, c, target.getMaxRows(), 1));
  const kind =
    wanted.columns === undefined
      ? SpreadsheetApp.ProtectionType.SHEET
      : SpreadsheetApp.ProtectionType.RANGE;
  const existing = target.getProtections(kind);
  ranges.forEach((range, i) => {
    const found =
      wanted.columns === undefined
        ? existing[0]
        : existing.find((p) => p.getRange().getColumn() === wanted.columns?.[i]);
    const protection = found ?? (range === null ? target.protect() : range.protect());
    if (protection.getDescription() !== wanted.note) protection.setDescription(wanted.note);
    if (protection.isWarningOnly()) protection.setWarningOnly(false);
    const me = effectiveUser();
    const keep = new Set([me.email, ...wanted.editors]);
    const current = protection.getEditors();
    const currentEmails = new Set(current.map((u) => u.getEmail().toLowerCase()));
    if (!currentEmails.has(me.email)) protection.addEditor(me.user);
    const strangers = current.filter((u) => !keep.has(u.getEmail().toLowerCase()));
    if (strangers.length > 0) protection.removeEditors(strangers);
    const missing = wanted.editors.filter((e) => !currentEmails.has(e));
    if (missing.length > 0) protection.addEditors(missing);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  });
}
