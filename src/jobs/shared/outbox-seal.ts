/**
 * The outbox's seal (docs/decisions.md, «Outbox signature»): every row the add-on queues carries
 * an HMAC-SHA256 over what decides whom it reaches and what it says — its key, subject,
 * «Получатели» and «Содержимое» — under a secret kept in the administration workbook's document
 * properties, out of reach of anyone editing cells. A row changed by hand, or added by hand, does
 * not verify: it is not sent. Its status is not sealed, so setting it back to «в очереди» still
 * resends a letter the add-on wrote.
 */
import { cellText } from '../../domain/cells';
import type { Hmac } from '../../ports/signer';
import type { Store } from '../../ports/store';

/** The document property holding the outbox's secret. */
export const SECRET_PROPERTY = 'distant.secret';

/** What a seal covers: the cells of a row that say whom the letter reaches and what it says. */
export interface SealedFields {
  readonly key: string;
  readonly subject: unknown;
  readonly recipients: unknown;
  readonly content: unknown;
}

/** Signs and checks outbox rows with the school's secret. */
export interface OutboxSeal {
  sign(fields: SealedFields): string;
  verifies(fields: SealedFields, signature: unknown): boolean;
  /** True when this call made the secret: rows queued before it carry no seal yet. */
  readonly fresh: boolean;
}

const message = (f: SealedFields): string =>
  JSON.stringify([f.key, cellText(f.subject), cellText(f.recipients), cellText(f.content)]);

/** The seal of this school: its secret read (or made, once) on first use. */
export function outboxSeal(ctx: { readonly store: Store; readonly hmac: Hmac }): OutboxSeal {
  let secret: string | undefined;
  let fresh = false;
  const key = (): string => {
    if (secret === undefined) {
      const stored = ctx.store.get(SECRET_PROPERTY);
      if (stored !== null && stored !== '') secret = stored;
      else {
        secret = ctx.hmac.secret();
        ctx.store.set(SECRET_PROPERTY, secret);
        fresh = true;
      }
    }
    return secret;
  };
  return {
    sign: (fields) => ctx.hmac.sha256(key(), message(fields)),
    verifies: (fields, signature) => {
      const expected = ctx.hmac.sha256(key(), message(fields));
      const given = cellText(signature);
      // Compared whole: a length or a prefix says nothing about the secret.
      let diff = expected.length ^ given.length;
      for (let i = 0; i < expected.length; i++)
        diff |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
      return diff === 0;
    },
    get fresh() {
      key();
      return fresh;
    },
  };
}
