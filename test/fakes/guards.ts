/**
 * What each Spreadsheet, Sheet and Range call needs, checked for the script's effective user
 * before the call runs: reads need access to the file; writes need edit access and must not
 * touch a protected area the user may not edit. The tests' own (raw) calls are never checked.
 */
import type { GasState } from './core';
import { checkProtections, type Rect } from './protection';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet-app';

const RANGE_WRITE = /^(set|clear|insert|remove|merge|sort|protect|breakApart|trim|copy|move)/;
const SHEET_STRUCTURE = /^(set|insert|hide|show|autoResize|protect|move)/;
const SPREADSHEET_WRITE = new Set([
  'insertSheet',
  'deleteSheet',
  'deleteActiveSheet',
  'moveActiveSheet',
  'rename',
  'setSpreadsheetTimeZone',
  'setSpreadsheetLocale',
  'setNamedRange',
  'removeNamedRange',
  'addEditor',
  'addEditors',
  'removeEditor',
  'addViewer',
  'addViewers',
  'removeViewer',
  'addDeveloperMetadata',
]);

function whole(sheet: FakeSheet): Rect {
  return { row: 1, col: 1, numRows: sheet._maxRows, numCols: sheet._maxCols };
}

/** Range calls: writes need edit access and an unprotected (or own) area. */
export function guardRange(state: GasState, range: FakeRange, prop: string): void {
  const sharing = range._sheet._ss._sharing;
  const caller = state.effectiveUserEmail;
  if (!RANGE_WRITE.test(prop)) return sharing.requireView(caller);
  sharing.requireEdit(caller);
  // Protecting needs edit access only; a new protection never unlocks an older one.
  if (prop === 'protect') return;
  checkProtections(state, range._sheet, {
    row: range._row,
    col: range._col,
    numRows: range._numRows,
    numCols: range._numCols,
  });
}

/** Sheet calls: cell writes check the cells they touch, structural changes the sheet protection. */
export function guardSheet(
  state: GasState,
  sheet: FakeSheet,
  prop: string,
  args: readonly unknown[],
): void {
  const sharing = sheet._ss._sharing;
  const caller = state.effectiveUserEmail;
  const n = (i: number, dflt = 1): number => (typeof args[i] === 'number' ? args[i] : dflt);
  let rect: Rect | 'structure' | null = null;
  if (prop === 'appendRow') {
    const width = Array.isArray(args[0]) ? Math.max(1, args[0].length) : 1;
    rect = { row: sheet._lastRow() + 1, col: 1, numRows: 1, numCols: width };
  } else if (prop === 'deleteRows' || prop === 'deleteRow') {
    rect = { row: n(0), col: 1, numRows: n(1), numCols: sheet._maxCols };
  } else if (prop === 'deleteColumns' || prop === 'deleteColumn') {
    rect = { row: 1, col: n(0), numRows: sheet._maxRows, numCols: n(1) };
  } else if (prop.startsWith('clear') || prop === 'sort') {
    rect = whole(sheet);
  } else if (SHEET_STRUCTURE.test(prop)) {
    rect = 'structure';
  }
  if (prop === 'copyTo') {
    // The copy is a read of this sheet and a write into the destination.
    sharing.requireView(caller);
    const dest = args[0] as FakeSpreadsheet | undefined;
    dest?._sharing?.requireEdit(caller);
    return;
  }
  if (rect === null) return sharing.requireView(caller);
  sharing.requireEdit(caller);
  if (prop !== 'protect') checkProtections(state, sheet, rect);
}

/** Spreadsheet calls: structure and sharing need edit access; deleting a sheet needs its protections. */
export function guardSpreadsheet(
  state: GasState,
  ss: FakeSpreadsheet,
  prop: string,
  args: readonly unknown[],
): void {
  const caller = state.effectiveUserEmail;
  if (!SPREADSHEET_WRITE.has(prop)) return ss._sharing.requireView(caller);
  ss._sharing.requireEdit(caller);
  const target =
    prop === 'deleteSheet'
      ? (args[0] as FakeSheet | undefined)
      : prop === 'deleteActiveSheet' || prop === 'moveActiveSheet'
        ? ss._active
        : undefined;
  if (target && ss._sheets.includes(target)) {
    checkProtections(state, target, 'structure');
    if (prop !== 'moveActiveSheet') checkProtections(state, target, whole(target));
  }
}
