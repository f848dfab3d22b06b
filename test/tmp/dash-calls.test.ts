import { readFileSync } from 'node:fs';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { loadBundle, setSetting, writeSheets } from '../support/gas';
it('prints', () => {
  const zone = intlZone('Europe/Moscow');
  const env = loadBundle({ now: instantOf(zone, '2026-11-27', 960), mailQuota: 1500, htmlFiles: { Dashboard: readFileSync('build/Dashboard.html', 'utf8') } });
  writeSheets(env, demoSchool({ weekOf: '2026-11-27', zone }));
  setSetting(env, 'admin_emails', 'admin@school.test');
  env.call('setupWorkbook');
  env.counters.reset();
  env.call('showDashboard');
  console.log(env.counters.calls, env.counters.cellsRead, JSON.stringify(env.counters.byMethod, null, 1));
  env.counters.reset();
  env.call('onHomepage', {});
  console.log(env.counters.calls, env.counters.cellsRead);
});
