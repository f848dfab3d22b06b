/** Where jobs say what they did, for the runner's console and the Apps Script execution log. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  /** A long step's progress: `done` of `total`. */
  progress(step: string, done: number, total: number): void;
}

/** A log that keeps nothing, for tests that do not look at it. */
export const silentLog: Log = {
  info: () => undefined,
  warn: () => undefined,
  progress: () => undefined,
};
