import type { Hmac } from '../../ports/signer';

/** HMAC-SHA256 by Utilities (Apps Script's own crypto; nothing bundled). */
export const gasHmac: Hmac = {
  sha256: (key, message) =>
    Utilities.base64Encode(
      Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8),
    ),
  // Two random UUIDs: 244 random bits, more than HMAC-SHA256 needs of a key.
  secret: () => `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, ''),
};
