/**
 * The Google adapters against the fake Google API server (test/fakes/google-api-server), each in
 * its own thread: the server, and the adapters' worker (built here with esbuild, as the build
 * builds it into dist/). Used by the job tests that run on both adapters.
 */
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { googleCalls, type GoogleCalls } from '../../src/adapters/google/bridge';
import { GoogleFiles } from '../../src/adapters/google/files';
import { GmailMailer } from '../../src/adapters/google/mailer';
import type { GoogleWorkbook } from '../../src/adapters/google/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import type { Grid } from '../../src/domain/cells';

const OUT = join(__dirname, '..', '..', 'node_modules', '.cache', 'distant-test');

function built(entry: string, name: string): string {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, name);
  buildSync({
    entryPoints: [join(__dirname, '..', '..', entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** The fake server, driven from the test's thread. */
export class FakeGoogle {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  rootUrl = '';

  constructor() {
    this.worker = new Worker(built('test/fakes/google-api-thread.ts', 'google-api-thread.js'));
    this.worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.result);
    });
  }

  private ask<T>(op: string, ...args: unknown[]): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  async start(): Promise<string> {
    this.rootUrl = await this.ask<string>('start');
    return this.rootUrl;
  }

  async stop(): Promise<void> {
    await this.ask('stop');
    await this.worker.terminate();
  }

  addSpreadsheet(
    id: string,
    grids: Record<string, Grid>,
    timeZone = 'Europe/Moscow',
  ): Promise<void> {
    return this.ask('addSpreadsheet', id, grids, timeZone);
  }

  grid(id: string, sheet: string): Promise<Grid> {
    return this.ask('grid', id, sheet);
  }

  sheetNames(id: string): Promise<string[]> {
    return this.ask('sheetNames', id);
  }

  failNext(match: RegExp, status: number, times = 1): Promise<void> {
    return this.ask('failNext', match, status, times);
  }

  sentMail(): Promise<Array<{ userId: string; raw: string }>> {
    return this.ask('sentMail');
  }

  seen(): Promise<Array<{ method: string; path: string }>> {
    return this.ask('seen');
  }

  permissions(id: string): Promise<Array<{ id: string; emailAddress: string; role: string }>> {
    return this.ask('permissions', id);
  }
}

/** The adapters of one spreadsheet over the fake server. */
export interface GoogleSide {
  readonly calls: GoogleCalls;
  readonly files: GoogleFiles;
  readonly workbook: GoogleWorkbook;
  readonly mailer: GmailMailer;
}

let workerPath: string | undefined;

/** Calls to the fake server (short backoff so that retries take milliseconds). */
export function fakeCalls(
  rootUrl: string,
  backoffMs: readonly number[] = [5, 10, 20],
): GoogleCalls {
  workerPath ??= built('src/adapters/google/worker.ts', 'google-worker.js');
  return googleCalls(
    {
      rootUrl,
      accessToken: 'test-token',
      scopes: [],
      backoffMs,
      // The throttle has tests of its own; here it must not slow thousands of calls down.
      quotas: { sheetsRead: 1e6, sheetsWrite: 1e6, gmailSend: 1e6 },
    },
    workerPath,
  );
}

/** A spreadsheet's workbook, files and mailer over the fake server. */
export function googleSide(
  rootUrl: string,
  spreadsheetId: string,
  calls = fakeCalls(rootUrl),
): GoogleSide {
  const files = new GoogleFiles(calls, 'runner@school.test', intlZone);
  return {
    calls,
    files,
    workbook: files.workbook(spreadsheetId),
    mailer: new GmailMailer({ calls, from: 'school@school.test', dailyRecipients: 1500 }),
  };
}
