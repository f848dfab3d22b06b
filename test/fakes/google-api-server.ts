/**
 * A local HTTP server answering the Sheets v4, Drive v3 and Gmail v1 endpoints the Google adapters
 * call, with `googleapis` pointed at it by `rootUrl`. It follows Google's reference pages:
 * - values.batchGet (developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet):
 *   trailing empty rows and columns are left out; UNFORMATTED_VALUE + SERIAL_NUMBER gives dates
 *   as serial numbers (days since 1899-12-30).
 * - spreadsheets.batchUpdate (…/spreadsheets/batchUpdate): requests apply in order and all or
 *   none — a bad request fails the whole call and changes nothing; updateCells writes outside the
 *   grid fail (appendDimension grows it first).
 * - spreadsheets.get with `ranges` and grid data fields gives each cell's effectiveFormat.
 * - Usage limits (…/sheets/api/limits): over quota is HTTP 429; `failNext` injects 429 and 5xx.
 * Not known and not faked: how Sheets would render a format the API never set, locales, formulas
 * (the adapters never write one), named ranges.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Zone } from '../../src/domain/calendar';
import { type Cell, type Grid, isDateValue } from '../../src/domain/cells';
import { cellFromWallClock, wallClockOf } from '../../src/adapters/xlsx/wall-clock';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

interface FakeCell {
  value: number | string | boolean;
  format?: string;
}

interface FakeSheet {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  rows: (FakeCell | undefined)[][];
  /** Number format type of whole columns (set by repeatCell over a column). */
  columnFormats: Map<number, string>;
  protectedRanges: Array<Record<string, unknown>>;
  frozen: number;
}

interface FakeSpreadsheet {
  id: string;
  title: string;
  timeZone: string;
  developerMetadata: Array<{ metadataKey: string; metadataValue: string }>;
  sheets: FakeSheet[];
}

/** A request to fail: which, how and how many times. */
interface Failure {
  readonly match: RegExp;
  readonly status: number;
  times: number;
}

/** What the server saw, for tests. */
export interface Seen {
  readonly method: string;
  readonly path: string;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason = 'INVALID_ARGUMENT',
  ) {
    super(message);
  }
}

