/**
 * `distant district` as Cloud Run Jobs runs it: the BUILT dist/cli.js with the Dockerfile's own
 * entry command (no container engine here: the command runs as it would inside the image), two
 * tasks over three generated schools on the fake Google API server. Each school is done by exactly
 * one task, and each one's hourly run reads and writes its own spreadsheet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intlZone } from '../../src/adapters/memory/zone';
import { demoSchool } from '../../src/demo';
import { readSchools, shareOf } from '../../src/cli/live';
import { FakeGoogle } from '../support/google';

jest.setTimeout(180_000);
const ROOT = join(__dirname, '..', '..');
const zone = intlZone('Europe/Moscow');
const fake = new FakeGoogle();
const dir = mkdtempSync(join(tmpdir(), 'distant-district-'));
const SCHOOLS = ['school-a', 'school-b', 'school-c'];

beforeAll(async () => {
  await fake.start();
  for (const [i, id] of SCHOOLS.entries())
    await fake.addSpreadsheet(
      id,
      demoSchool({
        weekOf: '2026-11-27',
        zone,
        seed: 40 + i,
        classesPerGrade: 1,
        pupilsPerClass: 3,
      }),
    );
  writeFileSync(
    join(dir, 'schools.csv'),
    `spreadsheet,name\n${SCHOOLS.map((s) => `${s},Школа ${s}`).join('\n')}\n`,
  );
});
afterAll(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The Dockerfile's ENTRYPOINT + CMD, with the paths of this machine. */
function entryCommand(out: string): string[] {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const json = (key: string): string[] =>
    JSON.parse(new RegExp(`^${key} (\\[.*\\])$`, 'm').exec(text)![1]!) as string[];
  const [node, script, ...entry] = [...json('ENTRYPOINT'), ...json('CMD')];
  expect(node).toBe('node');
  return [join(ROOT, script!), ...entry]
    .map((a) => (a === '/config/schools.csv' ? join(dir, 'schools.csv') : a))
    .map((a) => (a === '/tmp/out' ? out : a))
    .filter((a) => a !== '--send');
}

it('splits three schools between two tasks without overlap', () => {
  const done: string[][] = [];
  for (const index of [0, 1]) {
    const out = join(dir, `task-${index}`);
    const run = spawnSync(process.execPath, entryCommand(out), {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        CLOUD_RUN_TASK_INDEX: String(index),
        CLOUD_RUN_TASK_COUNT: '2',
        DISTANT_GOOGLE_ROOT_URL: fake.rootUrl,
        DISTANT_GOOGLE_TOKEN: 'test-token',
      },
    });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    const summaries = JSON.parse(readFileSync(join(out, 'district.json'), 'utf8')) as Array<{
      spreadsheet: string;
      status: string;
      apiCalls: number;
    }>;
    expect(summaries.every((s) => s.status === 'ran' && s.apiCalls > 0)).toBe(true);
    done.push(summaries.map((s) => s.spreadsheet));
  }
  expect(done[0]!.filter((s) => done[1]!.includes(s))).toEqual([]);
  expect([...done[0]!, ...done[1]!].sort()).toEqual(SCHOOLS);
  expect(done.map((d) => d.length).sort()).toEqual([1, 2]);
});

it('a school the runner may not open fails alone, with the reason, and the others go on', () => {
  const csv = join(dir, 'with-missing.csv');
  writeFileSync(csv, 'spreadsheet\nschool-a\nno-such-school\n');
  const out = join(dir, 'missing');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), 'district', '--schools', csv, '--out', out],
    {
      encoding: 'utf8',
      env: { ...process.env, DISTANT_GOOGLE_ROOT_URL: fake.rootUrl, DISTANT_GOOGLE_TOKEN: 't' },
    },
  );
  expect(run.status).toBe(4);
  const summaries = JSON.parse(readFileSync(join(out, 'district.json'), 'utf8')) as Array<{
    status: string;
    error?: string;
  }>;
  // school-a ran in the test above: its state (in its own «Состояние» sheet) makes this run idle.
  expect(summaries.map((s) => s.status)).toEqual(['idle', 'failed']);
  expect(summaries[1]!.error).toMatch(/spreadsheets.get failed \(HTTP 404\)/);
});

it('every task count shares the schools out once each', () => {
  const schools = readSchools('spreadsheet;teachers\na;ta\nb;\nc;tc\nd;\ne;\n');
  expect(schools[0]).toEqual({ spreadsheet: 'a', teachers: 'ta', name: undefined });
  for (const count of [1, 2, 3, 7]) {
    const shares = Array.from({ length: count }, (_, i) => shareOf(schools, i, count));
    expect(
      shares
        .flat()
        .map((s) => s.spreadsheet)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  }
});
