/**
 * The administrators' dashboard through the BUILT bundle: `showDashboard` opens the sidebar made
 * of build/Dashboard.html (as clasp ships it) with the figures, every sheet value escaped;
 * `onHomepage` builds the Workspace card (test/fakes/card-service.ts) with the same figures and
 * the actions; each card action answers, the mail-sending ones by asking the dispatcher. A teacher
 * and an unknown caller see no figure and change nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { requestedJobOf } from '../../src/jobs/shared/state';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { DASHBOARD_ACTIONS } from '../../src/ui/dashboard-view';
import type { GasEnvironment } from '../fakes';
import {
  letters,
  loadBundle,
  queueLetters,
  setSetting,
  valuesOf,
  writeSheets,
} from '../support/gas';
import { shareWith } from '../support/users';

const zone = intlZone('Europe/Moscow');
const NOW = instantOf(zone, '2026-11-27', 16 * 60);
const ADMIN = 'admin@school.test';
const STRANGER = 'stranger@mail.test';
const HOSTILE = '<script>alert("x")</script> & =HYPERLINK("http://evil.test")';
const SHELL = readFileSync(join(__dirname, '..', '..', 'build', 'Dashboard.html'), 'utf8');
const D = ru.dashboard;
/** A teacher of the demo school, on its «Педагоги». */
const TEACHER = String(
  demoSchool({ weekOf: '2026-11-27', zone })[ru.sheets.staff.name]!.find(
    (r) => r[2] === ru.labels.role.teacher,
  )?.[1],
);

/** The demo school set up by its administrator, a hostile school name, 3 letters waiting. */
function school(userEmail = ADMIN): GasEnvironment {
  const admin = loadBundle({ now: NOW, mailQuota: 1500, htmlFiles: { Dashboard: SHELL } });
  writeSheets(admin, demoSchool({ weekOf: '2026-11-27', zone }));
  setSetting(admin, 'admin_emails', ADMIN);
  setSetting(admin, 'school_name', HOSTILE);
  admin.call('setupWorkbook');
  // Shared afterwards, by hand: setup would have taken the stranger's access away.
  admin.users.add(STRANGER);
  shareWith(admin, [STRANGER]);
  queueLetters(admin, letters(3));
  admin.ui.alerts.length = 0;
  admin.counters.reset();
  if (userEmail === ADMIN) return admin;
  const env = loadBundle({ now: NOW, userEmail, htmlFiles: { Dashboard: SHELL } });
  writeSheets(env, valuesOf(admin));
  return env;
}

interface CardJson {
  header: { title: string; subtitle: string };
  sections: Array<{ header: string; widgets: Array<Record<string, any>> }>;
}
const cardOf = (value: unknown): CardJson =>
  JSON.parse((value as { printJson(): string }).printJson()) as CardJson;
const buttonsOf = (card: CardJson): Array<{ text: string; action: string; fn: string }> =>
  card.sections
    .flatMap((s) => s.widgets)
    .flatMap((w) => (w.buttonList ?? []) as Array<{ textButton: any }>)
    .map((b) => ({
      text: b.textButton.text,
      fn: b.textButton.onClick.functionName,
      action: b.textButton.onClick.parameters.action,
    }));

describe('showDashboard through the bundle', () => {
  const env = school();
  env.call('showDashboard');
  const sidebar = env.ui.sidebars[0];
  const html = sidebar?.content ?? '';

  it('is on the add-on menu', () => {
    const env = loadBundle();
    env.call('onOpen', { authMode: 'FULL' });
    expect(env.ui.menu()?.items[0]).toEqual({
      caption: ru.menu.dashboard,
      functionName: 'showDashboard',
    });
  });

  it('opens the sidebar from the shipped page shell, titled, with no dialog', () => {
    expect(env.ui.sidebars).toHaveLength(1);
    expect(sidebar?.title).toBe(ru.menu.dashboard);
    expect(env.ui.alerts).toEqual([]);
    expect(html).toContain('google.script.run');
    expect(html).not.toMatch(/__(LANG|TITLE|BODY)__/);
  });

  it('shows the figures: the outbox, the forms setup made, who else can edit', () => {
    for (const title of [D.outboxTitle, D.quotaTitle, D.dispatcherTitle, D.formsTitle]) {
      expect(html).toContain(title);
    }
    expect(html).toContain(`<dt>${D.queued}</dt><dd>${D.letters(3)}</dd>`);
    expect(html).toContain(`<dd>${D.form.open}</dd>`);
    expect(html).toContain(D.canEdit(1));
    expect(html).toContain(`<dt>${STRANGER}</dt>`);
    expect(html).toContain(D.weekTitle('23–29 ноября 2026'));
  });

  it('escapes the school’s name: no script of the sheet’s, no formula text as markup', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; =HYPERLINK(');
    // The page has exactly its own script.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('has a button for each menu action, naming the entry point it calls', () => {
    const runs = [...html.matchAll(/data-run="([^"]+)"/g)].map((m) => m[1]);
    expect(runs).toEqual([...DASHBOARD_ACTIONS.map((a) => a.handler), 'showDashboard']);
    for (const name of runs)
      expect([name, typeof (env.context as Record<string, unknown>)[name!]]).toEqual([
        name,
        'function',
      ]);
  });

  it.each([
    ['a teacher', TEACHER, ru.ui.deniedNotAdmin(TEACHER)],
    ['an unknown caller', '', ru.ui.deniedNoEmail],
  ])('refuses %s: an alert, no sidebar, nothing written', (_who, email, message) => {
    expect(TEACHER).toMatch(/^[^@\s]+@[^@\s]+$/);
    const env = school(email);
    if (email !== '') env.users.add(email);
    const before = valuesOf(env);
    env.call('showDashboard');
    expect(env.ui.sidebars).toEqual([]);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([message]);
    expect(valuesOf(env)).toEqual(before);
  });
});

