import { GasObject, fail, type GasState } from './core';

/** Which lock. */
export type LockKind = 'document' | 'script' | 'user';

/** Lock state shared by the fake locks and the test controls. */
export class LockState {
  readonly heldElsewhere: Record<LockKind, boolean> = {
    document: false,
    script: false,
    user: false,
  };
  readonly heldHere: Record<LockKind, boolean> = { document: false, script: false, user: false };

  holdByAnotherExecution(which: LockKind): void {
    this.heldElsewhere[which] = true;
  }
  release(which: LockKind): void {
    this.heldElsewhere[which] = false;
  }
  releaseAll(): void {
    this.heldHere.document = false;
    this.heldHere.script = false;
    this.heldHere.user = false;
  }
}

/** A mutual-exclusion lock. Waiting for a lock held elsewhere advances the fake clock by the timeout. */
export class FakeLock extends GasObject {
  constructor(
    private readonly state: GasState,
    private readonly locks: LockState,
    private readonly kind: LockKind,
  ) {
    super('Lock');
  }
  private acquire(timeoutMs: number): boolean {
    if (typeof timeoutMs !== 'number' || timeoutMs < 0) fail('Invalid argument: timeoutInMillis');
    if (this.locks.heldElsewhere[this.kind]) {
      this.state.clock.advance(timeoutMs);
      return false;
    }
    this.locks.heldHere[this.kind] = true;
    return true;
  }
  /** true if acquired within the timeout; false (after waiting) if another execution holds it. */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  /** Acquires or throws after the timeout. */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis))
      fail('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.locks.heldHere[this.kind];
  }
  releaseLock(): void {
    this.locks.heldHere[this.kind] = false;
  }
}

/** LockService: document, script and user locks. */
export class FakeLockService extends GasObject {
  constructor(
    private readonly state: GasState,
    private readonly locks: LockState,
  ) {
    super('LockService');
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this.state, this.locks, 'document');
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.state, this.locks, 'script');
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.state, this.locks, 'user');
  }
}
