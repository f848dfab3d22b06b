/**
 * Words of the archive of old weeks (jobs/archive-weeks): the archive file's name, what a night
 * moved, and the row counts that show nothing was lost.
 */
export interface ArchiveStrings {
  /** The archive spreadsheet of one school year, e.g. «Дистант — архив 2025/26». */
  readonly fileName: (school: string, year: string) => string;
  /** How erasure's dialog names the file. */
  readonly fileLabel: (year: string) => string;
  /** One sheet's move: rows before and after in the workbook and in the archive. */
  readonly moved: (
    sheet: string,
    rows: number,
    before: { readonly source: number; readonly archive: number },
    after: { readonly source: number; readonly archive: number },
  ) => string;
  readonly nothingToMove: string;
  /** The menu's answer: the move is left to the next hourly run. */
  readonly queued: (weeks: number) => string;
  /** The copy read back from the archive differs from the rows: nothing was deleted. */
  readonly verifyFailed: (sheet: string) => string;
}

export const archiveRu: ArchiveStrings = {
  fileName: (school, year) => `${school} — архив ${year}`,
  fileLabel: (year) => `Архив ${year}`,
  moved: (sheet, rows, before, after) =>
    `«${sheet}»: в архив перенесено строк: ${rows} (было ${before.source} + ${before.archive} в архиве, стало ${after.source} + ${after.archive}).`,
  nothingToMove: 'Старых недель для архива нет.',
  queued: (weeks) =>
    `Недели старше ${weeks} (archive_weeks) перейдут в архив учебного года при следующем запуске рассылки (в течение часа); что перенесено и сколько строк было и стало, будет в журнале запуска и на панели «Дистант».`,
  verifyFailed: (sheet) =>
    `«${sheet}»: копия в архиве не совпала с исходными строками, ничего не удалено. Проверьте файл архива.`,
};

export const archiveEn: ArchiveStrings = {
  fileName: (school, year) => `${school} — archive ${year}`,
  fileLabel: (year) => `Archive ${year}`,
  moved: (sheet, rows, before, after) =>
    `«${sheet}»: ${rows} rows moved to the archive (before ${before.source} + ${before.archive} archived, after ${after.source} + ${after.archive}).`,
  queued: (weeks) =>
    `Weeks older than ${weeks} (archive_weeks) move into the school year's archive at the next scheduled run (within the hour); what moved, with the rows before and after, is in the run's log.`,
  nothingToMove: 'No old weeks to archive.',
  verifyFailed: (sheet) =>
    `«${sheet}»: the copy in the archive did not match the rows, nothing was deleted. Check the archive file.`,
};
