/**
 * The Workbook port over the Sheets API v4 (and Drive v3 for sharing), for the runner on live
 * spreadsheets. Reads are `values.batchGet` (unformatted values, dates as serial numbers);
 * writes are one `spreadsheets.batchUpdate` each — it grows the grid and writes typed cells in
 * one atomic request, so a failed write leaves nothing half-done and text never becomes a
 * formula (a `stringValue` is never parsed). Which cells are dates is learnt once per run from
 * the number formats of each sheet's first data row, as `getValues` would tell them apart.
 */
import type { Zone } from '../../domain/calendar';
import { type Cell, type Grid, isBlank, isDateValue } from '../../domain/cells';
import type { FileAccess, FileRole, SheetLayout, Workbook } from '../../ports/workbook';
import type { WorkbookCounters } from '../memory/workbook';
import { cellFromWallClock, wallClockOf } from '../xlsx/wall-clock';
import type { GoogleCalls } from './bridge';

interface SheetMeta {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  protections: Array<{ id: number; description: string; startColumn?: number }>;
}

interface Meta {
  timeZone: string;
  sheets: Map<string, SheetMeta>;
  role: FileRole | null;
}

/** The developer metadata key setup marks the teachers' workbook with (as the Apps Script adapter). */
const ROLE_KEY = 'distant.role';

type DateKind = 'date' | 'time';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FORMATS = {
  date: { type: 'DATE', pattern: 'dd.mm.yyyy' },
  time: { type: 'TIME', pattern: 'hh:mm' },
  datetime: { type: 'DATE_TIME', pattern: 'dd.mm.yyyy hh:mm' },
  text: { type: 'TEXT', pattern: '@' },
} as const;

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26))
    s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** `'Журнал'!A2:L9` (quotes doubled inside the name). */
export function a1(sheet: string, range = ''): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return range === '' ? quoted : `${quoted}!${range}`;
}

/** Options of a spreadsheet opened over the API. */
export interface GoogleWorkbookOptions {
  readonly calls: GoogleCalls;
  readonly spreadsheetId: string;
  /** The account the runner acts as: it keeps edit rights in every protection it sets. */
  readonly actor: string;
  readonly zoneFor: (timeZone: string) => Zone;
}

/** A live spreadsheet behind the Workbook port. */
export class GoogleWorkbook implements Workbook {
  readonly counters: WorkbookCounters = { reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 };
  private meta: Meta | undefined;
  private dateColumns: Map<string, Map<number, DateKind>> | undefined;
  /** Rows known to hold data (from whole reads and our own writes): where `append` writes. */
  private readonly extent = new Map<string, number>();

  constructor(private readonly options: GoogleWorkbookOptions) {}

  private get calls(): GoogleCalls {
    return this.options.calls;
  }

  private get id_(): string {
    return this.options.spreadsheetId;
  }

  private metadata(): Meta {
    if (this.meta) return this.meta;
    type Response = {
      properties?: { timeZone?: string };
      developerMetadata?: Array<{ metadataKey?: string; metadataValue?: string }>;
      sheets?: Array<{
        properties?: {
          sheetId?: number;
          title?: string;
          index?: number;
          gridProperties?: { rowCount?: number; columnCount?: number };
        };
        protectedRanges?: Array<{
          protectedRangeId?: number;
          description?: string;
          range?: { startColumnIndex?: number };
        }>;
      }>;
    };
    this.counters.reads++;
    const data = this.calls.call<Response>(
      'sheets',
      'spreadsheets.get',
      {
        spreadsheetId: this.id_,
        fields:
          'properties(timeZone),developerMetadata(metadataKey,metadataValue),sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount)),' +
          'protectedRanges(protectedRangeId,description,range(startColumnIndex)))',
      },
      'sheetsRead',
    );
    const sheets = new Map<string, SheetMeta>();
    for (const s of data.sheets ?? []) {
      const p = s.properties ?? {};
      sheets.set(p.title ?? '', {
        sheetId: p.sheetId ?? 0,
        title: p.title ?? '',
        index: p.index ?? 0,
        rowCount: p.gridProperties?.rowCount ?? 0,
        columnCount: p.gridProperties?.columnCount ?? 0,
        protections: (s.protectedRanges ?? []).map((r) => ({
          id: r.protectedRangeId ?? 0,
          description: r.description ?? '',
          ...(r.range?.startColumnIndex === undefined
            ? {}
            : { startColumn: r.range.startColumnIndex + 1 }),
        })),
      });
    }
    const marked = (data.developerMetadata ?? []).some(
      (m) => m.metadataKey === ROLE_KEY && m.metadataValue === 'teachers',
    );
    this.meta = {
      timeZone: data.properties?.timeZone ?? 'Etc/GMT',
      sheets,
      role: marked ? 'teachers' : null,
    };
    return this.meta;
  }

