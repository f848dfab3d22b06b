/**
 * Issue 12, the archive's menu item through the built bundle: «Перенести старые недели в архив»
 * asks the next hourly run for the archive (moving weeks of rows is the dispatcher's work, under
 * its lock and its time budget); a teacher who can open the file is refused.
 */
import { ru } from '../../src/i18n/ru';
import { HANDLERS } from '../../src/ui/handlers';
import { deliveryEnvironment, teachersFile } from '../support/gas';

const MONDAY = '2026-11-23T09:20:00Z';
const TEACHER = 'uchitel@school.test';

describe('«Перенести старые недели в архив»', () => {
  it('is in the menu; the admin’s click is answered at once and the next hourly run archives', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    env.call('onOpen');
    const menu = env.ui.menus.find((m) => m.addon);
    expect(menu?.items.map((i) => i.functionName)).toContain(HANDLERS.archiveNow);
    env.call('archiveNow');
    expect(String(env.ui.alerts.at(-1)?.prompt)).toBe(ru.archive.queued(8));
    const keys = env.properties.document.getKeys();
    expect(keys.filter((k) => k.includes('archive.menu'))).toHaveLength(1);
    env.clock.set(new Date(Date.parse(MONDAY) + 3_600_000));
    env.triggers.fireTimeTriggers();
    expect(env.logs.some((l) => l.includes('"job":"archive"'))).toBe(true);
    // The request is taken back once the job ran.
    expect(env.properties.document.getKeys().filter((k) => k.includes('archive.menu'))).toEqual([]);
  });

  it('refuses a teacher, even one who can open the administration workbook', () => {
    const env = deliveryEnvironment({ now: MONDAY });
    env.users.add(TEACHER);
    env.files.share(env.spreadsheet, { editors: [TEACHER] });
    env.files.share(teachersFile(env), { editors: [TEACHER] });
    env.as(TEACHER).call('archiveNow');
    expect(String(env.ui.alerts.at(-1)?.prompt)).toBe(ru.ui.deniedNotAdmin(TEACHER));
    expect(env.properties.document.getKeys().filter((k) => k.includes('archive.menu'))).toEqual([]);
  });
});