describe('onHomepage and its actions through the bundle', () => {
  it('builds the card with the figures, escaped, and the actions', () => {
    const env = school();
    const card = cardOf(env.call('onHomepage', {}));
    expect(card.header.title).toBe(ru.menu.dashboard);
    expect(card.header.subtitle).toContain('&lt;script&gt;');
    expect(JSON.stringify(card)).not.toContain('<script>');
    const headers = card.sections.map((s) => s.header);
    expect(headers).toEqual(
      expect.arrayContaining([D.outboxTitle, D.quotaTitle, D.formsTitle, D.actionsTitle]),
    );
    const outbox = card.sections.find((s) => s.header === D.outboxTitle)!;
    expect(outbox.widgets[0]).toEqual({
      decoratedText: { topLabel: D.queued, text: D.letters(3), bottomLabel: '', wrapText: true },
    });
    const buttons = buttonsOf(card);
    expect(buttons.every((b) => b.fn === 'homepageAction')).toBe(true);
    expect(buttons.map((b) => b.action)).toEqual([
      ...DASHBOARD_ACTIONS.filter((a) => a.card !== null).map((a) => a.handler),
      'onHomepage',
    ]);
  });

  it('queues the mail-sending actions for the dispatcher, for a job it has, and says so', () => {
    const env = school();
    const known = new Set(SCHEDULED_JOBS.map((j) => j.id));
    for (const action of DASHBOARD_ACTIONS) {
      if (action.card === null || action.card === 'now') continue;
      const before = env.mail.sent.length;
      const response = cardOf(
        env.call('homepageAction', { parameters: { action: action.handler } }),
      );
      expect(response).toEqual({
        notification: { text: D.queuedForDispatcher(ru.menu[action.label]) },
        navigation: null,
      });
      expect(env.mail.sent.length).toBe(before);
      const asked = env.properties.document
        .getKeys()
        .map((k: string) => requestedJobOf(k))
        .filter((j: string | undefined) => j !== undefined);
      expect(asked).toContain(action.card.queue);
      expect(known.has(action.card.queue)).toBe(true);
    }
  });

  it('runs the short actions at once and shows their outcome', () => {
    const env = school();
    for (const action of DASHBOARD_ACTIONS) {
      if (action.card !== 'now') continue;
      const response = cardOf(
        env.call('homepageAction', { parameters: { action: action.handler } }),
      );
      expect(response).toMatchObject({ notification: { text: D.done(ru.menu[action.label]) } });
      expect(JSON.stringify(response)).toContain('pushCard');
    }
    expect(env.ui.alerts).toEqual([]);
  });

  it('refresh draws the card again', () => {
    const env = school();
    const response = cardOf(env.call('homepageAction', { parameters: { action: 'onHomepage' } }));
    expect(JSON.stringify(response)).toContain(D.outboxTitle);
  });

  it('takes no other function by name', () => {
    const env = school();
    const before = valuesOf(env);
    const response = cardOf(
      env.call('homepageAction', { parameters: { action: 'setupWorkbook' } }),
    );
    expect(response).toEqual({
      notification: { text: ru.ui.failed('setupWorkbook') },
      navigation: null,
    });
    expect(valuesOf(env)).toEqual(before);
  });

  it.each([
    ['a teacher', TEACHER, ru.ui.deniedNotAdmin(TEACHER)],
    ['an unknown caller', '', ru.ui.deniedNoEmail],
  ])('refuses %s: a card with the reason, actions that do nothing', (_who, email, message) => {
    const env = school(email);
    if (email !== '') env.users.add(email);
    const before = valuesOf(env);
    const keys = env.properties.document.getKeys();
    const card = cardOf(env.call('onHomepage', {}));
    expect(card.sections).toEqual([
      { header: '', widgets: [{ textParagraph: { text: message } }] },
    ]);
    for (const action of [...DASHBOARD_ACTIONS.map((a) => a.handler), 'onHomepage']) {
      const response = cardOf(env.call('homepageAction', { parameters: { action } }));
      expect(JSON.stringify(response)).toContain(message);
    }
    expect(valuesOf(env)).toEqual(before);
    expect(env.properties.document.getKeys()).toEqual(keys);
    expect(env.mail.sent).toEqual([]);
  });
});
