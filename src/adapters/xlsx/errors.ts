/** Why a workbook file could not be read or written; the runner maps it to exit code 3. */
export class XlsxFileError extends Error {
  /** The underlying error from the file system or exceljs, kept for debugging. */
  readonly cause: unknown;

  /**
   * @param message what went wrong, naming the file
   * @param cause the underlying error, if any
   */
  constructor(message: string, cause?: unknown) {
    super(message);
    this.name = 'XlsxFileError';
    this.cause = cause;
  }
}
