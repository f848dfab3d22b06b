/**
 * The dashboard in Apps Script: the sidebar (`showDashboard`, HtmlService) and the Workspace
 * homepage card (`onHomepage`, CardService) with its actions (`homepageAction`). Both draw the
 * figures of `jobs/dashboard` for administrators only; anyone else, and an unknown caller, is
 * told why in the workbook's language and sees no figure.
 *
 * A card action must answer quickly (docs/decisions.md, «The dashboard»): the actions that send
 * mail are asked of the hourly dispatcher by a request key and the card says so; the short ones
 * run at once.
 */
import { gasForms } from '../adapters/gas/forms';
import { gasRuntime, type GasRuntime } from '../adapters/gas/runtime';
import { checkData } from '../jobs/check-data';
import type { JobOutcome } from '../jobs/context';
import { dashboard, type DashboardResult } from '../jobs/dashboard';
import { quotaReport } from '../jobs/quota-report';
import { authorizeAdmin } from '../jobs/shared/authorize';
import { errorText } from '../jobs/shared/errors';
import { resendUnknown } from './actions';
import { loadSchool } from '../jobs/shared/school';
import { requestKey } from '../jobs/shared/state';
import { stringsFor, type Strings } from '../i18n';
import { escapeHtml } from '../mail/document';
import { DASHBOARD_FILE, dashboardPage } from './dashboard-page';
import { DASHBOARD_ACTIONS, dashboardSections, type Tone } from './dashboard-view';
import { HANDLERS } from './handlers';
import { LOCALE_PROPERTY } from './menu';

/** The dashboard of the caller, or null in the teachers' workbook (no school is run there). */
function figuresFor(runtime: GasRuntime): DashboardResult | { kind: 'teachers'; strings: Strings } {
  if (runtime.workbook.fileRole() === 'teachers')
    return { kind: 'teachers', strings: stringsFor(runtime.store.get(LOCALE_PROPERTY) ?? 'ru') };
  return dashboard({ ...runtime, forms: gasForms() }, runtime.session.email());
}

/** Menu «Панель «Дистант»»: the sidebar with the figures and the menu's actions. */
export function showDashboardAction(): void {
  const runtime = gasRuntime();
  const result = figuresFor(runtime);
  const { strings } = result;
  if (result.kind !== 'figures') {
    const message = result.kind === 'teachers' ? strings.trust.notAdminWorkbook : result.message;
    runtime.session.alert(strings.appName, message);
    return;
  }
  runtime.store.set(LOCALE_PROPERTY, result.figures.locale);
  const shell = HtmlService.createHtmlOutputFromFile(DASHBOARD_FILE).getContent();
  const page = HtmlService.createHtmlOutput(dashboardPage(shell, result.figures, strings)).setTitle(
    strings.menu.dashboard,
  );
  SpreadsheetApp.getUi().showSidebar(page);
}

const TONE_COLOURS: Partial<Record<Tone, string>> = { warn: '#b06000', bad: '#d93025' };

/** Card text supports a little HTML (CardService TextParagraph / DecoratedText): escape, then colour. */
function cardText(text: string, tone: Tone): string {
  const colour = TONE_COLOURS[tone];
  const escaped = escapeHtml(text);
  return colour === undefined ? escaped : `<font color="${colour}">${escaped}</font>`;
}

/** The homepage card: the dashboard's sections, then its actions. */
function homepageCard(runtime: GasRuntime): GoogleAppsScript.Card_Service.Card {
  const result = figuresFor(runtime);
  const { strings } = result;
  const card = CardService.newCardBuilder().setHeader(
    CardService.newCardHeader().setTitle(escapeHtml(strings.menu.dashboard)),
  );
  if (result.kind !== 'figures') {
    const message = result.kind === 'teachers' ? strings.trust.notAdminWorkbook : result.message;
    return card
      .addSection(
        CardService.newCardSection().addWidget(
          CardService.newTextParagraph().setText(escapeHtml(message)),
        ),
      )
      .build();
  }
  const { figures } = result;
  const d = strings.dashboard;
  card.setHeader(
    CardService.newCardHeader()
      .setTitle(escapeHtml(strings.menu.dashboard))
      .setSubtitle(
        escapeHtml([figures.schoolName, d.builtAt(figures.builtAt)].filter(Boolean).join(' · ')),
      ),
  );
  for (const section of dashboardSections(figures, strings)) {
    const title = section.note === undefined ? section.title : `${section.title} · ${section.note}`;
    const cardSection = CardService.newCardSection().setHeader(escapeHtml(title));
    for (const row of section.rows)
      cardSection.addWidget(
        row.value === ''
          ? CardService.newTextParagraph().setText(cardText(row.label, row.tone))
          : CardService.newDecoratedText()
              .setTopLabel(escapeHtml(row.label))
              .setText(cardText(row.value, row.tone))
              .setWrapText(true),
      );
    card.addSection(cardSection);
  }
  const buttons = CardService.newButtonSet();
  for (const action of DASHBOARD_ACTIONS) {
    if (action.card === null) continue;
    buttons.addButton(actionButton(strings.menu[action.label], action.handler));
  }
  buttons.addButton(actionButton(d.refresh, HANDLERS.onHomepage));
  card.addSection(
    CardService.newCardSection().setHeader(escapeHtml(d.actionsTitle)).addWidget(buttons),
  );
  return card.build();
}

