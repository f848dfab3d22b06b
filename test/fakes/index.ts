import type vm from 'node:vm';
import { FakeCacheService, type FakeCache } from './cache-service';
import { FakeClock } from './clock';
import { fail, type GasState } from './core';
import { FakeCounters } from './counters';
import { FakeFormApp, type FakeForm } from './form-app';
import { FakeHtmlService } from './html-service';
import { FakeCardService } from './card-service';
import { FakeLockService, LockState } from './lock-service';
import { FakeMailApp, MailState } from './mail-app';
import { FakePropertiesService, type FakeProperties } from './properties-service';
import { Realm } from './realm';
import {
  createUserApi,
  knownUser,
  type AuthModeName,
  type CallOptions,
  type FileControl,
  type UserControl,
  type UserHandle,
} from './multi-user';
import { missingScope } from './scopes';
import { FakeScriptApp, NOT_FOUND, TriggerControl } from './script-app';
import { FakeSession } from './session';
import { applyShare, normEmail, type ShareSpec } from './sharing';
import { FakeSpreadsheet, FakeSpreadsheetApp, UiRecorder } from './spreadsheet-app';
import { FakeLogger, FakeUtilities, createRecordingConsole } from './utilities';

export { FakeClock } from './clock';
export { FakeCounters } from './counters';
export { formatDate } from './utilities';
export type { SentMail } from './mail-app';
export type { MenuRecord, MenuItemRecord, DialogRecord, CellValue } from './spreadsheet-app';
export { MESSAGES } from './sharing';
export type { AccessLevel, DomainAccess, ShareSpec, SharingView } from './sharing';
export type { TriggerView } from './script-app';
export type { AuthModeName, CallOptions, FileControl, UserControl, UserHandle } from './multi-user';
export type { FakeSpreadsheet } from './spreadsheet-app';

/** Options of createGasEnvironment. */
export interface GasEnvironmentOptions {
  /** Start of the fake clock (default 2026-09-01T06:00:00Z). */
  now?: Date | string;
  /** Script and spreadsheet time zone (default 'Europe/Moscow'). */
  timeZone?: string;
  /** Active user's e-mail (default 'admin@school.test'; '' simulates an unknown user). */
  userEmail?: string;
  /** Effective user / owner (default: userEmail, or 'admin@school.test' when that is ''). */
  effectiveUserEmail?: string;
  /** Consumer (gmail.com, the default) or Google Workspace: quotas and mail limits follow it. */
  account?: 'consumer' | 'workspace';
  /** Mail recipients per day (default 100 on a consumer account, 1500 on Workspace). */
  mailQuota?: number;
  /** Editor add-on trigger rules (default true). */
  addon?: boolean;
  /** Spreadsheet locale (default 'en_US'; 'ru_RU' gives Russian sheet names and display values). */
  locale?: string;
  /** Bound spreadsheet's name and id. */
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** The fake clock advances this much on every service call (default 0). */
  callLatencyMs?: number;
  /** Execution time limit enforced per call / trigger run (default 6 minutes). */
  executionLimitMs?: number;
  /** Project HTML files for HtmlService.create*FromFile. */
  htmlFiles?: Record<string, string>;
  /** Users besides the default one (e-mail addresses); everyone a file is shared with is known too. */
  users?: readonly string[];
  /** The school's Google Workspace domain (e.g. 'school.example'); default: consumer accounts. */
  workspaceDomain?: string;
  /**
   * Sharing of the bound spreadsheet: owner (default: the effective user), editors, viewers, the
   * domain's general access (Workspace only). E.g. "the school's one file is shared with every
   * teacher": `{ editors: teachers }`.
   */
  spreadsheetSharing?: ShareSpec;
  /** The manifest's oauthScopes: when given, calls needing another scope are refused (scopes.ts). */
  oauthScopes?: readonly string[];
}

/** Test access to forms (env.forms). */
export interface FormControl {
  /** Snapshots of every created form with its items. */
  list(): Array<Record<string, unknown>>;
  /** The raw form (uncounted). */
  get(formOrId: unknown): FakeForm;
  /** Submits answers keyed by question title; returns the spreadsheet form-submit event (null without destination). */
  submit(
    formOrId: unknown,
    answers: Record<string, string | string[] | number | Date>,
    opts?: { email?: string },
  ): Record<string, unknown> | null;
}

