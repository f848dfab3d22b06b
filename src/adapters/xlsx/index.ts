/** The local runner's workbook file: an .xlsx export of the school spreadsheet. */
export { XlsxFileError } from './errors';
export { loadXlsx } from './load';
export { saveXlsx } from './save';
