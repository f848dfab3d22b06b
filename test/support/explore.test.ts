import { intlZone } from '../../src/adapters/memory/zone';
import { demoSchool } from '../../src/demo';
import { loadBundle, writeSheets } from './gas';
it('explore', () => {
  const sheets = demoSchool({ weekOf: '2026-11-25', zone: intlZone('Europe/Moscow') });
  const admin = String(sheets['Настройки']!.find((r) => r[0] === 'admin_emails')![1]).split(/[,\s]+/)[0]!;
  const env = loadBundle({ now: '2026-11-27T13:00:00Z', userEmail: admin });
  writeSheets(env, sheets);
  env.counters.reset();
  env.call('checkData');
  console.log(JSON.stringify(env.counters.byMethod, null, 1), env.counters.calls, Object.keys(sheets).length);
});
