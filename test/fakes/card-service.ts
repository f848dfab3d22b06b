/**
 * CardService, as far as the homepage card of a Google Workspace add-on uses it: builders that
 * record what they were given, `build()` that validates what the reference pages call required,
 * and `printJson()` (documented "for debugging only") for the tests to read a card back.
 *
 * Pages (all `https://developers.google.com/apps-script/reference/card-service/…`): `card-service`,
 * `card-builder`, `card`, `card-header`, `card-section`, `decorated-text`, `text-paragraph`,
 * `text-button`, `button-set`, `action`, `action-response-builder`, `action-response`,
 * `notification`, `navigation`. Where a page does not say what an invalid card does, the fake
 * refuses it with a message of its own (marked "undocumented"), rather than let it pass.
 */
import { fail, GasObject, isPlainObject, unwrap } from './core';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Anything that becomes part of a card's JSON. */
abstract class CardPart extends GasObject {
  abstract _json(): Json;
}

function text(value: unknown, method: string): string {
  if (typeof value !== 'string')
    fail(`The parameters (${typeof value}) don't match the method signature for ${method}.`);
  return value;
}

/** Action: the script function a widget calls, with string parameters. */
export class FakeAction extends CardPart {
  private functionName: string | null = null;
  private parameters: Record<string, string> = {};
  constructor() {
    super('Action');
  }
  setFunctionName(name: unknown): FakeAction {
    this.functionName = text(name, 'CardService.Action.setFunctionName');
    return this;
  }
  /** "Both keys and values must be strings" (Action page). */
  setParameters(parameters: unknown): FakeAction {
    if (!isPlainObject(parameters))
      fail(
        "The parameters (Object) don't match the method signature for CardService.Action.setParameters.",
      );
    for (const [key, value] of Object.entries(parameters))
      if (typeof value !== 'string')
        fail(`Action parameters must be strings: "${key}" is ${typeof value}.`);
    this.parameters = { ...(parameters as Record<string, string>) };
    return this;
  }
  _json(): Json {
    if (this.functionName === null) fail('An action needs a function name (undocumented message).');
    return { functionName: this.functionName, parameters: this.parameters };
  }
}

/** TextButton: a button with text and an action. */
export class FakeTextButton extends CardPart {
  private label: string | null = null;
  private action: FakeAction | null = null;
  constructor() {
    super('TextButton');
  }
  setText(label: unknown): FakeTextButton {
    this.label = text(label, 'CardService.TextButton.setText');
    return this;
  }
  setOnClickAction(action: unknown): FakeTextButton {
    const raw = unwrap(action);
    if (!(raw instanceof FakeAction))
      fail(
        "The parameters don't match the method signature for CardService.TextButton.setOnClickAction.",
      );
    this.action = raw;
    return this;
  }
  _json(): Json {
    if (this.label === null) fail('A text button needs its text (undocumented message).');
    if (this.action === null) fail('A button needs an action or a link (undocumented message).');
    return { textButton: { text: this.label, onClick: this.action._json() } };
  }
}

/** ButtonSet: buttons in a row (wrapping). */
export class FakeButtonSet extends CardPart {
  private readonly buttons: FakeTextButton[] = [];
  constructor() {
    super('ButtonSet');
  }
  addButton(button: unknown): FakeButtonSet {
    const raw = unwrap(button);
    if (!(raw instanceof FakeTextButton))
      fail("The parameters don't match the method signature for CardService.ButtonSet.addButton.");
    this.buttons.push(raw);
    return this;
  }
  _json(): Json {
    return { buttonList: this.buttons.map((b) => b._json()) };
  }
}

/** TextParagraph: a paragraph of text (basic HTML formatting). */
export class FakeTextParagraph extends CardPart {
  private value: string | null = null;
  constructor() {
    super('TextParagraph');
  }
  setText(value: unknown): FakeTextParagraph {
    this.value = text(value, 'CardService.TextParagraph.setText');
    return this;
  }
  _json(): Json {
    if (this.value === null) fail('A text paragraph needs its text (undocumented message).');
    return { textParagraph: { text: this.value } };
  }
}

