/**
 * HMAC-SHA256 for the outbox's signatures (Utilities in Apps Script, node:crypto in Node). The
 * key is the school's secret, kept in the administration workbook's document properties.
 */
export interface Hmac {
  /** The lowercase hex HMAC-SHA256 of `message` (UTF-8) under `key`. */
  sha256(key: string, message: string): string;
  /** A new random secret. */
  secret(): string;
}
