/** A document-wide lock: short critical sections only, never held while mail is sent. */
export interface Lock {
  /** Tries to take the lock, waiting at most `timeoutMs`; false when another execution holds it. */
  tryLock(timeoutMs: number): boolean;
  release(): void;
}
