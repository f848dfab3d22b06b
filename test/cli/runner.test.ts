/**
 * The local runner as people run it: the BUILT dist/cli.js in a child process (`npm test` builds
 * first). Exit codes are the contract of docs/contracts.md «Runner»: 0 done, 2 bad arguments, 3 unreadable workbook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { loadXlsx, saveXlsx } from '../../src/adapters/xlsx';
import { demoSchool } from '../../src/demo';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const zone = intlZone('Europe/Moscow');
const DEMO_NOW = '2026-11-28T10:00';

jest.setTimeout(120_000);

/** Runs `node dist/cli.js …args`; returns the exit code and the output. */
function distant(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The exit status, with the error output only when it failed (to show why). */
function exitOf(run: ReturnType<typeof distant>): { status: number | null; stderr: string } {
  return { status: run.status, stderr: run.status === 0 ? '' : run.stderr };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'distant-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('distant run --demo', () => {
  const out = tempDir();
  let run: ReturnType<typeof distant>;
  beforeAll(() => {
    run = distant('run', '--demo', '--out', out, '--quiet');
  });

  it('exits 0 and writes summary.json, problems.csv and both workbooks', () => {
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    for (const file of ['summary.json', 'problems.csv', 'administration.xlsx', 'teachers.xlsx'])
      expect([file, existsSync(join(out, file))]).toEqual([file, true]);
  });

  it('summarises the run: the moment, the school, the jobs and the problems', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      now: string;
      timeZone: string;
      source: string;
      school: string;
      jobs: Array<{ job: string }>;
      problems: number;
      messagesByJob: Record<string, number>;
    };
    expect(summary.now).toBe(zoneInstant(DEMO_NOW));
    expect(summary.timeZone).toBe('Europe/Moscow');
    expect(summary.source).toBe('demo');
    expect(summary.school).not.toBe('');
    expect(summary.jobs.map((j) => j.job)).toEqual(expect.arrayContaining(['checkData']));
    expect(typeof summary.problems).toBe('number');
    const csv = readFileSync(join(out, 'problems.csv'), 'utf8');
    // «;» and a BOM: what Excel with Russian settings opens as columns of Cyrillic text.
    expect(csv.startsWith('\uFEFFЛист;Строка;Столбец;Значение;Проблема\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(summary.problems + 1);
  });

  it('the workbooks it wrote run again: exit 0, and its output reads back the same data', async () => {
    const again = tempDir();
    const second = distant(
      'run',
      '--workbook',
      join(out, 'administration.xlsx'),
      '--teachers',
      join(out, 'teachers.xlsx'),
      '--out',
      again,
      '--now',
      DEMO_NOW,
      '--quiet',
    );
    expect(exitOf(second)).toEqual({ status: 0, stderr: '' });
    for (const file of ['administration.xlsx', 'teachers.xlsx']) {
      const before = await loadXlsx(join(out, file), zone);
      const after = await loadXlsx(join(again, file), zone);
      expect(after.sheetNames()).toEqual(before.sheetNames());
      // Last week's report is built again on Monday of the replay, from a workbook that already
      // holds this week's answers and requests: it is the one sheet that may say more.
      const rebuilt = 'Отчёт 2026-W47';
      if (file === 'administration.xlsx') expect(before.sheetNames()).toContain(rebuilt);
      for (const name of before.sheetNames().filter((n) => n !== rebuilt))
        expect([file, name, after.peek(name)]).toEqual([file, name, before.peek(name)]);
    }
    // And it is the school that went in: the demo's pupils, row for row, with the administration;
    // the teachers' copy without a single contact of a family.
    const pupils = demoSchool({ weekOf: DEMO_NOW.slice(0, 10), zone })['Ученики']!;
    const admin = await loadXlsx(join(again, 'administration.xlsx'), zone);
    expect(admin.peek('Ученики')).toEqual(pupils);
    const teachers = await loadXlsx(join(again, 'teachers.xlsx'), zone);
    expect(teachers.peek('Ученики')[0]).toEqual(['ID', 'ФИО', 'Класс', 'Обучается']);
    expect(teachers.peek('Расписание').length).toBeGreaterThan(100);
  });
});

describe('a workbook the runner cannot use', () => {
  it('lacking «Ученики»: exits 3 naming the sheet', async () => {
    const dir = tempDir();
    const sheets = demoSchool({ weekOf: DEMO_NOW.slice(0, 10), zone });
    delete sheets['Ученики'];
    const path = join(dir, 'no-pupils.xlsx');
    await saveXlsx(new MemoryWorkbook(sheets), path, zone);
    const run = distant('run', '--workbook', path, '--out', join(dir, 'out'), '--quiet');
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('Ученики');
    expect(existsSync(join(dir, 'out', 'summary.json'))).toBe(false);
  });

  it('a file that is not xlsx: exits 3', () => {
    const dir = tempDir();
    const path = join(dir, 'school.xlsx');
    writeFileSync(path, 'Класс;ФИО\n5А;Иванов\n');
    const run = distant('run', '--workbook', path, '--out', join(dir, 'out'));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(path);
  });

  it('a file that does not exist: exits 3', () => {
    const dir = tempDir();
    const run = distant('run', '--workbook', join(dir, 'missing.xlsx'), '--out', join(dir, 'out'));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('missing.xlsx');
  });
});

describe('bad arguments exit 2 with the usage', () => {
  it.each([
    [['run']],
    [['run', '--demo', '--now', 'yesterday']],
    [['frobnicate']],
    [['run', '--demo', '--workbook', 'school.xlsx']],
    [['run', '--demo', '--colour', 'green']],
  ])('%j', (args) => {
    const dir = tempDir();
    const run = distant(...args, '--out', join(dir, 'out'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('distant run');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

/** The instant of a Moscow wall-clock reading `YYYY-MM-DDTHH:MM`, as ISO text. */
function zoneInstant(local: string): string {
  return new Date(`${local}:00+03:00`).toISOString();
}
