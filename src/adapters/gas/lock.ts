import type { Lock } from '../../ports/lock';

/** The document lock: shared by every user and trigger of this spreadsheet. */
export function documentLock(): Lock {
  // Taken lazily: an idle dispatcher run never needs it, and every service call counts.
  let lock: GoogleAppsScript.Lock.Lock | undefined;
  return {
    tryLock: (timeoutMs) => (lock ??= LockService.getDocumentLock()).tryLock(timeoutMs),
    release: () => lock?.releaseLock(),
  };
}
