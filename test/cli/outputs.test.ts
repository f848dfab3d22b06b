/**
 * Where the runner writes (issue 10): a folder holds one run's results, nothing but the runner's
 * own files is ever removed, `--out` at a file is refused in words, the console speaks the
 * workbook's language and tells the time on the school's clock.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { saveXlsx } from '../../src/adapters/xlsx';
import { demoSchool } from '../../src/demo';
import { runnerEn, runnerRu } from '../../src/i18n/runner';
import { ru } from '../../src/i18n/ru';
import { selectSteps } from '../../src/jobs/cycle';
import { distant, exitOf, removeTempDirs, tempDir } from '../support/cli';
import { checkFolder } from '../support/eml';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const letters = (out: string): string[] =>
  existsSync(join(out, 'mail')) ? readdirSync(join(out, 'mail')).sort() : [];
const summaryOf = (out: string): { outputs: string[]; now: string; localTime: string } =>
  JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

describe('the demo, then a second run into the same --out', () => {
  const out = tempDir();
  let first: string[];
  let demo: ReturnType<typeof distant>;
  beforeAll(() => {
    demo = distant('run', '--demo', '--out', out);
    expect(exitOf(demo)).toEqual({ status: 0, stderr: '' });
    first = letters(out);
  });

  it('every .eml of the demo passes the strict reading (Message-ID, lines under 998 …)', async () => {
    const result = await checkFolder(join(out, 'mail'));
    expect(result.files).toBeGreaterThan(200);
    expect(result.broken).toEqual({});
  });

  it('every job name the console prints is accepted back by --jobs', () => {
    const printed = new Set(
      demo.stdout.split('\n').flatMap((line) => /^ {2}(\S+): /.exec(line)?.[1] ?? []),
    );
    expect(printed.size).toBeGreaterThan(5);
    for (const name of printed) expect([name, selectSteps([name]).unknown]).toEqual([name, []]);
    expect(demo.stdout).toContain('время 2026-11-28 10:00 (Europe/Moscow)');
  });

  it('the second run leaves only its own letters, from 0001, and the files the person keeps', () => {
    // What a person keeps beside the results is theirs.
    writeFileSync(join(out, 'notes.txt'), 'мои заметки');
    writeFileSync(join(out, 'mail', 'письмо директору.eml'), 'Subject: x\r\n\r\nmine\r\n');
    const run = distant('run', '--demo', '--now', '2026-11-17T09:00', '--out', out);
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    const second = letters(out).filter((f) => f !== 'письмо директору.eml');
    expect(first.length).toBeGreaterThan(200);
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThan(first.length);
    expect(second[0]).toMatch(/^0001-/);
    expect(second.filter((f) => f.startsWith('0001-'))).toHaveLength(1);
    // The console's count is the folder's.
    expect(summaryOf(out).outputs).toContain(`mail/ (${second.length})`);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('мои заметки');
    expect(letters(out)).toContain('письмо директору.eml');
    // The letters, summary.json, problems.csv, both workbooks, the two reports (last week's, built
    // on Monday, and the week's own) and the dashboard.
    expect(run.stdout).toContain(runnerRu.console.cleaned(first.length + 7, out));
    // No report of the first run is left behind (its weeks were W47 and W48).
    expect(readdirSync(out).filter((f) => f.startsWith('report-'))).toEqual([
      'report-2026-W46.html',
      'report-2026-W47.html',
    ]);
  });
});

describe('--out that is not a folder', () => {
  it('a file: exit 2, a Russian sentence, the file untouched, no stack trace', () => {
    const dir = tempDir();
    const file = join(dir, 'out');
    writeFileSync(file, 'не папка');
    const run = distant('run', '--demo', '--out', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `distant: ${runnerRu.errors.outIsFile(file)}\n${runnerRu.errors.seeHelp('run')}\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('не папка');
  });

  it('a folder inside a file: exit 4, saying what stands in the way', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const out = join(dir, 'file', 'out');
    const run = distant('run', '--demo', '--out', out, '--quiet');
    expect(run.status).toBe(4);
    expect(run.stderr).toBe(
      `distant: ${runnerRu.errors.cannotWrite(out, runnerRu.writeReasons.ENOTDIR!)}\n`,
    );
  });
});

describe('the console', () => {
  it('speaks the workbook’s language and tells the time on the school’s clock', async () => {
    const dir = tempDir();
    // The school is in Yekaterinburg (its settings say so): 16:00 there is 11:00 UTC.
    const yekaterinburg = intlZone('Asia/Yekaterinburg');
    const sheets = demoSchool({
      weekOf: '2026-11-25',
      zone: yekaterinburg,
      locale: 'en',
      classesPerGrade: 1,
      pupilsPerClass: 3,
    });
    const path = join(dir, 'english.xlsx');
    await saveXlsx(new MemoryWorkbook(sheets), path, yekaterinburg);
    const out = join(dir, 'out');
    const run = distant(
      'run',
      '--workbook',
      path,
      '--now',
      '2026-11-27T16:00',
      '--out',
      out,
      '--jobs',
      'checkData',
    );
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain(`▶ ${runnerEn.console.steps.checkData}`);
    expect(run.stdout).toMatch(/^School: .*, time 2026-11-27 16:00 \(Asia\/Yekaterinburg\)$/m);
    expect(run.stdout).toMatch(/^Data problems: 0\. Results: /m);
    expect(summaryOf(out)).toMatchObject({
      now: '2026-11-27T11:00:00.000Z',
      localTime: '2026-11-27T16:00',
    });
    // problems.csv speaks it too.
    expect(readFileSync(join(out, 'problems.csv'), 'utf8')).toMatch(
      /^\uFEFFSheet;Row;Column;Value;Problem\r\n/,
    );
  });

  it('an error before the workbook is read follows --lang', () => {
    const dir = tempDir();
    const missing = join(dir, 'нет.xlsx');
    expect(
      distant('run', '--workbook', missing, '--out', join(dir, 'o'), '--lang', 'en').stderr,
    ).toBe(`distant: ${runnerEn.errors.file.notFound(missing)}\n`);
    expect(distant('run', '--workbook', missing, '--out', join(dir, 'o')).stderr).toBe(
      `distant: ${runnerRu.errors.file.notFound(missing)}\n`,
    );
    expect(ru.sheets.problems.columns.sheet).toBe('Лист');
  });
});

describe('problems.csv opens in Excel with Russian settings', () => {
  it('«;» between fields, a BOM, CRLF, quotes only where needed', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(dir, { recursive: true });
    expect(
      exitOf(
        distant(
          'run',
          '--workbook',
          join(__dirname, '..', 'fixtures', 'misspelt.xlsx'),
          '--now',
          '2026-11-27T16:00',
          '--out',
          out,
          '--jobs',
          'checkData',
          '--quiet',
        ),
      ),
    ).toEqual({ status: 0, stderr: '' });
    const csv = readFileSync(join(out, 'problems.csv'), 'utf8');
    const lines = csv.slice(1).split('\r\n');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe('Лист;Строка;Столбец;Значение;Проблема');
    expect(lines[1]).toMatch(
      /^Ученики;1;Emial родителя 2;Emial родителя 2;"Столбец «Emial родителя 2» не распознан: .*"$/,
    );
  });
});
