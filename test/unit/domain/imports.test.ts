/**
 * The domain is pure rules: it takes the words it needs as parameters (types in
 * src/domain/words.ts) and imports nothing from src/i18n, whose English messages the bundle
 * reads on demand (docs/decisions.md «The bundle's size»).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOMAIN = join(__dirname, '..', '..', '..', 'src', 'domain');

describe('src/domain', () => {
  it('imports nothing from src/i18n', () => {
    const files = readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      [
        ...readFileSync(join(DOMAIN, file), 'utf8').matchAll(
          /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'/g,
        ),
      ]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => /(^|\/)i18n(\/|$)/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