/** DecoratedText: text with a label above; `setText` is "Required". */
export class FakeDecoratedText extends CardPart {
  private value: string | null = null;
  private top = '';
  private bottom = '';
  private wrap = false;
  constructor() {
    super('DecoratedText');
  }
  setText(value: unknown): FakeDecoratedText {
    this.value = text(value, 'CardService.DecoratedText.setText');
    return this;
  }
  setTopLabel(value: unknown): FakeDecoratedText {
    this.top = text(value, 'CardService.DecoratedText.setTopLabel');
    return this;
  }
  setBottomLabel(value: unknown): FakeDecoratedText {
    this.bottom = text(value, 'CardService.DecoratedText.setBottomLabel');
    return this;
  }
  setWrapText(wrap: unknown): FakeDecoratedText {
    this.wrap = wrap === true;
    return this;
  }
  _json(): Json {
    if (this.value === null) fail('DecoratedText: the text is required.');
    return {
      decoratedText: {
        topLabel: this.top,
        text: this.value,
        bottomLabel: this.bottom,
        wrapText: this.wrap,
      },
    };
  }
}

type Widget = FakeTextParagraph | FakeDecoratedText | FakeButtonSet | FakeTextButton;

/** CardSection: a header and widgets. */
export class FakeCardSection extends CardPart {
  private header = '';
  private readonly widgets: Widget[] = [];
  constructor() {
    super('CardSection');
  }
  setHeader(header: unknown): FakeCardSection {
    this.header = text(header, 'CardService.CardSection.setHeader');
    return this;
  }
  addWidget(widget: unknown): FakeCardSection {
    const raw = unwrap(widget);
    if (
      !(raw instanceof FakeTextParagraph) &&
      !(raw instanceof FakeDecoratedText) &&
      !(raw instanceof FakeButtonSet) &&
      !(raw instanceof FakeTextButton)
    )
      fail(
        "The parameters don't match the method signature for CardService.CardSection.addWidget.",
      );
    this.widgets.push(raw);
    return this;
  }
  _json(): Json {
    if (this.widgets.length === 0)
      fail('A card section needs at least one widget (undocumented message).');
    return { header: this.header, widgets: this.widgets.map((w) => w._json()) };
  }
}

/** CardHeader: title and subtitle. */
export class FakeCardHeader extends CardPart {
  private title: string | null = null;
  private subtitle = '';
  constructor() {
    super('CardHeader');
  }
  setTitle(title: unknown): FakeCardHeader {
    this.title = text(title, 'CardService.CardHeader.setTitle');
    return this;
  }
  setSubtitle(subtitle: unknown): FakeCardHeader {
    this.subtitle = text(subtitle, 'CardService.CardHeader.setSubtitle');
    return this;
  }
  _json(): Json {
    if (this.title === null) fail('A card header needs a title (undocumented message).');
    return { title: this.title, subtitle: this.subtitle };
  }
}

/** Card: what `CardBuilder.build()` made; `printJson()` is documented for debugging. */
export class FakeCard extends GasObject {
  constructor(private readonly json: Json) {
    super('Card');
  }
  printJson(): string {
    return JSON.stringify(this.json, null, 2);
  }
  _json(): Json {
    return this.json;
  }
}

/** CardBuilder: "Builds the current card and validates it." */
export class FakeCardBuilder extends GasObject {
  private header: FakeCardHeader | null = null;
  private readonly sections: FakeCardSection[] = [];
  constructor() {
    super('CardBuilder');
  }
  setHeader(header: unknown): FakeCardBuilder {
    const raw = unwrap(header);
    if (!(raw instanceof FakeCardHeader))
      fail(
        "The parameters don't match the method signature for CardService.CardBuilder.setHeader.",
      );
    this.header = raw;
    return this;
  }
  addSection(section: unknown): FakeCardBuilder {
    const raw = unwrap(section);
    if (!(raw instanceof FakeCardSection))
      fail(
        "The parameters don't match the method signature for CardService.CardBuilder.addSection.",
      );
    this.sections.push(raw);
    return this;
  }
  build(): FakeCard {
    if (this.sections.length === 0)
      fail('A card needs at least one section (undocumented message).');
    return new FakeCard({
      header: this.header === null ? null : this.header._json(),
      sections: this.sections.map((s) => s._json()),
    });
  }
}

