import { loadBundle } from '../support/gas';
it('dbg', () => {
  const env = loadBundle({ now: new Date('2026-11-23T09:20:00Z') });
  env.call('setupWorkbook');
  const by = Object.entries(env.counters.byMethod).sort((a, b) => b[1] - a[1]);
  console.log(env.counters.calls, JSON.stringify(by.slice(0, 40)));
  env.counters.reset();
  env.call('setupWorkbook');
  console.log(
    'second',
    env.counters.calls,
    JSON.stringify(
      Object.entries(env.counters.byMethod)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15),
    ),
  );
});