function actionButton(label: string, action: string): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton()
    .setText(label)
    .setOnClickAction(
      CardService.newAction().setFunctionName(HANDLERS.homepageAction).setParameters({ action }),
    );
}

/** `onHomepage(e)`: the Workspace side panel's card. */
export function homepageNow(): GoogleAppsScript.Card_Service.Card {
  return homepageCard(gasRuntime());
}

/** A card with an outcome's lines, pushed over the homepage. */
function outcomeCard(title: string, outcome: JobOutcome): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  const lines = [outcome.summary, ...outcome.details].filter(
    (s, i, all) => s !== '' && all.indexOf(s) === i,
  );
  for (const line of lines)
    section.addWidget(CardService.newTextParagraph().setText(escapeHtml(line)));
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle(escapeHtml(title)))
    .addSection(section)
    .build();
}

function notify(text: string): GoogleAppsScript.Card_Service.ActionResponseBuilder {
  return CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(text),
  );
}

/**
 * `homepageAction(e)`: a card button. `e.parameters.action` names the entry point the menu would
 * call; only the dashboard's own actions are taken, for an administrator only — any function of
 * the script can be called by name, so the check is here, not in the card.
 */
export function homepageActionNow(e?: {
  readonly parameters?: Readonly<Record<string, string>>;
}): GoogleAppsScript.Card_Service.ActionResponse {
  const runtime = gasRuntime();
  const wanted = e?.parameters?.action ?? '';
  if (runtime.workbook.fileRole() === 'teachers') {
    const strings = stringsFor(runtime.store.get(LOCALE_PROPERTY) ?? 'ru');
    return notify(strings.trust.notAdminWorkbook).build();
  }
  // Refreshing draws the card again, which refuses by itself whoever is not an administrator.
  if (wanted === HANDLERS.onHomepage)
    return CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().updateCard(homepageCard(runtime)))
      .build();
  const school = loadSchool(runtime.workbook, runtime.clock, ['staff']);
  const strings = school.strings;
  const denial = authorizeAdmin(runtime.session.email(), school.settings, school.staff);
  if (denial !== null)
    return notify(
      denial.reason === 'noEmail'
        ? strings.ui.deniedNoEmail
        : strings.ui.deniedNotAdmin(denial.email),
    ).build();
  const action = DASHBOARD_ACTIONS.find((a) => a.handler === wanted && a.card !== null);
  if (action === undefined || action.card === null)
    return notify(strings.ui.failed(wanted)).build();
  const label = strings.menu[action.label];
  try {
    if (action.card !== 'now') {
      runtime.store.set(
        requestKey(action.card.queue, 'homepage'),
        runtime.clock.now().toISOString(),
      );
      return notify(strings.dashboard.queuedForDispatcher(label)).build();
    }
    const outcome = runNow(runtime, action.handler, strings);
    return notify(strings.dashboard.done(label))
      .setNavigation(CardService.newNavigation().pushCard(outcomeCard(label, outcome)))
      .build();
  } catch (error) {
    return notify(strings.ui.failed(errorText(error, strings))).build();
  }
}

/** The card's short actions: the same jobs as the menu's, without its dialogs. */
function runNow(runtime: GasRuntime, handler: string, strings: Strings): JobOutcome {
  if (handler === HANDLERS.checkData) return checkData(runtime);
  if (handler === HANDLERS.showQuotaPlan) return quotaReport(runtime);
  return resendUnknown(runtime, strings);
}