  private sheet(name: string): SheetMeta | undefined {
    return this.metadata().sheets.get(name);
  }

  private require(name: string): SheetMeta {
    const found = this.sheet(name);
    if (!found) throw new Error(`Sheet "${name}" does not exist.`);
    return found;
  }

  /**
   * The date and time columns of every sheet, from the number formats of its first data row (one
   * call for all sheets, once per run); columns this run wrote dates into are added as it goes.
   */
  private dateKinds(name: string): Map<number, DateKind> {
    if (this.dateColumns === undefined) {
      const names = [...this.metadata().sheets.keys()];
      type Probe = {
        sheets?: Array<{
          data?: Array<{
            rowData?: Array<{
              values?: Array<{ effectiveFormat?: { numberFormat?: { type?: string } } }>;
            }>;
          }>;
        }>;
      };
      this.counters.reads++;
      const data =
        names.length === 0
          ? {}
          : this.calls.call<Probe>(
              'sheets',
              'spreadsheets.get',
              {
                spreadsheetId: this.id_,
                ranges: names.map((n) => a1(n, '2:2')),
                fields: 'sheets(data(rowData(values(effectiveFormat(numberFormat(type))))))',
              },
              'sheetsRead',
            );
      this.dateColumns = new Map();
      names.forEach((n, i) => {
        const kinds = new Map<number, DateKind>();
        const cells = data.sheets?.[i]?.data?.[0]?.rowData?.[0]?.values ?? [];
        cells.forEach((cell, c) => {
          const type = cell.effectiveFormat?.numberFormat?.type;
          if (type === 'DATE' || type === 'DATE_TIME') kinds.set(c + 1, 'date');
          else if (type === 'TIME') kinds.set(c + 1, 'time');
        });
        this.dateColumns!.set(n, kinds);
      });
    }
    let kinds = this.dateColumns.get(name);
    if (!kinds) {
      kinds = new Map();
      this.dateColumns.set(name, kinds);
    }
    return kinds;
  }

  private zone(): Zone {
    return this.options.zoneFor(this.metadata().timeZone);
  }

  /** Cells as getValues gives them: dates as instants of the spreadsheet's zone, times as fractions. */
  private toCells(
    name: string,
    values: unknown[][],
    firstColumn: number,
    width: number,
    height: number,
  ): Grid {
    const kinds = this.dateKinds(name);
    const zone = this.zone();
    const grid: Grid = [];
    for (let r = 0; r < height; r++) {
      const source = values[r] ?? [];
      const row: Cell[] = [];
      for (let c = 0; c < width; c++) {
        const v = source[c];
        if (v === undefined || v === null) row.push('');
        else if (typeof v === 'number' && kinds.get(firstColumn + c) === 'date')
          row.push(cellFromWallClock(new Date(SERIAL_EPOCH_MS + v * DAY_MS), zone));
        else row.push(v as Cell);
      }
      grid.push(row);
    }
    this.counters.cellsRead += width * height;
    return grid;
  }

  private get(name: string, range: string): unknown[][] {
    this.counters.reads++;
    type Response = { valueRanges?: Array<{ values?: unknown[][] }> };
    const data = this.calls.call<Response>(
      'sheets',
      'spreadsheets.values.batchGet',
      {
        spreadsheetId: this.id_,
        ranges: [a1(name, range)],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      },
      'sheetsRead',
    );
    return data.valueRanges?.[0]?.values ?? [];
  }

