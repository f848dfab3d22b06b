/**
 * A workbook file the runner cannot read (issue 10): each case is exit 3 and one sentence in the
 * user's language saying what to do, without a stack trace or the zip library's words.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FileProblem, runnerEn, runnerRu } from '../../src/i18n/runner';
import { distant, FIXTURES, removeTempDirs, tempDir } from '../support/cli';

jest.setTimeout(120_000);
afterAll(removeTempDirs);

/** Makes the file of a case in `dir`; returns its path. */
const CASES: Array<[string, FileProblem, (dir: string) => string]> = [
  [
    'a CSV renamed to .xlsx',
    'text',
    (dir) => write(join(dir, 'school.xlsx'), 'Класс;ФИО\r\n5А;Иванов Иван\r\n'),
  ],
  ['an empty file', 'empty', (dir) => write(join(dir, 'empty.xlsx'), '')],
  ['a file protected by a password', 'encrypted', () => join(FIXTURES, 'protected.xlsx')],
  ['an Excel 97–2003 file', 'xls', () => join(FIXTURES, 'old-format.xls')],
  [
    'an xlsx cut short by a download',
    'damaged',
    (dir) =>
      write(join(dir, 'cut.xlsx'), readFileSync(join(FIXTURES, 'school.xlsx')).subarray(0, 20_000)),
  ],
  [
    'a picture named .xlsx',
    'notXlsx',
    (dir) =>
      write(
        join(dir, 'photo.xlsx'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
  ],
  ['a folder', 'notFile', (dir) => dir],
  ['a file that is not there', 'notFound', (dir) => join(dir, 'нет такого.xlsx')],
];

function write(path: string, content: string | Buffer): string {
  writeFileSync(path, content);
  return path;
}

describe.each(CASES)('%s', (_, kind, make) => {
  it(`exit 3 with the sentence for "${kind}", in Russian; nothing written`, () => {
    const dir = tempDir();
    const path = make(dir);
    const out = join(dir, 'out');
    const run = distant('run', '--workbook', path, '--out', out);
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 3,
      stderr: `distant: ${runnerRu.errors.file[kind](path)}\n`,
    });
    expect(run.stderr).not.toMatch(/JSZip|zip|Error|\n\s+at /i);
    expect(existsSync(out)).toBe(false);
  });
});

it.each(CASES.filter(([, kind]) => kind === 'text' || kind === 'encrypted'))(
  '%s: in English with --lang en',
  (_, kind, make) => {
    const dir = tempDir();
    const path = make(dir);
    const run = distant('run', '--workbook', path, '--out', join(dir, 'out'), '--lang', 'en');
    expect(run.stderr).toBe(`distant: ${runnerEn.errors.file[kind](path)}\n`);
  },
);
