/**
 * What can be wrong with a workbook file: the runner tells each in words (`i18n/runner.ts`).
 * `write` is an output that could not be written; the others are an input that cannot be read.
 */
export type XlsxProblem =
  'notFound' | 'notFile' | 'empty' | 'text' | 'encrypted' | 'xls' | 'notXlsx' | 'damaged' | 'write';

/** Why a workbook file could not be read or written; the runner maps it to exit code 3 or 4. */
export class XlsxFileError extends Error {
  /** The underlying error from the file system or exceljs, kept for debugging. */
  readonly cause: unknown;

  /**
   * @param message what went wrong, naming the file (for developers; people get `kind` in words)
   * @param kind what is wrong with the file
   * @param cause the underlying error, if any
   */
  constructor(
    message: string,
    readonly kind: XlsxProblem,
    cause?: unknown,
  ) {
    super(message);
    this.name = 'XlsxFileError';
    this.cause = cause;
  }
}
