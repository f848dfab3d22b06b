/**
 * Sheet.copyTo(spreadsheet): "Copies the sheet to a given spreadsheet, which can be the same
 * spreadsheet as the source. The copied sheet is named "Copy of [original name]"" (Class Sheet,
 * developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet); the Sheets
 * API counterpart is spreadsheets.sheets.copyTo).
 */
import { isDate, isRu, type GasState } from './core';
import type { FakeDataValidation, FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet-app';

/**
 * The name Sheets gives the copy. The reference page says "Copy of [original name]"; the Russian
 * interface says «Копия …». Which setting picks the language (the account's language or the
 * file's locale) is unknown: the fakes follow the environment's locale. A taken name gets " 2",
 * " 3"… (as the googlesheets4 documentation of the same endpoint describes). Code should rename
 * the copy at once rather than predict this name.
 */
export function copyName(state: GasState, dest: FakeSpreadsheet, original: string): string {
  const base = isRu(state) ? `Копия ${original}` : `Copy of ${original}`;
  let name = base;
  for (let n = 2; dest.getSheetByName(name) !== null; n += 1) name = `${base} ${n}`;
  return name;
}

/**
 * A drop-down from a range, copied into another file: Sheets keeps the reference by sheet name,
 * and no rule can point into another file. Unknown what happens when the destination lacks that
 * sheet; the fakes drop the rule (so the destination's drop-downs must be set up again there).
 */
function repointRule(
  rule: FakeDataValidation,
  dest: FakeSpreadsheet,
): FakeDataValidation | undefined {
  if (rule._type !== 'VALUE_IN_RANGE') return rule;
  const [range, ...rest] = rule._values as [FakeRange, ...unknown[]];
  if (range._sheet._ss === dest) return rule;
  const target = dest.getSheetByName(range._sheet._name);
  if (!target) return undefined;
  if (range._row + range._numRows - 1 > target._maxRows) return undefined;
  if (range._col + range._numCols - 1 > target._maxCols) return undefined;
  const moved = target.getRange(range._row, range._col, range._numRows, range._numCols);
  return rule
    .copy()
    .withCriteria(rule._type, [moved, ...rest])
    .build();
}

/**
 * Copies values, formulas (as text: the fakes compute none; a reference to a sheet the
 * destination lacks would become #REF! in Sheets), number formats, notes, data validation rules,
 * styles, the grid size, frozen rows and columns, widths, hidden columns, the tab colour and the
 * hidden state (unknown for a hidden source; kept). A drop-down from a range follows the sheet
 * name into the destination (see repointRule). Not copied: protections and named ranges
 * (unknown for protections; Drive's copy of a whole file is reported to drop range protections,
 * so the cautious side is that the destination must protect its copy itself). The copy goes
 * last and does not become the active sheet.
 */
export function copySheet(state: GasState, source: FakeSheet, dest: FakeSpreadsheet): FakeSheet {
  const copy = dest._addSheet(copyName(state, dest, source._name), dest._sheets.length);
  copy._maxRows = source._maxRows;
  copy._maxCols = source._maxCols;
  copy._frozenRows = source._frozenRows;
  copy._frozenCols = source._frozenCols;
  copy._isHidden = source._isHidden;
  copy._tabColor = source._tabColor;
  copy._widths = new Map(source._widths);
  copy._hiddenCols = new Set(source._hiddenCols);
  const rules = new Map<FakeDataValidation, FakeDataValidation | undefined>();
  const ruleFor = (dv: FakeDataValidation): FakeDataValidation | undefined => {
    if (!rules.has(dv)) rules.set(dv, repointRule(dv, dest));
    return rules.get(dv);
  };
  copy._rows = source._rows.map((line) =>
    line?.map((cell) => {
      if (!cell) return undefined;
      const { dv, ...rest } = cell;
      const rule = dv ? ruleFor(dv) : undefined;
      return {
        ...rest,
        v: isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v,
        ...(cell.style ? { style: { ...cell.style } } : {}),
        ...(rule ? { dv: rule } : {}),
      };
    }),
  );
  return copy;
}
