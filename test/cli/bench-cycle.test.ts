/**
 * Issue 12, acceptance 1, at the smallest of the bench's schools: the Friday-to-Saturday cycle
 * (every job of the dispatcher's table, hour by hour, until the week's letters are out) reads
 * the same cells, within 10%, with two weeks of journal in the sheet as with twelve, and within
 * 1.5× the week's data plus the date column. `npm run bench` measures the same at 1,000 and
 * 2,000 pupils and writes the figures to bench/results.json.
 */
import { intlZone } from '../../src/adapters/memory/zone';
import { acceptance, benchCycle } from '../../src/cli/bench';

const zone = intlZone('Europe/Moscow');

test('the cycle reads what the week needs, not the history in the sheet', () => {
  const cycles = [1, 2, 12].map((weeks) => benchCycle(250, weeks, zone));
  const figures = acceptance(cycles);
  const flat = figures.historyFlat[0]!;
  expect(flat.ratio).toBeGreaterThan(0.9);
  expect(flat.ratio).toBeLessThan(1.1);
  for (const bound of figures.weekData) expect(bound.cellsRead).toBeLessThan(bound.bound);
  // The same letters whatever the history: the history changes what is read, not what is sent.
  const sends = cycles.map((c) => c.total.sends);
  expect(new Set(sends.slice(1)).size).toBe(1);
});
