/**
 * Running the BUILT runner (dist/cli.js, made by `npm test`'s build) as people run it: a child
 * process, its exit code and output; temporary folders removed after the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
export const FIXTURES = join(__dirname, '..', 'fixtures');

/** What a run of `distant` gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js …args`. */
export function distant(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The exit status, with the error output only when it failed (to show why). */
export function exitOf(run: CliRun): { status: number | null; stderr: string } {
  return { status: run.status, stderr: run.status === 0 ? '' : run.stderr };
}

/** Temporary folders that `removeTempDirs` (call it in afterAll) deletes. */
const dirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'distant-cli-'));
  dirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
