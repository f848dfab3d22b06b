import type { HeaderProblemStrings } from '../domain/words';

/**
 * Strings of reading a school's sheets: headers out of place or misspelt, and a job that stopped
 * because a sheet it needs could not be read. Said so that a school secretary knows what to fix.
 */
export interface ReadersStrings extends HeaderProblemStrings {
  /** A job stopped before doing anything: the sheets it needs, and why each could not be read. */
  readonly notDone: (reasons: string) => string;
  /** One sheet of `notDone` (several are joined by «; »): its name and its first problem. */
  readonly sheetReason: (sheet: string, reason: string) => string;
}

/** A problem's sentence inside another one: lower-case start, no closing full stop. */
const sentencePart = (reason: string): string =>
  reason.charAt(0).toLowerCase() + reason.slice(1).replace(/\.$/, '');

/** Russian. */
export const readersRu: ReadersStrings = {
  headerBelow: (row) =>
    `Заголовки столбцов должны быть в строке 1, а похоже, что они в строке ${row}. ` +
    `Удалите строки над заголовками (название таблицы можно написать в имени листа).`,
  emptySheet: (columns) => `Лист пуст. В строке 1 должны быть заголовки столбцов: ${columns}.`,
  closeHeader: (found, known) =>
    `Столбец «${found}» не распознан: возможно, имелся в виду «${known}». ` +
    `Исправьте заголовок, иначе этот столбец не читается.`,
  missingColumnLike: (known, found) =>
    `Нет обязательного столбца «${known}»; похож на него столбец «${found}». Исправьте заголовок.`,
  notDone: (reasons) =>
    `не удалось прочитать ${reasons}. Ничего не сделано и ничего не отмечено как сделанное: ` +
    `исправьте лист (см. «Проблемы данных»), и задание выполнится при следующем запуске.`,
  sheetReason: (sheet, reason) => `лист «${sheet}»: ${sentencePart(reason)}`,
};

/** English. */
export const readersEn: ReadersStrings = {
  headerBelow: (row) =>
    `The column headers must be on row 1, but row ${row} looks like the header row. ` +
    `Delete the rows above the headers (a title can go into the sheet's name).`,
  emptySheet: (columns) => `The sheet is empty. Row 1 must hold the column headers: ${columns}.`,
  closeHeader: (found, known) =>
    `Column "${found}" is not recognised: did you mean "${known}"? ` +
    `Correct the header, otherwise this column is not read.`,
  missingColumnLike: (known, found) =>
    `Required column "${known}" is missing; column "${found}" looks like it. Correct the header.`,
  notDone: (reasons) =>
    `could not read ${reasons}. Nothing was done and nothing was marked as done: ` +
    `fix the sheet (see "Data problems") and the job will run at its next run.`,
  sheetReason: (sheet, reason) => `sheet "${sheet}": ${sentencePart(reason)}`,
};
