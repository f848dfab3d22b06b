/**
 * «Согласование» (administration workbook): the administration's record of agreed lessons, read
 * into `AgreementRecord`s by lesson ID. A row without a lesson ID is a person's note and ignored.
 */
import { type AgreedLesson, agreedForm, type AgreementRecord } from '../../domain/agreement';
import { formatDateRu } from '../../domain/calendar';
import type { Located } from '../../domain/rows';
import { ALL_NAMES, type Strings } from '../../i18n';
import type { Workbook } from '../../ports/workbook';
import { openSystemSheet, systemRow } from './system-sheet';
import { type Cell, cellText, isDateValue } from '../../domain/cells';
import { lookupVocabulary } from '../../domain/parse';
import { matchHeaders } from '../../domain/table';
import type { Grid } from '../../domain/cells';

/** The records of a «Согласование» grid (row 0 = header), by lesson ID; the last row of an ID wins. */
export function agreementRecords(
  grid: Grid | null,
): Map<string, AgreementRecord & { row: number }> {
  const records = new Map<string, AgreementRecord & { row: number }>();
  if (grid === null || grid.length === 0) return records;
  const columns = matchHeaders('agreements', grid[0] ?? [], ALL_NAMES);
  const at = (row: readonly Cell[], key: string): Cell => row[columns.get(key) ?? -1] ?? '';
  grid.forEach((row, i) => {
    if (i === 0) return;
    const lessonId = cellText(at(row, 'lessonId')).trim();
    if (lessonId === '') return;
    const agreedAt = at(row, 'agreedAt');
    const comment = cellText(at(row, 'comment')).trim();
    const text = (key: string): string | undefined => {
      const value = cellText(at(row, key));
      return value === '' ? undefined : value;
    };
    records.set(lessonId, {
      row: i + 1,
      lessonId,
      agreedAs: text('agreedAs'),
      pendingAs: text('pendingAs'),
      agreedAt: isDateValue(agreedAt) ? agreedAt : undefined,
      decision: lookupVocabulary('decision', at(row, 'decision'), ALL_NAMES),
      comment: comment === '' ? undefined : comment,
    });
  });
  return records;
}

/**
 * Records, as agreed now, every lesson the schedule calls «согласовано»: what setup does once,
 * when it moves a one-file school's schedule into the teachers' workbook, so the school's past
 * and coming agreed lessons stay agreed (docs/decisions.md). Lessons already recorded are kept.
 */
export function seedAgreements(
  workbook: Workbook,
  strings: Strings,
  lessons: readonly Located<AgreedLesson>[],
  at: Date,
): number {
  const sheet = openSystemSheet(workbook, 'agreements', strings);
  const known = agreementRecords(sheet.grid);
  const rows = lessons
    .map((l) => l.value)
    .filter((l) => l.statusInSheet === 'agreed' && !known.has(l.id))
    .map((l) =>
      systemRow(sheet, {
        lessonId: l.id,
        date: formatDateRu(l.date),
        class: l.class,
        period: l.period,
        subject: l.subject,
        teacher: l.teacher,
        agreedAt: at,
        agreedAs: agreedForm(l),
      }),
    );
  if (rows.length > 0) workbook.append(sheet.name, rows);
  return rows.length;
}
