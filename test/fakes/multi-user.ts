/**
 * The tests' handles on several users and several files: env.as(email), env.users, env.files.
 * Raw file access here is never counted or checked; calls made through a user handle run as one
 * execution of that user, checked like the script's own.
 */
import type { FakeCache, FakeCacheService } from './cache-service';
import type { GasState } from './core';
import { guardRange } from './guards';
import type { MailState } from './mail-app';
import type { FakeProperties, FakePropertiesService } from './properties-service';
import type { TriggerControl, TriggerView } from './script-app';
import {
  applyShare,
  normEmail,
  type AccessLevel,
  type ShareSpec,
  type SharingView,
} from './sharing';
import { createSpreadsheet, FakeSpreadsheet } from './spreadsheet-app';

/** Auth modes of a call. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** Whom a call runs as, and in which auth mode. */
export interface CallOptions {
  /** The user at the keyboard: effective user, and active user unless `activeUser` says otherwise. */
  user?: string;
  /** What Session.getActiveUser() shows ('' = an unknown user). Default: `user`. */
  activeUser?: string;
  /** Default FULL. */
  authMode?: AuthModeName;
}

/** One user's view of the environment (env.as(email)). */
export interface UserHandle {
  readonly email: string;
  /** Runs a script function as this user, in AuthMode.FULL (a menu item, the sidebar). */
  call(name: string, ...args: unknown[]): unknown;
  /** Like call, in a given auth mode. */
  callAs(authMode: AuthModeName, name: string, ...args: unknown[]): unknown;
  /** This user's installable triggers. */
  triggers(): TriggerView[];
  /** Fires this user's time-driven triggers (the hourly tick), each as this user; how many ran. */
  fireTimeTriggers(): number;
  /** This user edits a range in the Sheets UI (refused like Sheets refuses it); fires onEdit and edit triggers. */
  edit(range: unknown, value: unknown, oldValue?: unknown): number;
  /** This user's user properties and user cache (raw). */
  properties(): FakeProperties;
  cache(): FakeCache;
  /** Mail recipients this user may still send today. */
  remainingMailQuota(): number;
}

/** The environment's users (env.users). */
export interface UserControl {
  /** Makes users known (lower-cased). */
  add(...emails: string[]): void;
  /** Every known user. */
  list(): string[];
}

/** Test access to every spreadsheet file (env.files); raw objects, uncounted, unchecked. */
export interface FileControl {
  /** A file that exists before the test (e.g. a teachers' workbook to link by URL). */
  create(
    name: string,
    opts?: ShareSpec & { id?: string; locale?: string; timeZone?: string },
  ): FakeSpreadsheet;
  /** A file by id or URL (throws when there is none). */
  get(idOrUrl: string): FakeSpreadsheet;
  /** Every file with its sharing, in creation order. */
  list(): Array<{ id: string; name: string; url: string } & SharingView>;
  /** Shares a file (adds to what it has; `owner` transfers it). */
  share(file: FakeSpreadsheet | string, spec: ShareSpec): void;
  /** What `email` may do with the file. */
  accessOf(file: FakeSpreadsheet | string, email: string): AccessLevel;
  /**
   * Whether `email` could write into `a1` ("'Sheet'!A1:B2", a sheet name, or the whole file when
   * omitted): file access and protections, as a write by that user would be checked.
   */
  canEdit(file: FakeSpreadsheet | string, email: string, a1?: string): boolean;
}

/** A known user's address, lower-cased; an unknown one is a test mistake (a typo passing as a stranger). */
export function knownUser(state: GasState, email: string, who: string): string {
  const e = normEmail(email);
  if (!state.users.has(e))
    throw new Error(`${who}: unknown user "${email}" (add it with env.users.add or options.users)`);
  return e;
}

/** What the user handles need from the environment. */
export interface UserApiDeps {
  callAs(how: AuthModeName | CallOptions, name: string, ...args: unknown[]): unknown;
  triggers: TriggerControl;
  props: FakePropertiesService;
  caches: FakeCacheService;
  mail: MailState;
}

/** env.users, env.files and env.as for one environment. */
export function createUserApi(
  state: GasState,
  deps: UserApiDeps,
): {
  users: UserControl;
  files: FileControl;
  as: (email: string, opts?: { activeUser?: string }) => UserHandle;
} {
  const { callAs, triggers, props, caches, mail } = deps;
  const fileOf = (file: FakeSpreadsheet | string): FakeSpreadsheet => {
    if (file instanceof FakeSpreadsheet) return file;
    const id = /\/d\/([^/]+)/.exec(file)?.[1] ?? file;
    const found = state.spreadsheets.get(id);
    if (!found) throw new Error(`env.files: no spreadsheet ${file}`);
    return found;
  };
  const files: FileControl = {
    create: (name, opts = {}) => {
      const ss = createSpreadsheet(state, name, {
        owner: opts.owner ?? state.effectiveUserEmail,
        id: opts.id,
        locale: opts.locale,
        timeZone: opts.timeZone,
      });
      applyShare(ss._sharing, { ...opts, owner: undefined });
      return ss;
    },
    get: fileOf,
    list: () =>
      [...state.spreadsheets.values()].map((ss) => ({
        id: ss._id,
        name: ss.getName(),
        url: ss.getUrl(),
        ...ss._sharing.snapshot(),
      })),
    share: (file, spec) => applyShare(fileOf(file)._sharing, spec),
    accessOf: (file, email) => fileOf(file)._sharing.level(email),
    canEdit: (file, email, a1) => {
      const ss = fileOf(file);
      const saved = state.effectiveUserEmail;
      state.effectiveUserEmail = normEmail(email);
      try {
        if (a1 === undefined) ss._sharing.requireEdit(email);
        else {
          const sheet = ss.getSheetByName(a1);
          const range = sheet ? sheet.getDataRange() : ss.getRange(a1);
          guardRange(state, range, 'setValues');
        }
        return true;
      } catch (e) {
        if (e instanceof Error && e.name === 'Exception') return false;
        throw e;
      } finally {
        state.effectiveUserEmail = saved;
      }
    },
  };
  const users: UserControl = {
    add: (...emails) => emails.forEach((e) => state.users.add(normEmail(e))),
    list: () => [...state.users],
  };
  const as = (email: string, opts: { activeUser?: string } = {}): UserHandle => {
    const user = knownUser(state, email, 'env.as');
    const how = (authMode: AuthModeName): CallOptions => ({
      user,
      authMode,
      ...(opts.activeUser === undefined ? {} : { activeUser: opts.activeUser }),
    });
    return {
      email: user,
      call: (name, ...args) => callAs(how('FULL'), name, ...args),
      callAs: (authMode, name, ...args) => callAs(how(authMode), name, ...args),
      triggers: () => triggers.list(user),
      fireTimeTriggers: () => triggers.fireTimeTriggers({ owner: user }),
      edit: (range, value, oldValue) => triggers.fireEdit(range, oldValue, value, { as: user }),
      properties: () => props._userStore(user),
      cache: () => caches._userCache(user),
      remainingMailQuota: () => mail.remainingQuota(user),
    };
  };
  return { users, files, as };
}
