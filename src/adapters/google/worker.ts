/**
 * The asynchronous side of the Google adapters, in a worker thread: `googleapis` clients, the
 * per-minute throttle and the retries. The jobs are synchronous (they were written for Apps
 * Script), so the main thread waits on each call through synckit (adapters/google/bridge).
 */
import { google } from 'googleapis';
import { runAsWorker } from 'synckit';
import {
  BACKOFF_MS,
  type Bucket,
  GOOGLE_QUOTAS,
  isTransient,
  type Quotas,
  Throttle,
} from './quota';

/** How the worker reaches Google. */
export interface WorkerConfig {
  /** A test server instead of Google (`googleapis`' rootUrl). */
  readonly rootUrl?: string | undefined;
  /** A service account key file; absent: application default credentials. */
  readonly keyFile?: string | undefined;
  /** The user the service account acts as (domain-wide delegation), for Gmail above all. */
  readonly subject?: string | undefined;
  readonly scopes: readonly string[];
  /** A fixed bearer token (tests): no credentials are looked up. */
  readonly accessToken?: string | undefined;
  readonly quotas?: Quotas | undefined;
  /** Waits between retries (tests shorten them). */
  readonly backoffMs?: readonly number[] | undefined;
}

/** One API call: a googleapis method by its path and its parameters. */
export interface WorkerCall {
  readonly api: 'sheets' | 'drive' | 'gmail';
  /** e.g. 'spreadsheets.values.batchGet'. */
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly bucket: Bucket;
}

/** What the main thread gets back: data, or the error as Google described it. */
export type WorkerResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly retries: number;
      readonly waitedMs: number;
    }
  | {
      readonly ok: false;
      readonly status: number | undefined;
      readonly message: string;
      readonly retries: number;
    };

/** A request to the worker: set up once, then calls. */
export type WorkerRequest =
  | { readonly kind: 'init'; readonly config: WorkerConfig }
  | { readonly kind: 'call'; readonly call: WorkerCall };

type Clients = Record<WorkerCall['api'], unknown>;
let clients: Clients | undefined;
let throttle: Throttle | undefined;
let backoff: readonly number[] = BACKOFF_MS;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function makeClients(config: WorkerConfig): Clients {
  let auth: unknown;
  if (config.accessToken !== undefined) {
    const client = new google.auth.OAuth2();
    client.setCredentials({ access_token: config.accessToken, expiry_date: Date.now() + 864e5 });
    auth = client;
  } else {
    auth = new google.auth.GoogleAuth({
      ...(config.keyFile === undefined ? {} : { keyFile: config.keyFile }),
      scopes: [...config.scopes],
      ...(config.subject === undefined ? {} : { clientOptions: { subject: config.subject } }),
    });
  }
  const options = {
    auth: auth as never,
    ...(config.rootUrl === undefined ? {} : { rootUrl: config.rootUrl }),
    // Retries are ours (they count against the throttle); gaxios' own would hide them.
    retry: false,
    // A request with no answer in two minutes is given up (and retried as a network error).
    timeout: 120_000,
  };
  return {
    sheets: google.sheets({ version: 'v4', ...options }),
    drive: google.drive({ version: 'v3', ...options }),
    gmail: google.gmail({ version: 'v1', ...options }),
  };
}

function methodOf(client: unknown, path: string): (params: unknown) => Promise<{ data: unknown }> {
  const parts = path.split('.');
  let owner: unknown = client;
  for (const part of parts.slice(0, -1)) owner = (owner as Record<string, unknown>)[part];
  const fn = (owner as Record<string, unknown>)[parts[parts.length - 1]!];
  if (typeof fn !== 'function') throw new Error(`no such API method: ${path}`);
  return (fn as (p: unknown) => Promise<{ data: unknown }>).bind(owner);
}

function describe(error: unknown): { status: number | undefined; message: string } {
  const e = error as {
    status?: number;
    code?: number | string;
    response?: { status?: number; data?: { error?: { message?: string; status?: string } } };
    message?: string;
  };
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  const google = e.response?.data?.error;
  const message = google?.message
    ? `${google.status ? `${google.status}: ` : ''}${google.message}`
    : (e.message ?? String(error));
  return { status, message };
}

async function call(request: WorkerCall): Promise<WorkerResult> {
  if (clients === undefined || throttle === undefined)
    return {
      ok: false,
      status: undefined,
      message: 'the Google adapter was not set up',
      retries: 0,
    };
  const method = methodOf(clients[request.api], request.method);
  let waitedMs = 0;
  for (let attempt = 0; ; attempt++) {
    for (let wait = throttle.take(request.bucket); wait > 0; wait = throttle.take(request.bucket)) {
      waitedMs += wait;
      await sleep(wait);
    }
    try {
      const response = await method(request.params);
      return { ok: true, data: response.data, retries: attempt, waitedMs };
    } catch (error) {
      const { status, message } = describe(error);
      // A connection dropped on the way is as transient as a 503.
      const network =
        status === undefined && /ECONNRESET|ETIMEDOUT|socket hang up|timeout/i.test(message);
      const wait = backoff[attempt];
      if (!(isTransient(status) || network) || wait === undefined)
        return { ok: false, status, message, retries: attempt };
      const jittered = wait + Math.floor(Math.random() * wait * 0.25);
      waitedMs += jittered;
      await sleep(jittered);
    }
  }
}

runAsWorker(async (request: WorkerRequest): Promise<WorkerResult> => {
  if (request.kind === 'init') {
    clients = makeClients(request.config);
    throttle = new Throttle(request.config.quotas ?? GOOGLE_QUOTAS);
    backoff = request.config.backoffMs ?? BACKOFF_MS;
    return { ok: true, data: null, retries: 0, waitedMs: 0 };
  }
  return call(request.call);
});