/** A complete fake Apps Script environment around one vm context. */
export interface GasEnvironment {
  /** The vm context: ECMAScript built-ins, the fake services, a recording console, a clock-driven Date. */
  context: vm.Context;
  /** Runs script source (the bundle) in the context, as one execution. */
  load(code: string, filename?: string): void;
  /** Calls a top-level function of the script in AuthMode.FULL; arguments and result cross the realm boundary. */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Like call, in a given auth mode (onOpen in NONE, simple triggers in LIMITED), or as a given
   * user: `callAs({ user: 'teacher@school.test' }, 'checkData')`.
   */
  callAs(how: AuthModeName | CallOptions, name: string, ...args: unknown[]): unknown;
  /** One user's handle: `env.as('teacher@school.test').call('checkData')`. */
  as(email: string, opts?: { activeUser?: string }): UserHandle;
  users: UserControl;
  files: FileControl;
  clock: FakeClock;
  counters: FakeCounters;
  /** The bound spreadsheet (raw: calls from tests are not counted) with the test helpers. */
  spreadsheet: FakeSpreadsheet;
  mail: MailState;
  triggers: TriggerControl;
  locks: LockState;
  forms: FormControl;
  ui: UiRecorder;
  properties: { script: FakeProperties; document: FakeProperties; user: FakeProperties };
  caches: { script: FakeCache; document: FakeCache; user: FakeCache };
  /** console and Logger lines (console.warn / console.error prefixed 'WARN ' / 'ERROR '). */
  logs: string[];
  /** Project HTML files by name, for HtmlService.create*FromFile. */
  htmlFiles: Record<string, string>;
  /** Changes the simulated latency of every later service call (a slow day after a quick setup). */
  setCallLatency(ms: number): void;
}

const SCOPES: Record<string, string> = {
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  FormApp: 'https://www.googleapis.com/auth/forms',
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets',
};
const LIMITED_DENIED = new Set([
  'ScriptApp.newTrigger',
  'ScriptApp.getProjectTriggers',
  'ScriptApp.getUserTriggers',
  'ScriptApp.deleteTrigger',
  'SpreadsheetApp.openById',
  'SpreadsheetApp.openByUrl',
  'SpreadsheetApp.create',
]);
const NONE_ALLOWED = new Set([
  'Ui',
  'Menu',
  'Logger',
  'SpreadsheetApp.getUi',
  'Session.getActiveUserLocale',
]);