  sheetNames(): string[] {
    return [...this.metadata().sheets.values()]
      .sort((a, b) => a.index - b.index)
      .map((s) => s.title);
  }

  read(sheet: string): Grid | null {
    if (!this.sheet(sheet)) return null;
    const values = this.get(sheet, '');
    const width = Math.max(0, ...values.map((r) => r.length));
    this.extent.set(sheet, values.length);
    return this.toCells(sheet, values, 1, width, values.length);
  }

  readColumns(sheet: string, firstColumn: number, count: number): Grid | null {
    if (!this.sheet(sheet)) return null;
    const range = `${columnLetter(firstColumn)}1:${columnLetter(firstColumn + count - 1)}`;
    const values = this.get(sheet, range);
    // Down to the last row of the sheet with data, as getLastRow() would say.
    const height = Math.max(values.length, this.extent.get(sheet) ?? 0);
    return this.toCells(sheet, values, firstColumn, count, height);
  }

  readHeader(sheet: string): Cell[] | null {
    if (!this.sheet(sheet)) return null;
    const values = this.get(sheet, '1:1');
    const row = values[0] ?? [];
    const header = this.toCells(sheet, [row], 1, row.length, 1)[0] ?? [];
    while (header.length > 0 && isBlank(header[header.length - 1])) header.pop();
    return header;
  }

  lastRow(sheet: string): number | null {
    // The grid's height is known without a call; the scan from the bottom skips its blank rows.
    return this.sheet(sheet)?.rowCount ?? null;
  }

  readBlock(
    sheet: string,
    firstRow: number,
    rowCount: number,
    firstColumn: number,
    columnCount: number,
  ): Grid | null {
    if (!this.sheet(sheet)) return null;
    if (rowCount <= 0 || columnCount <= 0) return [];
    const range =
      `${columnLetter(firstColumn)}${firstRow}:` +
      `${columnLetter(firstColumn + columnCount - 1)}${firstRow + rowCount - 1}`;
    return this.toCells(sheet, this.get(sheet, range), firstColumn, columnCount, rowCount);
  }

  /** One atomic spreadsheets.batchUpdate. */
  private update(requests: object[]): { replies?: Array<Record<string, unknown>> } {
    if (requests.length === 0) return {};
    this.counters.writes++;
    return this.calls.call(
      'sheets',
      'spreadsheets.batchUpdate',
      { spreadsheetId: this.id_, requestBody: { requests } },
      'sheetsWrite',
    );
  }

  /** Requests that grow the grid to hold `lastRow` × `lastColumn`. */
  private grow(meta: SheetMeta, lastRow: number, lastColumn: number): object[] {
    const out: object[] = [];
    if (lastRow > meta.rowCount)
      out.push({
        appendDimension: {
          sheetId: meta.sheetId,
          dimension: 'ROWS',
          length: lastRow - meta.rowCount,
        },
      });
    if (lastColumn > meta.columnCount)
      out.push({
        appendDimension: {
          sheetId: meta.sheetId,
          dimension: 'COLUMNS',
          length: lastColumn - meta.columnCount,
        },
      });
    return out;
  }

  private cellData(value: Cell | undefined): object {
    if (value === null || value === undefined || value === '') return {};
    if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
    if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
    if (isDateValue(value)) {
      const wall = wallClockOf(value, this.zone());
      if (wall === null) return {};
      return {
        userEnteredValue: { numberValue: (wall.wall.getTime() - SERIAL_EPOCH_MS) / DAY_MS },
      };
    }
    // A string value is stored as the text it is: never a formula, never a number.
    return { userEnteredValue: { stringValue: String(value) } };
  }

