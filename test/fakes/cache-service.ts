import { GasObject, byteLength, fail, isPlainObject, type GasState } from './core';

const VALUE_LIMIT = 100 * 1024;
const KEY_LIMIT = 250;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

/** One cache (script, document or user); entries expire by the fake clock. */
export class FakeCache extends GasObject {
  private map = new Map<string, { value: string; expires: number }>();

  constructor(private readonly state: GasState) {
    super('Cache');
  }
  private key(k: unknown): string {
    const s = String(k);
    if (s.length > KEY_LIMIT) fail('Argument too large: key');
    return s;
  }
  private live(k: string): string | null {
    const e = this.map.get(k);
    if (!e) return null;
    if (e.expires <= this.state.clock.nowMs()) {
      this.map.delete(k);
      return null;
    }
    return e.value;
  }
  get(key: string): string | null {
    return this.live(this.key(key));
  }
  /** Stores a string for ttl seconds (default 600, at most 21600). */
  put(key: string, value: unknown, expirationInSeconds = DEFAULT_TTL): void {
    const v = String(value);
    if (byteLength(v) > VALUE_LIMIT) fail('Argument too large: value');
    const ttl = Math.min(Math.max(1, expirationInSeconds), MAX_TTL);
    this.map.set(this.key(key), { value: v, expires: this.state.clock.nowMs() + ttl * 1000 });
  }
  putAll(values: unknown, expirationInSeconds = DEFAULT_TTL): void {
    if (!isPlainObject(values)) fail('Invalid argument: values');
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.live(this.key(k));
      if (v !== null) out[String(k)] = v;
    }
    return out;
  }
  remove(key: string): void {
    this.map.delete(this.key(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

/** CacheService: the three caches. */
export class FakeCacheService extends GasObject {
  /** The script and document caches, and the user cache of the test's default user. */
  readonly _caches: { script: FakeCache; document: FakeCache; user: FakeCache };
  private readonly byUser = new Map<string, FakeCache>();

  constructor(private readonly state: GasState) {
    super('CacheService');
    this._caches = {
      script: new FakeCache(state),
      document: new FakeCache(state),
      user: new FakeCache(state),
    };
    this.byUser.set(state.effectiveUserEmail.toLowerCase(), this._caches.user);
  }
  /** The user cache of one user (created on first use). */
  _userCache(email: string): FakeCache {
    const key = email.toLowerCase();
    let cache = this.byUser.get(key);
    if (!cache) this.byUser.set(key, (cache = new FakeCache(this.state)));
    return cache;
  }
  getScriptCache(): FakeCache {
    return this._caches.script;
  }
  getDocumentCache(): FakeCache {
    return this._caches.document;
  }
  /** "a cache instance scoped to the current user and script": the effective user's. */
  getUserCache(): FakeCache {
    return this._userCache(this.state.effectiveUserEmail);
  }
}
