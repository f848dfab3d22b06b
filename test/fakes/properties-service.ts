import { GasObject, byteLength, fail, isPlainObject, type GasState } from './core';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

/** One property store (script, document or user): strings only, 9 KB per value, 500 KB per store. */
export class FakeProperties extends GasObject {
  private map = new Map<string, string>();

  constructor(readonly _kind: 'script' | 'document' | 'user') {
    super('Properties');
  }

  private size(map: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of map) n += byteLength(k) + byteLength(v);
    return n;
  }
  private commit(next: Map<string, string>): void {
    for (const v of next.values())
      if (byteLength(v) > VALUE_LIMIT) fail('Argument too large: value');
    if (this.size(next) > STORE_LIMIT) {
      fail(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.map = next;
  }

  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): FakeProperties {
    if (key === undefined || key === null) fail('Invalid argument: key');
    const next = new Map(this.map);
    next.set(String(key), String(value));
    this.commit(next);
    return this;
  }
  setProperties(props: unknown, deleteAllOthers = false): FakeProperties {
    if (!isPlainObject(props)) fail('Invalid argument: properties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of Object.entries(props)) next.set(k, String(v));
    this.commit(next);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    return [...this.map.keys()];
  }
  deleteProperty(key: string): FakeProperties {
    this.map.delete(String(key));
    return this;
  }
  deleteAllProperties(): FakeProperties {
    this.map.clear();
    return this;
  }
  /** Bytes used (helper). */
  _bytes(): number {
    return this.size(this.map);
  }
}

/** PropertiesService: the script and document stores, and one user store per user. */
export class FakePropertiesService extends GasObject {
  /** The script and document stores, and the user store of the test's default user. */
  readonly _stores = {
    script: new FakeProperties('script'),
    document: new FakeProperties('document'),
    user: new FakeProperties('user'),
  };
  private readonly byUser = new Map<string, FakeProperties>();

  constructor(private readonly state: GasState) {
    super('PropertiesService');
    this.byUser.set(state.effectiveUserEmail.toLowerCase(), this._stores.user);
  }
  /** The user store of one user (created on first use). */
  _userStore(email: string): FakeProperties {
    const key = email.toLowerCase();
    let store = this.byUser.get(key);
    if (!store) this.byUser.set(key, (store = new FakeProperties('user')));
    return store;
  }
  getScriptProperties(): FakeProperties {
    return this._stores.script;
  }
  getDocumentProperties(): FakeProperties {
    return this._stores.document;
  }
  /** "a property store that only the current user can access": the effective user's (a trigger's owner). */
  getUserProperties(): FakeProperties {
    return this._userStore(this.state.effectiveUserEmail);
  }
}