  write(
    sheet: string,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn = 1,
  ): void {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    if (width === 0) return;
    const meta = this.require(sheet);
    const lastRow = startRow + rows.length - 1;
    const lastColumn = startColumn + width - 1;
    const requests: object[] = this.grow(meta, lastRow, lastColumn);
    requests.push({
      updateCells: {
        range: {
          sheetId: meta.sheetId,
          startRowIndex: startRow - 1,
          endRowIndex: lastRow,
          startColumnIndex: startColumn - 1,
          endColumnIndex: lastColumn,
        },
        rows: rows.map((r) => ({
          values: Array.from({ length: width }, (_, c) => this.cellData(r[c])),
        })),
        fields: 'userEnteredValue',
      },
    });
    requests.push(...this.dateFormats(sheet, meta, startRow, rows, startColumn));
    this.update(requests);
    this.counters.cellsWritten += rows.length * width;
    meta.rowCount = Math.max(meta.rowCount, lastRow);
    meta.columnCount = Math.max(meta.columnCount, lastColumn);
    const known = this.extent.get(sheet);
    if (known !== undefined && rows.some((r) => r.some((v) => !isBlank(v))))
      this.extent.set(sheet, Math.max(known, lastRow));
  }

  /**
   * A column written with dates gets a date format, so that people and later reads see dates (the
   * API stores a date as a serial number): the requests for `rows` written at `startRow`, and the
   * columns remembered as dates for this run's reads.
   */
  private dateFormats(
    sheet: string,
    meta: SheetMeta,
    startRow: number,
    rows: readonly (readonly Cell[])[],
    startColumn: number,
  ): object[] {
    const kinds = this.dateKinds(sheet);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const requests: object[] = [];
    for (let c = 0; c < width; c++) {
      const cells = rows.map((r) => r[c]).filter((v) => !isBlank(v));
      if (cells.length === 0 || !cells.every(isDateValue)) continue;
      kinds.set(startColumn + c, 'date');
      const midnight = cells.every((d) => wallClockOf(d, this.zone())?.midnight);
      requests.push({
        repeatCell: {
          range: {
            sheetId: meta.sheetId,
            startRowIndex: startRow - 1,
            endRowIndex: startRow - 1 + rows.length,
            startColumnIndex: startColumn - 1 + c,
            endColumnIndex: startColumn + c,
          },
          cell: { userEnteredFormat: { numberFormat: midnight ? FORMATS.date : FORMATS.datetime } },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    }
    return requests;
  }

  append(sheet: string, rows: readonly (readonly Cell[])[]): void {
    // The last row with data is known from a whole read of this run; without one, read it.
    if (!this.extent.has(sheet)) this.read(sheet);
    this.write(sheet, (this.extent.get(sheet) ?? 0) + 1, rows);
  }

  replaceBody(sheet: string, rows: readonly (readonly Cell[])[]): void {
    const meta = this.require(sheet);
    const width = Math.max(meta.columnCount, ...rows.map((r) => r.length));
    const requests: object[] = [...this.grow(meta, rows.length + 1, width)];
    if (meta.rowCount > 1)
      requests.push({
        updateCells: {
          range: { sheetId: meta.sheetId, startRowIndex: 1, endRowIndex: meta.rowCount },
          fields: 'userEnteredValue',
        },
      });
    // Clearing and writing in one request: a failure leaves the old body, never an empty one.
    if (rows.length > 0)
      requests.push({
        updateCells: {
          range: {
            sheetId: meta.sheetId,
            startRowIndex: 1,
            endRowIndex: 1 + rows.length,
            startColumnIndex: 0,
            endColumnIndex: width,
          },
          rows: rows.map((r) => ({
            values: Array.from({ length: width }, (_, c) => this.cellData(r[c])),
          })),
          fields: 'userEnteredValue',
        },
      });
    requests.push(...this.dateFormats(sheet, meta, 2, rows, 1));
    this.update(requests);
    this.counters.cellsWritten += rows.length * width;
    meta.rowCount = Math.max(meta.rowCount, rows.length + 1);
    this.extent.set(sheet, rows.length + 1);
  }

  createSheet(sheet: string): void {
    if (this.sheet(sheet)) throw new Error(`A sheet with the name "${sheet}" already exists.`);
    const index = this.metadata().sheets.size;
    const reply = this.update([{ addSheet: { properties: { title: sheet, index } } }]);
    const props = (
      reply.replies?.[0]?.addSheet as {
        properties?: {
          sheetId?: number;
          gridProperties?: { rowCount?: number; columnCount?: number };
        };
      }
    )?.properties;
    this.metadata().sheets.set(sheet, {
      sheetId: props?.sheetId ?? 0,
      title: sheet,
      index,
      rowCount: props?.gridProperties?.rowCount ?? 1000,
      columnCount: props?.gridProperties?.columnCount ?? 26,
      protections: [],
    });
    this.dateKinds(sheet);
    this.extent.set(sheet, 0);
  }

  deleteRows(sheet: string, startRow: number, count: number): void {
    if (count <= 0) return;
    const meta = this.require(sheet);
    this.update([
      {
        deleteDimension: {
          range: {
            sheetId: meta.sheetId,
            dimension: 'ROWS',
            startIndex: startRow - 1,
            endIndex: startRow - 1 + count,
          },
        },
      },
    ]);
    meta.rowCount -= count;
    const known = this.extent.get(sheet);
    if (known !== undefined) this.extent.set(sheet, Math.max(startRow - 1, known - count));
  }

  deleteSheet(sheet: string): void {
    const meta = this.sheet(sheet);
    if (!meta) return;
    this.update([{ deleteSheet: { sheetId: meta.sheetId } }]);
    this.metadata().sheets.delete(sheet);
    this.extent.delete(sheet);
  }

  applyLayout(sheet: string, layout: SheetLayout): void {
    const meta = this.require(sheet);
    const body = { sheetId: meta.sheetId, startRowIndex: 1, endRowIndex: meta.rowCount };
    const requests: object[] = [
      {
        updateSheetProperties: {
          properties: {
            sheetId: meta.sheetId,
            gridProperties: { frozenRowCount: layout.frozenRows },
          },
          fields: 'gridProperties.frozenRowCount',
        },
      },
      {
        repeatCell: {
          range: { sheetId: meta.sheetId, startRowIndex: 0, endRowIndex: 1 },
          cell: { userEnteredFormat: { textFormat: { bold: true } } },
          fields: 'userEnteredFormat.textFormat.bold',
        },
      },
    ];
    for (const column of layout.columns) {
      const range = { ...body, startColumnIndex: column.column - 1, endColumnIndex: column.column };
      if (column.format !== undefined) {
        requests.push({
          repeatCell: {
            range,
            cell: { userEnteredFormat: { numberFormat: FORMATS[column.format] } },
            fields: 'userEnteredFormat.numberFormat',
          },
        });
        if (column.format === 'date' || column.format === 'datetime')
          this.dateKinds(sheet).set(column.column, 'date');
      }
      const values =
        column.dropdown !== undefined
          ? { type: 'ONE_OF_LIST', values: column.dropdown.map((v) => ({ userEnteredValue: v })) }
          : column.dropdownFrom !== undefined
            ? {
                type: 'ONE_OF_RANGE',
                values: [
                  {
                    userEnteredValue: `=${a1(column.dropdownFrom.sheet, `${columnLetter(column.dropdownFrom.column)}2:${columnLetter(column.dropdownFrom.column)}`)}`,
                  },
                ],
              }
            : undefined;
      if (values)
        requests.push({
          setDataValidation: {
            range,
            rule: { condition: values, strict: false, showCustomUi: true },
          },
        });
    }
    for (const [column, note] of layout.headerNotes ?? [])
      requests.push({
        updateCells: {
          range: {
            sheetId: meta.sheetId,
            startRowIndex: 0,
            endRowIndex: 1,
            startColumnIndex: column - 1,
            endColumnIndex: column,
          },
          rows: [{ values: [{ note }] }],
          fields: 'note',
        },
      });
    const wanted = layout.protection;
    if (wanted !== undefined) {
      const editors = {
        users: [...new Set([this.options.actor.toLowerCase(), ...wanted.editors])],
        domainUsersCanEdit: false,
      };
      const targets = wanted.columns === undefined ? [undefined] : wanted.columns;
      for (const column of targets) {
        const range =
          column === undefined
            ? { sheetId: meta.sheetId }
            : { sheetId: meta.sheetId, startColumnIndex: column - 1, endColumnIndex: column };
        const existing = meta.protections.find(
          (p) => p.description === wanted.note && p.startColumn === column,
        );
        const protectedRange = { range, description: wanted.note, warningOnly: false, editors };
        requests.push(
          existing
            ? {
                updateProtectedRange: {
                  protectedRange: { protectedRangeId: existing.id, ...protectedRange },
                  fields: 'range,description,warningOnly,editors',
                },
              }
            : { addProtectedRange: { protectedRange } },
        );
      }
    }
    this.update(requests);
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id_}/edit`;
  }

  id(): string {
    return this.id_;
  }

  private permissions(): Array<{ id: string; emailAddress: string; role: string }> {
    this.counters.reads++;
    const data = this.calls.call<{
      permissions?: Array<{ id?: string; emailAddress?: string; role?: string }>;
    }>(
      'drive',
      'permissions.list',
      {
        fileId: this.id_,
        fields: 'permissions(id,emailAddress,role,type)',
        supportsAllDrives: true,
      },
      'sheetsRead',
    );
    return (data.permissions ?? []).map((p) => ({
      id: p.id ?? '',
      emailAddress: (p.emailAddress ?? '').trim().toLowerCase(),
      role: p.role ?? '',
    }));
  }

  access(): FileAccess {
    const list = this.permissions().filter((p) => p.emailAddress !== '');
    const owner = list.find((p) => p.role === 'owner')?.emailAddress ?? '';
    const of = (roles: readonly string[]): string[] =>
      [...new Set(list.filter((p) => roles.includes(p.role)).map((p) => p.emailAddress))]
        .filter((e) => e !== owner)
        .sort();
    return {
      owner,
      editors: of(['writer', 'fileOrganizer', 'organizer']),
      viewers: of(['reader', 'commenter']),
    };
  }

  addEditors(emails: readonly string[]): void {
    for (const email of emails) {
      this.counters.writes++;
      this.calls.call(
        'drive',
        'permissions.create',
        {
          fileId: this.id_,
          sendNotificationEmail: false,
          supportsAllDrives: true,
          requestBody: { type: 'user', role: 'writer', emailAddress: email },
        },
        'sheetsWrite',
      );
    }
  }

  removeAccess(emails: readonly string[]): void {
    if (emails.length === 0) return;
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    for (const p of this.permissions()) {
      if (!wanted.has(p.emailAddress) || p.role === 'owner') continue;
      this.counters.writes++;
      this.calls.call(
        'drive',
        'permissions.delete',
        { fileId: this.id_, permissionId: p.id, supportsAllDrives: true },
        'sheetsWrite',
      );
    }
  }

  copySheetTo(sheet: string, target: Workbook): void {
    if (!(target instanceof GoogleWorkbook))
      throw new Error('Sheets are copied only between Google spreadsheets.');
    const meta = this.require(sheet);
    this.counters.writes++;
    const copy = this.calls.call<{ sheetId?: number }>(
      'sheets',
      'spreadsheets.sheets.copyTo',
      {
        spreadsheetId: this.id_,
        sheetId: meta.sheetId,
        requestBody: { destinationSpreadsheetId: target.id() },
      },
      'sheetsWrite',
    );
    // The copy is named «Копия …»: the teachers must find the sheet under its own name.
    target.update([
      {
        updateSheetProperties: {
          properties: { sheetId: copy.sheetId ?? 0, title: sheet },
          fields: 'title',
        },
      },
    ]);
    target.meta = undefined;
    target.dateColumns = undefined;
  }

  fileRole(): FileRole | null {
    return this.metadata().role;
  }

  markRole(role: FileRole): void {
    this.update([
      {
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: ROLE_KEY,
            metadataValue: role,
            location: { spreadsheet: true },
            // Only this project sees the mark, as the Apps Script adapter's PROJECT visibility.
            visibility: 'PROJECT',
          },
        },
      },
    ]);
    this.metadata().role = role;
  }

  timeZone(): string {
    return this.metadata().timeZone;
  }

  setTimeZone(timeZone: string): void {
    this.update([
      { updateSpreadsheetProperties: { properties: { timeZone }, fields: 'timeZone' } },
    ]);
    this.metadata().timeZone = timeZone;
  }
}
