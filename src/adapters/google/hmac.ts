import { createHmac, randomBytes } from 'node:crypto';
import type { Hmac } from '../../ports/signer';

/** HMAC-SHA256 by node:crypto, for the runner and the tests (same results as Apps Script's). */
export const nodeHmac: Hmac = {
  sha256: (key, message) => createHmac('sha256', key).update(message, 'utf8').digest('hex'),
  secret: () => randomBytes(32).toString('hex'),
};
