/**
 * «Информирование»: one row per pupil per week saying how the family learnt the week's results —
 * a letter (to which addresses) or a call by the class teacher (which phones). The monitoring
 * report counts it (instruction §4.1: weekly monitoring of informing the participants).
 */
import { type Cell, cellText } from '../../domain/cells';
import type { Strings } from '../../i18n';
import type { Clock } from '../../ports/clock';
import type { Lock } from '../../ports/lock';
import type { Workbook } from '../../ports/workbook';
import { openSystemSheet, systemCell, systemRow } from './system-sheet';
import { underLock } from './lock';

/** How one pupil's family was informed of one week. */
export interface InformedRecord {
  readonly week: string;
  readonly pupilId: string;
  readonly class: string;
  readonly method: 'mail' | 'call';
  /** Addresses for a letter, phones for a call. */
  readonly recipients: readonly string[];
}

/** What recording did. */
export interface InformedWrite {
  readonly sheet: string;
  /** Rows added; records already on the sheet for their week and pupil are not repeated. */
  readonly written: number;
}

/**
 * Appends the records not yet on the sheet for their week and pupil: one read and one append,
 * under the document lock so that the menu and the hourly run never both add the same rows.
 */
export function recordInformed(
  ctx: { readonly workbook: Workbook; readonly clock: Clock; readonly lock: Lock },
  strings: Strings,
  records: readonly InformedRecord[],
): InformedWrite {
  return underLock(
    ctx,
    () => {
      const sheet = openSystemSheet(ctx.workbook, 'informed', strings);
      const key = (week: string, pupilId: string): string => `${week}|${pupilId}`;
      const known = new Set(
        sheet.grid
          .slice(1)
          .map((row) =>
            key(
              cellText(systemCell(sheet, row, 'week')),
              cellText(systemCell(sheet, row, 'pupilId')),
            ),
          ),
      );
      const recorded = ctx.clock.now();
      const rows: Cell[][] = [];
      for (const record of records) {
        const id = key(record.week, record.pupilId);
        if (known.has(id)) continue;
        known.add(id);
        rows.push(
          systemRow(sheet, {
            week: record.week,
            pupilId: record.pupilId,
            class: record.class,
            method: strings.summary.method[record.method],
            recipients: record.recipients.join(record.method === 'mail' ? ', ' : '; '),
            recorded,
          }),
        );
      }
      if (rows.length > 0) ctx.workbook.append(sheet.name, rows);
      return { sheet: sheet.name, written: rows.length };
    },
    strings,
  );
}
