/**
 * The dashboard's HTML: the sections of `dashboard-view` inside the page shell `dashboard.html`
 * (styles and the script that calls the server through `google.script.run`), which the build
 * ships as the Apps Script file «Dashboard» and the runner bundles as text. Every value is escaped
 * here (`escapeHtml`, mail/document) — school and people's names come from the sheets.
 */
import type { DashboardFigures } from '../jobs/dashboard';
import type { Strings } from '../i18n';
import { escapeHtml } from '../mail/document';
import { DASHBOARD_ACTIONS, dashboardSections } from './dashboard-view';
import { HANDLERS } from './handlers';

/** The name of the shell file in the Apps Script project (build/Dashboard.html). */
export const DASHBOARD_FILE = 'Dashboard';

/** The page body: title, sections, the action buttons and the line where outcomes appear. */
export function dashboardBody(figures: DashboardFigures, strings: Strings): string {
  const d = strings.dashboard;
  const sections = dashboardSections(figures, strings).map((section) => {
    const note = section.note === undefined ? '' : ` <small>· ${escapeHtml(section.note)}</small>`;
    const rows = section.rows
      .map(
        (row) =>
          `<div class="row ${row.tone}"><dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd></div>`,
      )
      .join('');
    return `<section data-key="${section.key}"><h2>${escapeHtml(section.title)}${note}</h2><dl>${rows}</dl></section>`;
  });
  const button = (handler: string, label: string, secondary = false): string =>
    `<button type="button" data-run="${escapeHtml(handler)}"${secondary ? ' class="secondary"' : ''}>${escapeHtml(label)}</button>`;
  const actions = [
    ...DASHBOARD_ACTIONS.map((a) => button(a.handler, strings.menu[a.label])),
    button(HANDLERS.showDashboard, d.refresh, true),
  ].join('');
  const subtitle = [figures.schoolName, d.builtAt(figures.builtAt)].filter((s) => s !== '');
  return [
    `<header><h1>${escapeHtml(strings.menu.dashboard)}</h1><p>${subtitle.map(escapeHtml).join(' · ')}</p></header>`,
    ...sections,
    `<section data-key="actions"><h2>${escapeHtml(d.actionsTitle)}</h2><div class="actions">${actions}</div></section>`,
    `<p id="status" class="status" role="status" aria-live="polite"></p>`,
  ].join('\n');
}

/**
 * The whole page: `shell` (the text of dashboard.html) with the language, the title and the body
 * filled in; the words the script shows ride on the body's data attributes, escaped.
 */
export function dashboardPage(shell: string, figures: DashboardFigures, strings: Strings): string {
  const d = strings.dashboard;
  const data = { running: d.running, done: d.finished, offline: d.offline };
  const attributes = Object.entries(data)
    .map(([key, value]) => ` data-${key}="${escapeHtml(value)}"`)
    .join('');
  const slots: Record<string, string> = {
    __LANG__: escapeHtml(figures.locale),
    __TITLE__: escapeHtml(strings.menu.dashboard),
    __BODY__: dashboardBody(figures, strings),
  };
  return shell
    .replace('<body>', `<body${attributes}>`)
    .replace(/__(?:LANG|TITLE|BODY)__/g, (slot) => slots[slot] ?? '');
}
