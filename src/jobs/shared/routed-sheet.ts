/**
 * «Обработанные ответы»: the processed marker of every form response the add-on routed — which
 * form, which row of its response sheet, a fingerprint of the answers and what it created. A row
 * of a response sheet without a marker (its trigger failed or never fired) is routed by the next
 * sweep; one whose fingerprint changed (the response was edited) is routed again as an update.
 */
import { cellText } from '../../domain/cells';
import type { FormKind } from '../../domain/forms';
import type { Strings } from '../../i18n';
import type { JobContext } from '../context';
import { openSystemSheet, type SystemSheet, systemCell, systemRow } from './system-sheet';

/** What a marker says of one response. */
export interface RoutedMark {
  readonly form: FormKind;
  /** The response sheet's id (its name where no id is known). */
  readonly sheetId: string;
  readonly row: number;
  readonly fingerprint: string;
  /** What the response created, to find it again on an edit (a census row's pupil and time). */
  readonly ref: string;
}

/** The markers as read, by response. */
export interface RoutedSheet {
  readonly sheet: SystemSheet;
  /** Marker and its row on the sheet, by `routedKey`. */
  readonly marks: Map<string, { readonly mark: RoutedMark; readonly at: number }>;
}

/** The key of a response among the markers. */
export function routedKey(form: FormKind, sheetId: string, row: number): string {
  return `${form}|${sheetId}|${row}`;
}

/** Reads the markers (the sheet is created when absent). */
export function openRouted(ctx: JobContext, strings: Strings): RoutedSheet {
  const sheet = openSystemSheet(ctx.workbook, 'routed', strings);
  const marks = new Map<string, { mark: RoutedMark; at: number }>();
  sheet.grid.forEach((row, i) => {
    if (i === 0) return;
    const mark: RoutedMark = {
      form: cellText(systemCell(sheet, row, 'form')) as FormKind,
      sheetId: cellText(systemCell(sheet, row, 'sheetId')),
      row: Number(systemCell(sheet, row, 'row')),
      fingerprint: cellText(systemCell(sheet, row, 'fingerprint')),
      ref: cellText(systemCell(sheet, row, 'ref')),
    };
    if (Number.isInteger(mark.row))
      marks.set(routedKey(mark.form, mark.sheetId, mark.row), { mark, at: i + 1 });
  });
  return { sheet, marks };
}

/** Writes a response's marker: over its old one, or as a new row (one write; under the lock). */
export function markRouted(ctx: JobContext, routed: RoutedSheet, mark: RoutedMark): void {
  const { sheet } = routed;
  const row = systemRow(sheet, { ...mark, routedAt: ctx.clock.now() });
  const key = routedKey(mark.form, mark.sheetId, mark.row);
  const known = routed.marks.get(key);
  if (known === undefined) {
    ctx.workbook.append(sheet.name, [row]);
    sheet.grid.push(row);
    routed.marks.set(key, { mark, at: sheet.grid.length });
  } else {
    ctx.workbook.write(sheet.name, known.at, [row]);
    sheet.grid[known.at - 1] = row;
    routed.marks.set(key, { mark, at: known.at });
  }
}
