/** A small key-value store that survives between runs (document properties in Apps Script). */
export interface Store {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Every key in the store (one call: how an idle run sees requests left by other executions). */
  keys(): string[];
}
