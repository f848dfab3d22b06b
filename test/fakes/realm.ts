import vm from 'node:vm';
import type { FakeClock } from './clock';
import type { FakeCounters } from './counters';
import {
  GasException,
  GasObject,
  isDate,
  isPlainObject,
  isProxy,
  registerProxy,
  unwrap,
} from './core';

interface ContextHelpers {
  date(ms: number): Date;
  array(): unknown[];
  object(): Record<string, unknown>;
  error(name: string, message: string): Error;
}

/* Runs inside the context: replaces Date by one that follows the fake clock and returns
   constructors of context-realm values (so `instanceof` works for what the fakes return). */
const BOOT = `(function (nowMs) {
  'use strict';
  var RealDate = globalThis.Date;
  var FakeDate = function Date(y, m, d, h, mi, s, ms) {
    if (!new.target) return new RealDate(nowMs()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [nowMs()] : args, new.target);
  };
  FakeDate.prototype = RealDate.prototype;
  Object.defineProperty(FakeDate, 'length', { value: 7 });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  FakeDate.now = function now() { return nowMs(); };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  globalThis.Date = FakeDate;
  var errors = { TypeError: TypeError, RangeError: RangeError, ReferenceError: ReferenceError, SyntaxError: SyntaxError };
  return {
    date: function (ms) { return new RealDate(ms); },
    array: function () { return []; },
    object: function () { return {}; },
    error: function (name, message) {
      var C = errors[name] || Error;
      var e = new C(message);
      if (C === Error && name !== 'Error') e.name = name;
      return e;
    }
  };
})`;

/** Options of the per-execution limits enforced at the boundary. */
export interface ExecutionLimits {
  callLatencyMs: number;
  executionLimitMs: number;
}

/**
 * The vm context plus the boundary between it and the host-realm fakes: every fake handed to the
 * context is a Proxy that counts method calls, unwraps proxy arguments, converts results into
 * context-realm values and rethrows errors as context-realm errors.
 */
export class Realm {
  readonly context: vm.Context;
  readonly sandbox: Record<string, unknown>;
  private readonly h: ContextHelpers;
  private readonly proxies = new WeakMap<object, object>();
  private executionStart: number | null = null;
  /** Called before every service call; throws to deny it (auth modes). */
  guard: ((service: string, method: string) => void) | null = null;

  constructor(
    private readonly clock: FakeClock,
    private readonly counters: FakeCounters,
    private readonly limits: ExecutionLimits,
  ) {
    this.sandbox = {};
    this.context = vm.createContext(this.sandbox, { name: 'apps-script' });
    const boot = vm.runInContext(BOOT, this.context) as (now: () => number) => ContextHelpers;
    this.h = boot(() => this.clock.nowMs());
  }

  /** Defines a global of the context (a fake service is wrapped in its counting proxy). */
  define(name: string, value: unknown): void {
    this.sandbox[name] = value instanceof GasObject ? this.wrap(value) : value;
  }

  /** Runs script source in the context. */
  run(code: string, filename = 'Code.js'): unknown {
    return vm.runInContext(code, this.context, { filename });
  }

  /** A context-realm Date for the given epoch milliseconds. */
  date(ms: number): Date {
    return this.h.date(ms);
  }

  /** Marks the start (or end, with null) of one script execution for the 6-minute limit. */
  setExecutionStart(ms: number | null): void {
    this.executionStart = ms;
  }

  /** The counting proxy of a fake (one per fake). */
  wrap<T extends GasObject>(obj: T): T {
    const known = this.proxies.get(obj);
    if (known) return known as T;
    const props = (obj as unknown as { _props?: Record<string, unknown> })._props;
    const proxy = new Proxy(obj, {
      get: (target, prop) => {
        if (typeof prop !== 'string') return Reflect.get(target, prop);
        if (props && Object.prototype.hasOwnProperty.call(props, prop)) return props[prop];
        if (prop.startsWith('_') || prop === 'constructor' || target._hidden(prop))
          return undefined;
        const v: unknown = Reflect.get(target, prop);
        if (typeof v === 'function') {
          return (...args: unknown[]) =>
            this.invoke(target, prop, v as (...a: unknown[]) => unknown, args);
        }
        return /^[A-Z]/.test(prop) ? v : undefined;
      },
      set: (target, prop, value) => {
        if (props && typeof prop === 'string') props[prop] = value;
        return true;
      },
      has: (target, prop) =>
        typeof prop === 'string' &&
        !prop.startsWith('_') &&
        !target._hidden(prop) &&
        prop in target,
    });
    this.proxies.set(obj, proxy);
    registerProxy(proxy, obj);
    return proxy;
  }

  private invoke(
    target: GasObject,
    prop: string,
    fn: (...a: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    if (prop !== 'toString') {
      this.counters.count(`${target._gasName}.${prop}`);
      if (this.limits.callLatencyMs > 0) this.clock.advance(this.limits.callLatencyMs);
    }
    try {
      if (
        this.executionStart !== null &&
        this.clock.nowMs() - this.executionStart > this.limits.executionLimitMs
      ) {
        throw new GasException('Exceeded maximum execution time', 'Error');
      }
      this.guard?.(target._gasName, prop);
      const raw = args.map((a) => unwrap(a));
      target._guard(prop, raw);
      return this.toContext(fn.apply(target, raw));
    } catch (e) {
      throw this.toContextError(e);
    }
  }

  /** Converts a host value into context-realm values (fakes become their proxies). */
  toContext(v: unknown): unknown {
    if (typeof v !== 'object' || v === null || isProxy(v)) return v;
    if (v instanceof GasObject) return this.wrap(v);
    if (isDate(v)) return this.h.date(v.getTime());
    if (Array.isArray(v)) {
      const a = this.h.array();
      for (const x of v) a.push(this.toContext(x));
      return a;
    }
    if (isPlainObject(v)) {
      const o = this.h.object();
      for (const [k, x] of Object.entries(v)) o[k] = this.toContext(x);
      return o;
    }
    return v;
  }

  /** Converts a context value back into host-realm plain data (proxies become their raw fakes). */
  toHost(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v;
    if (isProxy(v)) return unwrap(v);
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return v.map((x) => this.toHost(x));
    if (isPlainObject(v)) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = this.toHost(x);
      return o;
    }
    return v;
  }

  /** Host errors become context-realm errors with the same name and message; context errors pass. */
  toContextError(e: unknown): unknown {
    if (e instanceof Error) return this.h.error(e.name, e.message);
    return e;
  }
}
