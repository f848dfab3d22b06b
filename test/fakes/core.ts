import type { FakeClock } from './clock';
import type { FakeCounters } from './counters';
import type { Realm } from './realm';
import type { FakeSpreadsheet, UiRecorder } from './spreadsheet-app';
import type { FakeForm } from './form-app';
import type { TriggerRecord } from './script-app';

const rawOfProxy = new WeakMap<object, object>();

/** Base of every fake Apps Script object; the realm boundary counts calls of its public methods. */
export class GasObject {
  constructor(readonly _gasName: string) {}

  /** Real Apps Script objects print as their class name. */
  toString(): string {
    return this._gasName;
  }

  /** Methods the context must not see (test helpers, methods a given item type lacks). */
  _hidden(_prop: string): boolean {
    return false;
  }

  /**
   * Called by the realm before every call from the script (never for the tests' own raw calls):
   * throws to refuse it, e.g. a viewer's write or a write into a protected range.
   */
  _guard(_prop: string, _args: readonly unknown[]): void {}
}

/** An Apps Script service error: `name` is 'Exception' like the real ones. */
export class GasException extends Error {
  constructor(message: string, name = 'Exception') {
    super(message);
    this.name = name;
  }
}

/** Throws a GasException with the given message. */
export function fail(message: string): never {
  throw new GasException(message);
}

/** Registers `proxy` as the context-facing face of `raw` (used by the realm). */
export function registerProxy(proxy: object, raw: object): void {
  rawOfProxy.set(proxy, raw);
}

/** Tells whether `v` is a context-facing proxy of a fake. */
export function isProxy(v: unknown): boolean {
  return typeof v === 'object' && v !== null && rawOfProxy.has(v);
}

/** Returns the raw fake behind a proxy (arrays unwrapped element by element), other values unchanged. */
export function unwrap<T = unknown>(v: unknown): T {
  if (typeof v !== 'object' || v === null) return v as T;
  const raw = rawOfProxy.get(v);
  if (raw) return raw as T;
  if (Array.isArray(v)) return v.map((x) => unwrap(x)) as T;
  return v as T;
}

/** Cross-realm Date test. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Cross-realm plain-object test. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || isProxy(v)) return false;
  const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
  return proto === null || proto.constructor?.name === 'Object';
}

/** The Apps Script name of an argument's type, as in "The parameters (String,number) don't match...". */
export function typeOfArg(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return '(class)';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) return v.length > 0 ? `${typeOfArg(v[0])}[]` : 'Object[]';
  if (v instanceof GasObject) return v._gasName;
  return 'Object';
}

/** Throws the real "parameters don't match the method signature" error. */
export function badSignature(method: string, args: unknown[]): never {
  fail(
    `The parameters (${args.map(typeOfArg).join(',')}) don't match the method signature for ${method}.`,
  );
}

/** UTF-8 size of a string in bytes. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Shared state of one fake Apps Script environment. */
export interface GasState {
  realm: Realm;
  clock: FakeClock;
  counters: FakeCounters;
  timeZone: string;
  locale: string;
  /** Active user of the running execution (the test's default between executions). */
  userEmail: string;
  /** Effective user of the running execution: whose access the services check. */
  effectiveUserEmail: string;
  /** Known users, lower-case (env.users). */
  users: Set<string>;
  /** The Google Workspace domain of the school, or null for consumer (gmail.com) accounts. */
  workspaceDomain: string | null;
  addon: boolean;
  /** The kind of Google account the script runs as: its quotas and limits differ. */
  account: 'consumer' | 'workspace';
  mailQuota: number;
  spreadsheets: Map<string, FakeSpreadsheet>;
  active: FakeSpreadsheet | null;
  forms: FakeForm[];
  ui: UiRecorder;
  uiAvailable: boolean;
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  logs: string[];
  htmlFiles: Record<string, string>;
  triggers: TriggerRecord[];
  seq: number;
}

/** Next value of the environment's id sequence. */
export function nextSeq(state: GasState): number {
  state.seq += 1;
  return state.seq;
}

/** Whether the environment speaks Russian (spreadsheet locale ru / ru_RU). */
export function isRu(state: GasState): boolean {
  return /^ru/i.test(state.locale);
}

/** String(v) for any script value (Apps Script stringifies arguments the same way). */
export function asString(v: unknown): string {
  return String(v);
}