/** Creates the fakes, the vm context holding them, and the test controls. */
export function createGasEnvironment(options: GasEnvironmentOptions = {}): GasEnvironment {
  const clock = new FakeClock(options.now);
  const counters = new FakeCounters();
  const limits = {
    callLatencyMs: options.callLatencyMs ?? 0,
    executionLimitMs: options.executionLimitMs ?? 6 * 60 * 1000,
  };
  const realm = new Realm(clock, counters, limits);
  const userEmail = options.userEmail ?? 'admin@school.test';
  const effectiveUserEmail = options.effectiveUserEmail ?? (userEmail || 'admin@school.test');
  const state: GasState = {
    realm,
    clock,
    counters,
    timeZone: options.timeZone ?? 'Europe/Moscow',
    locale: options.locale ?? 'en_US',
    userEmail,
    effectiveUserEmail,
    users: new Set(
      [effectiveUserEmail, userEmail, ...(options.users ?? [])]
        .filter((e) => e !== '')
        .map(normEmail),
    ),
    workspaceDomain: options.workspaceDomain ? normEmail(options.workspaceDomain) : null,
    addon: options.addon ?? true,
    account: options.account ?? 'consumer',
    mailQuota: options.mailQuota ?? (options.account === 'workspace' ? 1500 : 100),
    spreadsheets: new Map(),
    active: null,
    forms: [],
    ui: new UiRecorder(),
    uiAvailable: true,
    authMode: 'FULL',
    logs: [],
    htmlFiles: { ...options.htmlFiles },
    triggers: [],
    seq: 0,
  };
  const ssId = options.spreadsheetId ?? '1DistantFakeSpreadsheetId000000000000000000';
  const spreadsheet = new FakeSpreadsheet(
    state,
    ssId,
    options.spreadsheetName ?? 'Дистант',
    state.timeZone,
    state.locale,
  );
  state.spreadsheets.set(ssId, spreadsheet);
  state.active = spreadsheet;
  if (options.spreadsheetSharing) applyShare(spreadsheet._sharing, options.spreadsheetSharing);

  const granted = options.oauthScopes ? new Set(options.oauthScopes) : null;
  realm.guard = (service, method) => {
    const full = `${service}.${method}`;
    const scope = granted && missingScope(granted, service, method);
    if (scope) fail(scope);
    if (state.authMode === 'FULL') return;
    const denied =
      state.authMode === 'NONE'
        ? !NONE_ALLOWED.has(service) && !NONE_ALLOWED.has(full)
        : service === 'MailApp' || service === 'FormApp' || LIMITED_DENIED.has(full);
    if (denied) {
      const scope = SCOPES[service];
      fail(
        `You do not have permission to call ${full}.${scope ? ` Required permissions: ${scope}` : ''}`,
      );
    }
  };

  const mail = new MailState(state);
  const locks = new LockState();
  const props = new FakePropertiesService(state);
  const caches = new FakeCacheService(state);
  const services = {
    SpreadsheetApp: new FakeSpreadsheetApp(state),
    MailApp: new FakeMailApp(state, mail),
    ScriptApp: new FakeScriptApp(state, '1FakeScriptIdDistant0000000000000000000000000000000000'),
    PropertiesService: props,
    LockService: new FakeLockService(state, locks),
    CacheService: caches,
    Session: new FakeSession(state),
    Utilities: new FakeUtilities(state),
    Logger: new FakeLogger(state),
    FormApp: new FakeFormApp(state),
    HtmlService: new FakeHtmlService(state),
    CardService: new FakeCardService(),
  };
  for (const [name, service] of Object.entries(services)) realm.define(name, service);
  realm.define('console', createRecordingConsole(state));

  /** One execution: its auth mode, its UI, and whom it runs as (default: the test's default user). */
  const execute = (
    fn: () => unknown,
    ui: boolean,
    authMode: GasState['authMode'],
    who: { effective?: string; active?: string } = {},
  ): unknown => {
    const saved = {
      ui: state.uiAvailable,
      auth: state.authMode,
      active: state.userEmail,
      effective: state.effectiveUserEmail,
    };
    state.uiAvailable = ui;
    state.authMode = authMode;
    if (who.effective !== undefined) state.effectiveUserEmail = who.effective;
    if (who.active !== undefined) state.userEmail = who.active;
    realm.setExecutionStart(clock.nowMs());
    try {
      return fn();
    } finally {
      locks.releaseAll();
      realm.setExecutionStart(null);
      state.uiAvailable = saved.ui;
      state.authMode = saved.auth;
      state.userEmail = saved.active;
      state.effectiveUserEmail = saved.effective;
    }
  };
  const lookup = (name: string): ((...a: unknown[]) => unknown) | undefined => {
    let fn = realm.sandbox[name];
    if (typeof fn !== 'function' && /^[A-Za-z_$][\w$]*$/.test(name)) {
      fn = realm.run(`typeof ${name} === 'function' ? ${name} : undefined`, 'lookup.js');
    }
    return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown) : undefined;
  };
  const callAs = (how: AuthModeName | CallOptions, name: string, ...args: unknown[]): unknown => {
    const o: CallOptions = typeof how === 'string' ? { authMode: how } : how;
    const who =
      o.user === undefined
        ? o.activeUser === undefined
          ? {}
          : { active: o.activeUser }
        : {
            effective: knownUser(state, o.user, 'env.callAs'),
            active: o.activeUser ?? normEmail(o.user),
          };
    const fn = lookup(name);
    if (!fn) throw new Error(`env.call: "${name}" is not a function defined by the loaded script`);
    return realm.toHost(
      execute(() => fn(...args.map((a) => realm.toContext(a))), true, o.authMode ?? 'FULL', who),
    );
  };

  const triggers = new TriggerControl(state, (handler, event, opts) => {
    const fn = lookup(handler);
    if (!fn) {
      if (handler === 'onEdit' || handler === 'onOpen') return NOT_FOUND;
      throw new Error(`Script function not found: ${handler}`);
    }
    return execute(() => fn(realm.toContext(event)), opts.ui, opts.authMode as AuthModeName, {
      effective: opts.effective,
      active: opts.active,
    });
  });

  const formOf = (formOrId: unknown): FakeForm => {
    const id = typeof formOrId === 'string' ? formOrId : (formOrId as { getId(): string }).getId();
    const form = state.forms.find((f) => f._id === id);
    if (!form) throw new Error(`env.forms: no form ${id}`);
    return form;
  };
  const forms: FormControl = {
    list: () => state.forms.map((f) => f._snapshot()),
    get: formOf,
    submit: (formOrId, answers, opts) => {
      const event = formOf(formOrId)._submit(answers, opts?.email ?? state.userEmail);
      return event ? (realm.toContext(event) as Record<string, unknown>) : null;
    },
  };

  const { users, files, as } = createUserApi(state, { callAs, triggers, props, caches, mail });

  return {
    context: realm.context,
    load: (code, filename) => {
      execute(() => realm.run(code, filename), true, 'FULL');
    },
    call: (name, ...args) => callAs('FULL', name, ...args),
    callAs,
    as,
    users,
    files,
    clock,
    counters,
    spreadsheet,
    mail,
    triggers,
    locks,
    forms,
    ui: state.ui,
    properties: props._stores,
    caches: caches._caches,
    logs: state.logs,
    htmlFiles: state.htmlFiles,
    setCallLatency: (ms: number) => {
      limits.callLatencyMs = ms;
    },
  };
}
