import type { Hmac } from '../../ports/signer';

/** Signed bytes (as Utilities returns them) in lowercase hex: no second service call per letter. */
const hex = (bytes: readonly number[]): string =>
  bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');

/** HMAC-SHA256 by Utilities (Apps Script's own crypto; nothing bundled). */
export const gasHmac: Hmac = {
  sha256: (key, message) =>
    hex(Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8)),
  // Two random UUIDs: 244 random bits, more than HMAC-SHA256 needs of a key.
  secret: () => `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, ''),
};
