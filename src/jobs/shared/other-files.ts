/**
 * Spreadsheets besides the two workbooks that hold the school's data — the per-school-year
 * archive (docs/decisions.md, «Erasing a pupil»). Erasure goes through every sheet of each, the
 * same way as through the workbooks; a capability that keeps data in another file lists it here.
 */
import type { Workbook } from '../../ports/workbook';

/** One such file, opened. */
export interface OtherFile {
  /** What the file is, for the administrator's dialog (e.g. «Архив 2025/26»). */
  readonly label: string;
  readonly workbook: Workbook;
}

/** Where the other files are found. */
export interface OtherSchoolFiles {
  /** Every file that exists now, opened (a file that cannot be opened is left out). */
  list(): readonly OtherFile[];
}