/** Parses `'Name'!A2:L9`, `Name`, `'Name'!2:2`, `'Name'!C1:D` into 0-based bounds. */
function parseRange(range: string): {
  sheet: string;
  r0?: number;
  r1?: number;
  c0?: number;
  c1?: number;
} {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))(?:!(.*))?$/.exec(range);
  if (!m) throw new ApiError(400, `Unable to parse range: ${range}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const part = m[3];
  if (part === undefined || part === '') return { sheet };
  const [a = '', b = a] = part.split(':');
  const cell = (text: string) => {
    const x = /^([A-Z]*)(\d*)$/.exec(text);
    if (!x) throw new ApiError(400, `Unable to parse range: ${range}`);
    const col = x[1]
      ? [...x[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      : undefined;
    const row = x[2] ? Number(x[2]) - 1 : undefined;
    return { col, row };
  };
  const from = cell(a);
  const to = cell(b);
  return {
    sheet,
    ...(from.row === undefined ? {} : { r0: from.row }),
    ...(to.row === undefined ? {} : { r1: to.row + 1 }),
    ...(from.col === undefined ? {} : { c0: from.col }),
    ...(to.col === undefined ? {} : { c1: to.col + 1 }),
  };
}

/** The fake Google. */
export class GoogleApiServer {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly permissions = new Map<
    string,
    Array<{ id: string; emailAddress: string; role: string }>
  >();
  readonly sentMail: Array<{ userId: string; raw: string }> = [];
  readonly seen: Seen[] = [];
  private readonly failures: Failure[] = [];
  private server: Server | undefined;
  private nextId = 1;

  constructor(private readonly zoneFor: (id: string) => Zone) {}

  /** Starts listening on 127.0.0.1; returns the rootUrl for googleapis. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    // Idle connections stay open while a test runs: a client reusing a socket the server is just
    // closing would wait for an answer that never comes.
    this.server.keepAliveTimeout = 10 * 60_000;
    this.server.headersTimeout = 0;
    this.server.requestTimeout = 0;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next `times` requests matching `match` ("POST /v4/…") answer `status`. */
  failNext(match: RegExp, status: number, times = 1): void {
    this.failures.push({ match, status, times });
  }

  /** A spreadsheet holding these grids, with date columns formatted as setup would format them. */
  addSpreadsheet(id: string, grids: Record<string, Grid>, timeZone = 'Europe/Moscow'): void {
    const zone = this.zoneFor(timeZone);
    const sheets: FakeSheet[] = Object.entries(grids).map(([title, grid], index) => {
      const rows = grid.map((row) => row.map((v) => this.fakeCell(v, zone)));
      const columnFormats = new Map<number, string>();
      rows.forEach((row) =>
        row.forEach((cell, c) => {
          if (cell?.format && !columnFormats.has(c)) columnFormats.set(c, cell.format);
        }),
      );
      const width = Math.max(1, ...grid.map((r) => r.length));
      return {
        sheetId: 1000 + index,
        title,
        rowCount: Math.max(1000, grid.length),
        columnCount: Math.max(26, width),
        rows,
        columnFormats,
        protectedRanges: [],
        frozen: 0,
      };
    });
    this.spreadsheets.set(id, { id, title: id, timeZone, sheets, developerMetadata: [] });
  }

  private fakeCell(value: Cell, zone: Zone): FakeCell | undefined {
    if (value === null || value === '') return undefined;
    if (isDateValue(value)) {
      const wall = wallClockOf(value, zone);
      if (!wall) return undefined;
      return {
        value: (wall.wall.getTime() - EPOCH) / DAY_MS,
        format: wall.midnight ? 'DATE' : 'DATE_TIME',
      };
    }
    return { value };
  }

  /** A sheet as getValues would give it: dates as instants, trailing blanks trimmed. */
  grid(id: string, title: string): Grid {
    const book = this.spreadsheets.get(id)!;
    const sheet = book.sheets.find((s) => s.title === title);
    if (!sheet) return [];
    const zone = this.zoneFor(book.timeZone);
    const { rows, width } = this.extent(sheet);
    const out: Grid = [];
    for (let r = 0; r < rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < width; c++) {
        const cell = sheet.rows[r]?.[c];
        if (cell === undefined) row.push('');
        else if (typeof cell.value === 'number' && this.isDate(sheet, r, c))
          row.push(cellFromWallClock(new Date(EPOCH + cell.value * DAY_MS), zone));
        else row.push(cell.value);
      }
      out.push(row);
    }
    return out;
  }

  private isDate(sheet: FakeSheet, r: number, c: number): boolean {
    const format = sheet.rows[r]?.[c]?.format ?? sheet.columnFormats.get(c);
    return format === 'DATE' || format === 'DATE_TIME';
  }

  private extent(sheet: FakeSheet): { rows: number; width: number } {
    let rows = 0;
    let width = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== undefined && cell.value !== '') {
          rows = Math.max(rows, r + 1);
          width = Math.max(width, c + 1);
        }
      }),
    );
    return { rows, width };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    this.seen.push({ method, path });
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const failure = this.failures.find((f) => f.times > 0 && f.match.test(`${method} ${path}`));
    if (failure) {
      failure.times--;
      send(failure.status, {
        error: {
          code: failure.status,
          message:
            failure.status === 429
              ? 'Quota exceeded for quota metric'
              : 'Internal error encountered.',
          status: failure.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL',
        },
      });
      return;
    }
    if (req.headers.authorization === undefined) {
      send(401, {
        error: {
          code: 401,
          message: 'Request is missing required authentication credential.',
          status: 'UNAUTHENTICATED',
        },
      });
      return;
    }
    try {
      const body =
        chunks.length > 0
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
      send(200, this.route(method, path, url.searchParams, body));
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, String(error), 'INTERNAL');
      send(e.status, { error: { code: e.status, message: e.message, status: e.reason } });
    }
  }

  private book(id: string): FakeSpreadsheet {
    const book = this.spreadsheets.get(id);
    if (!book) throw new ApiError(404, 'Requested entity was not found.', 'NOT_FOUND');
    return book;
  }

  private route(
    method: string,
    path: string,
    q: URLSearchParams,
    body: Record<string, unknown>,
  ): unknown {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v4/spreadsheets') {
      const id = `created-${this.nextId++}`;
      const title = (body.properties as { title?: string } | undefined)?.title ?? id;
      this.addSpreadsheet(id, { Лист1: [] });
      this.book(id).title = title;
      this.permissions.set(id, [{ id: 'p0', emailAddress: 'runner@school.test', role: 'owner' }]);
      return { spreadsheetId: id };
    }
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(path)) && method === 'GET')
      return this.batchGet(this.book(m[1]!), q.getAll('ranges'));
    if ((m = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(path)) && method === 'POST')
      return this.batchUpdate(
        this.book(m[1]!),
        (body.requests as Array<Record<string, unknown>>) ?? [],
      );
    if (
      (m = /^\/v4\/spreadsheets\/([^/:]+)\/sheets\/(\d+):copyTo$/.exec(path)) &&
      method === 'POST'
    ) {
      const from = this.book(m[1]!);
      const sheet = from.sheets.find((s) => s.sheetId === Number(m![2]));
      if (!sheet) throw new ApiError(404, 'No sheet with id', 'NOT_FOUND');
      const to = this.book(String(body.destinationSpreadsheetId));
      const copy: FakeSheet = {
        ...structuredClone({ ...sheet, columnFormats: undefined }),
        columnFormats: new Map(sheet.columnFormats),
        sheetId: 2000 + this.nextId++,
        title: `Копия ${sheet.title}`,
      };
      to.sheets.push(copy);
      return { sheetId: copy.sheetId, title: copy.title, index: to.sheets.length - 1 };
    }
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(path)) && method === 'GET')
      return this.get(this.book(m[1]!), q.getAll('ranges'));
    if ((m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(path))) {
      const list = this.permissions.get(m[1]!) ?? [];
      this.permissions.set(m[1]!, list);
      if (method === 'GET') return { permissions: list };
      const p = {
        id: `p${this.nextId++}`,
        emailAddress: String(body.emailAddress),
        role: String(body.role),
      };
      list.push(p);
      return p;
    }
    if (
      (m = /^\/drive\/v3\/files\/([^/]+)\/permissions\/([^/]+)$/.exec(path)) &&
      method === 'DELETE'
    ) {
      const list = this.permissions.get(m[1]!) ?? [];
      this.permissions.set(
        m[1]!,
        list.filter((p) => p.id !== m![2]),
      );
      return {};
    }
    if ((m = /^\/gmail\/v1\/users\/([^/]+)\/messages\/send$/.exec(path)) && method === 'POST') {
      this.sentMail.push({ userId: m[1]!, raw: String(body.raw) });
      return {
        id: `m${this.sentMail.length}`,
        threadId: `t${this.sentMail.length}`,
        labelIds: ['SENT'],
      };
    }
    throw new ApiError(404, `Not found: ${method} ${path}`, 'NOT_FOUND');
  }

  private sheetOf(book: FakeSpreadsheet, title: string): FakeSheet {
    const sheet = book.sheets.find((s) => s.title === title);
    if (!sheet) throw new ApiError(400, `Unable to parse range: ${title}`);
    return sheet;
  }

  private get(book: FakeSpreadsheet, ranges: string[]): unknown {
    const properties = (s: FakeSheet, index: number) => ({
      sheetId: s.sheetId,
      title: s.title,
      index,
      gridProperties: {
        rowCount: s.rowCount,
        columnCount: s.columnCount,
        frozenRowCount: s.frozen,
      },
    });
    if (ranges.length === 0)
      return {
        spreadsheetId: book.id,
        properties: { title: book.title, timeZone: book.timeZone },
        developerMetadata: book.developerMetadata,
        sheets: book.sheets.map((s, i) => ({
          properties: properties(s, i),
          protectedRanges: s.protectedRanges,
        })),
      };
    // Grid data of the ranges: each range's sheet, with the effective number format of its cells.
    return {
      sheets: ranges.map((range) => {
        const r = parseRange(range);
        const sheet = this.sheetOf(book, r.sheet);
        const r0 = r.r0 ?? 0;
        const rowData = [];
        for (let row = r0; row < (r.r1 ?? sheet.rowCount); row++) {
          const values = [];
          for (let c = 0; c < sheet.columnCount; c++) {
            const type = sheet.rows[row]?.[c]?.format ?? sheet.columnFormats.get(c);
            values.push(type ? { effectiveFormat: { numberFormat: { type } } } : {});
          }
          rowData.push({ values });
        }
        return { data: [{ startRow: r0, rowData }] };
      }),
    };
  }

  private batchGet(book: FakeSpreadsheet, ranges: string[]): unknown {
    return {
      spreadsheetId: book.id,
      valueRanges: ranges.map((range) => {
        const r = parseRange(range);
        const sheet = this.sheetOf(book, r.sheet);
        const r0 = r.r0 ?? 0;
        const c0 = r.c0 ?? 0;
        const r1 = Math.min(r.r1 ?? sheet.rowCount, sheet.rowCount);
        const c1 = Math.min(r.c1 ?? sheet.columnCount, sheet.columnCount);
        const values: unknown[][] = [];
        for (let row = r0; row < r1; row++) {
          const out: unknown[] = [];
          for (let c = c0; c < c1; c++) out.push(sheet.rows[row]?.[c]?.value ?? '');
          while (out.length > 0 && out[out.length - 1] === '') out.pop();
          values.push(out);
        }
        while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
        return { range, majorDimension: 'ROWS', ...(values.length > 0 ? { values } : {}) };
      }),
    };
  }

  private batchUpdate(book: FakeSpreadsheet, requests: Array<Record<string, unknown>>): unknown {
    // All or none: the requests apply to a copy, which replaces the spreadsheet only if all pass.
    const draft: FakeSpreadsheet = {
      ...book,
      sheets: book.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((r) => [...r]),
        columnFormats: new Map(s.columnFormats),
        protectedRanges: [...s.protectedRanges],
      })),
    };
    const replies = requests.map((request) => this.apply(draft, request));
    this.spreadsheets.set(book.id, draft);
    return { spreadsheetId: book.id, replies };
  }

  private byId(book: FakeSpreadsheet, id: unknown): FakeSheet {
    const sheet = book.sheets.find((s) => s.sheetId === id);
    if (!sheet) throw new ApiError(400, `No grid with id: ${String(id)}`);
    return sheet;
  }

  private apply(book: FakeSpreadsheet, request: Record<string, unknown>): unknown {
    const [kind, raw] = Object.entries(request)[0] ?? [];
    const r = raw as Record<string, any>;
    switch (kind) {
      case 'addSheet': {
        const title = String(r.properties?.title);
        if (book.sheets.some((s) => s.title === title))
          throw new ApiError(
            400,
            `A sheet with the name "${title}" already exists. Please enter another name.`,
          );
        const sheet: FakeSheet = {
          sheetId: 3000 + this.nextId++,
          title,
          rowCount: 1000,
          columnCount: 26,
          rows: [],
          columnFormats: new Map(),
          protectedRanges: [],
          frozen: 0,
        };
        book.sheets.push(sheet);
        return {
          addSheet: {
            properties: {
              sheetId: sheet.sheetId,
              title,
              index: book.sheets.length - 1,
              gridProperties: { rowCount: 1000, columnCount: 26 },
            },
          },
        };
      }
      case 'deleteSheet':
        book.sheets = book.sheets.filter((s) => s.sheetId !== r.sheetId);
        return {};
      case 'appendDimension': {
        const sheet = this.byId(book, r.sheetId);
        if (r.dimension === 'ROWS') sheet.rowCount += Number(r.length);
        else sheet.columnCount += Number(r.length);
        return {};
      }
      case 'deleteDimension': {
        const sheet = this.byId(book, r.range.sheetId);
        const count = Number(r.range.endIndex) - Number(r.range.startIndex);
        if (r.range.dimension === 'ROWS') {
          sheet.rows.splice(Number(r.range.startIndex), count);
          sheet.rowCount -= count;
        }
        return {};
      }
      case 'updateCells': {
        const sheet = this.byId(book, r.range.sheetId);
        const r0 = Number(r.range.startRowIndex ?? 0);
        const r1 = Number(r.range.endRowIndex ?? sheet.rowCount);
        const c0 = Number(r.range.startColumnIndex ?? 0);
        const c1 = Number(r.range.endColumnIndex ?? sheet.columnCount);
        if (r1 > sheet.rowCount || c1 > sheet.columnCount)
          throw new ApiError(
            400,
            `Range (${sheet.title}!R${r1}C${c1}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
          );
        const fields = String(r.fields);
        const rows = (r.rows as Array<{ values?: Array<Record<string, any>> }> | undefined) ?? [];
        for (let row = r0; row < r1; row++) {
          for (let c = c0; c < c1; c++) {
            const data = rows[row - r0]?.values?.[c - c0] ?? {};
            if (fields.includes('userEnteredValue')) {
              const v = data.userEnteredValue as Record<string, unknown> | undefined;
              const value = v?.stringValue ?? v?.numberValue ?? v?.boolValue;
              const line = (sheet.rows[row] ??= []);
              const old = line[c];
              line[c] =
                value === undefined
                  ? undefined
                  : {
                      value: value as FakeCell['value'],
                      ...(old?.format ? { format: old.format } : {}),
                    };
            }
          }
        }
        return {};
      }
      case 'repeatCell': {
        const sheet = this.byId(book, r.range.sheetId);
        const type = r.cell?.userEnteredFormat?.numberFormat?.type as string | undefined;
        if (String(r.fields).includes('numberFormat') && type) {
          const r0 = Number(r.range.startRowIndex ?? 0);
          const r1 = Number(r.range.endRowIndex ?? sheet.rowCount);
          const c0 = Number(r.range.startColumnIndex ?? 0);
          const c1 = Number(r.range.endColumnIndex ?? sheet.columnCount);
          for (let c = c0; c < c1; c++) {
            if (r0 <= 1 && r1 >= sheet.rowCount) sheet.columnFormats.set(c, type);
            for (let row = r0; row < r1; row++) {
              const cell = sheet.rows[row]?.[c];
              if (cell) cell.format = type;
            }
          }
        }
        return {};
      }
      case 'updateSheetProperties': {
        const sheet = this.byId(book, r.properties.sheetId);
        if (r.properties.title !== undefined) sheet.title = String(r.properties.title);
        if (r.properties.gridProperties?.frozenRowCount !== undefined)
          sheet.frozen = Number(r.properties.gridProperties.frozenRowCount);
        return {};
      }
      case 'updateSpreadsheetProperties':
        if (r.properties?.timeZone) book.timeZone = String(r.properties.timeZone);
        return {};
      case 'setDataValidation':
        return {};
      case 'createDeveloperMetadata':
        book.developerMetadata = [
          ...book.developerMetadata,
          {
            metadataKey: String(r.developerMetadata?.metadataKey),
            metadataValue: String(r.developerMetadata?.metadataValue),
          },
        ];
        return {};
      case 'addProtectedRange': {
        const sheet = this.byId(book, r.protectedRange.range.sheetId);
        const protectedRangeId = this.nextId++;
        sheet.protectedRanges.push({ ...r.protectedRange, protectedRangeId });
        return { addProtectedRange: { protectedRange: { ...r.protectedRange, protectedRangeId } } };
      }
      case 'updateProtectedRange': {
        const sheet = this.byId(book, r.protectedRange.range.sheetId);
        sheet.protectedRanges = sheet.protectedRanges.map((p) =>
          p.protectedRangeId === r.protectedRange.protectedRangeId
            ? { ...p, ...r.protectedRange }
            : p,
        );
        return {};
      }
      default:
        throw new ApiError(400, `Invalid requests[0]: unknown request ${String(kind)}`);
    }
  }
}