/** Notification: a short message shown at the bottom of the add-on. */
export class FakeNotification extends CardPart {
  private value: string | null = null;
  constructor() {
    super('Notification');
  }
  setText(value: unknown): FakeNotification {
    this.value = text(value, 'CardService.Notification.setText');
    return this;
  }
  _json(): Json {
    if (this.value === null) fail('A notification needs its text (undocumented message).');
    return { text: this.value };
  }
}

/** Navigation: card stack changes (`pushCard`, `updateCard`, `popCard`). */
export class FakeNavigation extends CardPart {
  private readonly steps: Json[] = [];
  constructor() {
    super('Navigation');
  }
  private card(card: unknown, method: string): FakeCard {
    const raw = unwrap(card);
    if (!(raw instanceof FakeCard))
      fail(`The parameters don't match the method signature for CardService.Navigation.${method}.`);
    return raw;
  }
  pushCard(card: unknown): FakeNavigation {
    this.steps.push({ pushCard: this.card(card, 'pushCard')._json() });
    return this;
  }
  updateCard(card: unknown): FakeNavigation {
    this.steps.push({ updateCard: this.card(card, 'updateCard')._json() });
    return this;
  }
  popCard(): FakeNavigation {
    this.steps.push({ popCard: true });
    return this;
  }
  _json(): Json {
    return this.steps;
  }
}

/** ActionResponse: what a card action returns. */
export class FakeActionResponse extends GasObject {
  constructor(private readonly json: Json) {
    super('ActionResponse');
  }
  printJson(): string {
    return JSON.stringify(this.json, null, 2);
  }
  _json(): Json {
    return this.json;
  }
}

/** ActionResponseBuilder: "Builds the current action response and validates it." */
export class FakeActionResponseBuilder extends GasObject {
  private notification: FakeNotification | null = null;
  private navigation: FakeNavigation | null = null;
  constructor() {
    super('ActionResponseBuilder');
  }
  setNotification(notification: unknown): FakeActionResponseBuilder {
    const raw = unwrap(notification);
    if (!(raw instanceof FakeNotification))
      fail(
        "The parameters don't match the method signature for CardService.ActionResponseBuilder.setNotification.",
      );
    this.notification = raw;
    return this;
  }
  setNavigation(navigation: unknown): FakeActionResponseBuilder {
    const raw = unwrap(navigation);
    if (!(raw instanceof FakeNavigation))
      fail(
        "The parameters don't match the method signature for CardService.ActionResponseBuilder.setNavigation.",
      );
    this.navigation = raw;
    return this;
  }
  build(): FakeActionResponse {
    if (this.notification === null && this.navigation === null)
      fail(
        'An action response needs a notification, a navigation or a link (undocumented message).',
      );
    return new FakeActionResponse({
      notification: this.notification === null ? null : this.notification._json(),
      navigation: this.navigation === null ? null : this.navigation._json(),
    });
  }
}

/** CardService: the `new…` factories the homepage card uses. */
export class FakeCardService extends GasObject {
  constructor() {
    super('CardService');
  }
  newCardBuilder(): FakeCardBuilder {
    return new FakeCardBuilder();
  }
  newCardHeader(): FakeCardHeader {
    return new FakeCardHeader();
  }
  newCardSection(): FakeCardSection {
    return new FakeCardSection();
  }
  newDecoratedText(): FakeDecoratedText {
    return new FakeDecoratedText();
  }
  newTextParagraph(): FakeTextParagraph {
    return new FakeTextParagraph();
  }
  newTextButton(): FakeTextButton {
    return new FakeTextButton();
  }
  newButtonSet(): FakeButtonSet {
    return new FakeButtonSet();
  }
  newAction(): FakeAction {
    return new FakeAction();
  }
  newActionResponseBuilder(): FakeActionResponseBuilder {
    return new FakeActionResponseBuilder();
  }
  newNotification(): FakeNotification {
    return new FakeNotification();
  }
  newNavigation(): FakeNavigation {
    return new FakeNavigation();
  }
}
