import { FakeRange, coerceInput, type CellValue, type FakeSpreadsheet } from './spreadsheet-app';
import { FakeUser } from './session';
import { emailOf, FileSharing } from './sharing';
import { FakeFormResponse, FakeItemResponse } from './form-response';
import { formatDate } from './utilities';
import {
  asString,
  badSignature,
  fail,
  GasObject,
  type GasState,
  isDate,
  isRu,
  nextSeq,
  unwrap,
} from './core';

const NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';
/** Until this instant (1 July 2026, UTC) a form made by a script was published at once. */
const PUBLISHED_BY_DEFAULT_UNTIL = Date.UTC(2026, 6, 1);

type ItemType =
  | 'CHECKBOX'
  | 'DATE'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'TEXT';
interface ItemData {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  other: boolean;
  bounds: [number, number];
  labels: [string, string];
}

const VIEW: Record<ItemType, string> = {
  CHECKBOX: 'CheckboxItem',
  DATE: 'DateItem',
  LIST: 'ListItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  TEXT: 'TextItem',
};
const COMMON = [
  'getId',
  'getIndex',
  'getTitle',
  'setTitle',
  'getHelpText',
  'setHelpText',
  'getType',
  'duplicate',
];
const REQ = ['setRequired', 'isRequired'];
const CHOICE = ['setChoiceValues', 'setChoices', 'getChoices', 'createChoice', ...REQ];
const ALLOWED: Record<string, string[]> = {
  Item: [...COMMON, ...Object.values(VIEW).map((v) => `as${v}`)],
  CheckboxItem: [...COMMON, ...CHOICE, 'showOtherOption', 'hasOtherOption'],
  MultipleChoiceItem: [...COMMON, ...CHOICE, 'showOtherOption', 'hasOtherOption'],
  ListItem: [...COMMON, ...CHOICE],
  ScaleItem: [
    ...COMMON,
    ...REQ,
    'setBounds',
    'getLowerBound',
    'getUpperBound',
    'setLabels',
    'getLeftLabel',
    'getRightLabel',
  ],
  TextItem: [...COMMON, ...REQ, 'createResponse'],
  ParagraphTextItem: [...COMMON, ...REQ],
  DateItem: [...COMMON, ...REQ, 'setIncludesYear'],
  SectionHeaderItem: [...COMMON],
};

/** A choice of a multiple-choice, list or checkbox item. */
export class FakeChoice extends GasObject {
  constructor(private readonly value: string) {
    super('Choice');
  }
  getValue(): string {
    return this.value;
  }
}

/** A form item, seen either as a generic Item or as its typed view (TextItem, ScaleItem...). */
export class FakeFormItem extends GasObject {
  constructor(
    readonly _form: FakeForm,
    readonly _data: ItemData,
    view: string,
  ) {
    super(view);
  }
  override _hidden(prop: string): boolean {
    return (
      typeof (this as unknown as Record<string, unknown>)[prop] === 'function' &&
      !(ALLOWED[this._gasName] ?? []).includes(prop)
    );
  }
  private as(type: ItemType): FakeFormItem {
    if (this._data.type !== type) fail(`Invalid conversion for item type: ${this._data.type}.`);
    return new FakeFormItem(this._form, this._data, VIEW[type]);
  }
  getId(): number {
    return this._data.id;
  }
  getIndex(): number {
    return this._form._items.indexOf(this._data);
  }
  getTitle(): string {
    return this._data.title;
  }
  setTitle(t: string): FakeFormItem {
    this._data.title = String(t);
    return this;
  }
  getHelpText(): string {
    return this._data.helpText;
  }
  setHelpText(t: string): FakeFormItem {
    this._data.helpText = String(t);
    return this;
  }
  getType(): string {
    return this._data.type;
  }
  duplicate(): FakeFormItem {
    return this._form._add(this._data.type, { ...this._data, choices: [...this._data.choices] });
  }
  isRequired(): boolean {
    return this._data.required;
  }
  setRequired(r: boolean): FakeFormItem {
    this._data.required = Boolean(r);
    return this;
  }
  setChoiceValues(values: unknown): FakeFormItem {
    if (!Array.isArray(values)) badSignature(`FormApp.${this._gasName}.setChoiceValues`, [values]);
    this._data.choices = values.map(String);
    return this;
  }
  setChoices(choices: unknown[]): FakeFormItem {
    this._data.choices = unwrap<unknown[]>(choices).map((c) =>
      c instanceof FakeChoice ? c.getValue() : String(c),
    );
    return this;
  }
  getChoices(): FakeChoice[] {
    return this._data.choices.map((c) => new FakeChoice(c));
  }
  createChoice(value: string): FakeChoice {
    return new FakeChoice(String(value));
  }
  showOtherOption(enabled: boolean): FakeFormItem {
    this._data.other = Boolean(enabled);
    return this;
  }
  hasOtherOption(): boolean {
    return this._data.other;
  }
  setBounds(lower: number, upper: number): FakeFormItem {
    if (![0, 1].includes(lower) || upper < 3 || upper > 10) fail('Invalid data updating form.');
    this._data.bounds = [lower, upper];
    return this;
  }
  getLowerBound(): number {
    return this._data.bounds[0];
  }
  getUpperBound(): number {
    return this._data.bounds[1];
  }
  setLabels(lower: string, upper: string): FakeFormItem {
    this._data.labels = [String(lower), String(upper)];
    return this;
  }
  getLeftLabel(): string {
    return this._data.labels[0];
  }
  getRightLabel(): string {
    return this._data.labels[1];
  }
  setIncludesYear(_b: boolean): FakeFormItem {
    return this;
  }
  asCheckboxItem(): FakeFormItem {
    return this.as('CHECKBOX');
  }
  asDateItem(): FakeFormItem {
    return this.as('DATE');
  }
  asListItem(): FakeFormItem {
    return this.as('LIST');
  }
  asMultipleChoiceItem(): FakeFormItem {
    return this.as('MULTIPLE_CHOICE');
  }
  asParagraphTextItem(): FakeFormItem {
    return this.as('PARAGRAPH_TEXT');
  }
  asScaleItem(): FakeFormItem {
    return this.as('SCALE');
  }
  asSectionHeaderItem(): FakeFormItem {
    return this.as('SECTION_HEADER');
  }
  asTextItem(): FakeFormItem {
    return this.as('TEXT');
  }
  /** TextItem.createResponse(response): an answer for a response built in a script. */
  createResponse(response: unknown): FakeItemResponse {
    if (typeof response !== 'string') badSignature('FormApp.TextItem.createResponse', [response]);
    return new FakeItemResponse(this._data.id, response);
  }
}

/** A Google Form. */
export class FakeForm extends GasObject {
  _items: ItemData[] = [];
  private description = '';
  private collectEmail = false;
  private confirmation = '';
  private allowEdits = false;
  private limitOne = false;
  private accepting = true;
  /**
   * Forms created by a script after 30 June 2026 start unpublished and take no responses until
   * published ("API changes to Google Forms", developers.google.com/workspace/forms/api/guides/
   * api-changes-to-google-forms); earlier ones were published at once.
   */
  private published: boolean;
  // Kept by sheet id, as Google does: the school (or the add-on) may rename the response sheet.
  private destination: { id: string; sheetId: number } | null = null;
  /** A new form is its creator's (the effective user's) and shared with nobody. */
  readonly _sharing: FileSharing;

  constructor(
    private readonly state: GasState,
    readonly _id: string,
    private title: string,
  ) {
    super('Form');
    this._sharing = new FileSharing(state, state.effectiveUserEmail);
    this.published = state.clock.nowMs() < PUBLISHED_BY_DEFAULT_UNTIL;
  }
  /** Only editors work on a form through FormApp (responders only answer it). */
  override _guard(): void {
    if (!this._sharing.canEdit(this.state.effectiveUserEmail)) fail(NOT_FOUND);
  }
  /** Owner first, then editors (as Spreadsheet.getEditors in these fakes). */
  getEditors(): FakeUser[] {
    return this._sharing.editorList().map((e) => new FakeUser(e));
  }
  addEditor(user: unknown): FakeForm {
    this._sharing.addEditor(emailOf(user));
    return this;
  }
  addEditors(users: unknown[]): FakeForm {
    users.forEach((u) => this.addEditor(u));
    return this;
  }
  removeEditor(user: unknown): FakeForm {
    this._sharing.removeEditor(emailOf(user));
    return this;
  }
  _add(type: ItemType, init?: Partial<ItemData>): FakeFormItem {
    const data: ItemData = {
      title: '',
      helpText: '',
      required: false,
      choices: [],
      other: false,
      bounds: [1, 5],
      labels: ['', ''],
      ...init,
      type,
      id: 100000000 + nextSeq(this.state),
    };
    this._items.push(data);
    return new FakeFormItem(this, data, VIEW[type]);
  }
  private questions(): ItemData[] {
    return this._items.filter((i) => i.type !== 'SECTION_HEADER');
  }
  private labels(): { ts: string; email: string } {
    return isRu(this.state)
      ? { ts: 'Отметка времени', email: 'Адрес электронной почты' }
      : { ts: 'Timestamp', email: 'Email Address' };
  }

  getId(): string {
    return this._id;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(t: string): FakeForm {
    this.title = String(t);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(d: string): FakeForm {
    this.description = String(d);
    return this;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }
  /** Short URL (unchanged here). */
  setCollectEmail(b: boolean): FakeForm {
    this.collectEmail = Boolean(b);
    return this;
  }
  collectsEmail(): boolean {
    return this.collectEmail;
  }
  setConfirmationMessage(m: string): FakeForm {
    this.confirmation = String(m);
    return this;
  }
  getConfirmationMessage(): string {
    return this.confirmation;
  }
  setAllowResponseEdits(b: boolean): FakeForm {
    this.allowEdits = Boolean(b);
    return this;
  }
  canEditResponse(): boolean {
    return this.allowEdits;
  }
  setLimitOneResponsePerUser(b: boolean): FakeForm {
    this.limitOne = Boolean(b);
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.limitOne;
  }
  setAcceptingResponses(b: boolean): FakeForm {
    this.accepting = Boolean(b);
    return this;
  }
  /** Forced false while unpublished (Forms API, PublishState.isAcceptingResponses). */
  isAcceptingResponses(): boolean {
    return this.published && this.accepting;
  }
  isPublished(): boolean {
    return this.published;
  }
  /** Publishing also turns on accepting responses; unpublishing turns it off. */
  setPublished(enabled: boolean): FakeForm {
    if (typeof enabled !== 'boolean') badSignature('FormApp.Form.setPublished', [enabled]);
    this.published = enabled;
    this.accepting = enabled;
    return this;
  }
  setShowLinkToRespondAgain(_b: boolean): FakeForm {
    return this;
  }
  setProgressBar(_b: boolean): FakeForm {
    return this;
  }
  setDestination(type: string, id: string): FakeForm {
    if (String(type) !== 'SPREADSHEET') badSignature('FormApp.Form.setDestination', [type, id]);
    const ss = this.state.spreadsheets.get(String(id));
    if (!ss) fail(NOT_FOUND);
    // Linking writes a response sheet into the spreadsheet: the form's editor must be able to edit it.
    ss._sharing.requireEdit(this.state.effectiveUserEmail);
    const ru = isRu(this.state);
    let n = 1;
    const nameOf = (k: number): string => (ru ? `Ответы на форму (${k})` : `Form Responses ${k}`);
    while (ss.getSheetByName(nameOf(n))) n += 1;
    const sheet = ss._addSheet(nameOf(n), 0);
    const l = this.labels();
    const header = [
      l.ts,
      ...(this.collectEmail ? [l.email] : []),
      ...this.questions().map((q) => q.title),
    ];
    header.forEach((h, j) => {
      sheet._ensure(1, j + 1).v = h;
    });
    sheet._frozenRows = 1;
    ss._formUrl = this.getPublishedUrl();
    this.destination = { id: ss._id, sheetId: sheet._id };
    return this;
  }
  getDestinationId(): string {
    if (!this.destination) fail('The form currently has no response destination.');
    return this.destination.id;
  }
  getDestinationType(): string {
    if (!this.destination) fail('The form currently has no response destination.');
    return 'SPREADSHEET';
  }
  removeDestination(): FakeForm {
    this.destination = null;
    return this;
  }
  addScaleItem(): FakeFormItem {
    return this._add('SCALE');
  }
  addMultipleChoiceItem(): FakeFormItem {
    return this._add('MULTIPLE_CHOICE');
  }
  addListItem(): FakeFormItem {
    return this._add('LIST');
  }
  addCheckboxItem(): FakeFormItem {
    return this._add('CHECKBOX');
  }
  addTextItem(): FakeFormItem {
    return this._add('TEXT');
  }
  addParagraphTextItem(): FakeFormItem {
    return this._add('PARAGRAPH_TEXT');
  }
  addDateItem(): FakeFormItem {
    return this._add('DATE');
  }
  /** Section header (not a question). */
  addSectionHeaderItem(): FakeFormItem {
    return this._add('SECTION_HEADER');
  }
  /** Form.createResponse(): a response to fill in and turn into a pre-filled link. */
  createResponse(): FakeFormResponse {
    return new FakeFormResponse(this.getPublishedUrl());
  }
  getItems(type?: string): FakeFormItem[] {
    return this._items
      .filter((i) => type === undefined || i.type === String(type))
      .map((i) => new FakeFormItem(this, i, 'Item'));
  }
  getItemById(id: number): FakeFormItem | null {
    const i = this._items.find((x) => x.id === Number(id));
    return i ? new FakeFormItem(this, i, 'Item') : null;
  }
  deleteItem(item: unknown): void {
    const index =
      typeof item === 'number'
        ? item
        : item instanceof FakeFormItem
          ? this._items.indexOf(item._data)
          : -1;
    if (index < 0 || index >= this._items.length) fail('Invalid argument: index');
    this._items.splice(index, 1);
  }

  _submit(answers: Record<string, unknown>, email: string): Record<string, unknown> | null {
    // A respondent cannot answer a form that is not published or not accepting responses.
    if (!this.published) throw new Error(`Form "${this.title}" is not published`);
    if (!this.accepting) throw new Error(`Form "${this.title}" is not accepting responses`);
    const qs = this.questions();
    const l = this.labels();
    for (const key of Object.keys(answers)) {
      if (key !== l.email && !qs.some((q) => q.title === key))
        throw new Error(`Form "${this.title}" has no question "${key}"`);
    }
    const stored: Array<{ item: ItemData; value: unknown }> = [];
    for (const q of qs) {
      const a = answers[q.title];
      const empty = a === undefined || a === '' || (Array.isArray(a) && a.length === 0);
      if (empty) {
        if (q.required) throw new Error(`Required question "${q.title}" has no answer`);
        continue;
      }
      const list = Array.isArray(a) ? a.map(String) : [asString(a)];
      if (
        ['MULTIPLE_CHOICE', 'LIST', 'CHECKBOX'].includes(q.type) &&
        !(q.other && q.type !== 'LIST')
      ) {
        for (const v of list)
          if (!q.choices.includes(v)) throw new Error(`"${v}" is not a choice of "${q.title}"`);
      }
      if (
        q.type === 'SCALE' &&
        !(Number.isInteger(Number(a)) && Number(a) >= q.bounds[0] && Number(a) <= q.bounds[1])
      ) {
        throw new Error(`${asString(a)} is outside the scale of "${q.title}"`);
      }
      stored.push({ item: q, value: q.type === 'CHECKBOX' ? list : isDate(a) ? a : asString(a) });
    }
    const at = this.state.clock.now();
    const respondent = typeof answers[l.email] === 'string' ? (answers[l.email] as string) : email;
    if (!this.destination) return null;
    const ss = this.state.spreadsheets.get(this.destination.id) as FakeSpreadsheet;
    const sheet = ss.getSheetById(this.destination.sheetId);
    if (!sheet) return null;
    const header: string[] = [];
    for (let c = 1; c <= sheet._lastCol(); c += 1) header.push(String(sheet._cell(1, c)?.v ?? ''));
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    for (const q of qs) if (!header.includes(q.title)) header.push(q.title);
    if (this.collectEmail && !header.includes(l.email)) header.push(l.email);
    header.forEach((h, j) => {
      sheet._ensure(1, j + 1).v = h;
    });
    const row = sheet._lastRow() + 1;
    if (row > sheet._maxRows) sheet._maxRows = row;
    if (header.length > sheet._maxCols) sheet._maxCols = header.length;
    const display: string[] = [];
    const named: Record<string, string[]> = {};
    header.forEach((h, j) => {
      const ans = stored.find((s) => s.item.title === h);
      let value: unknown = '';
      let text = '';
      if (h === l.ts) {
        value = at;
        text = formatDate(at, ss._tz, isRu(this.state) ? 'dd.MM.yyyy H:mm:ss' : 'M/d/yyyy H:mm:ss');
      } else if (h === l.email) {
        value = this.collectEmail ? respondent : '';
        text = String(value);
      } else if (ans) {
        text = Array.isArray(ans.value)
          ? ans.value.join(', ')
          : isDate(ans.value)
            ? formatDate(ans.value, ss._tz, 'yyyy-MM-dd')
            : String(ans.value);
        value = isDate(ans.value)
          ? ans.value
          : /^[='@]/.test(text)
            ? text
            : coerceInput(text, undefined, ss._tz, ss._locale).v;
      }
      sheet._ensure(row, j + 1).v = value as CellValue;
      display.push(text);
      named[h] = [text];
    });
    return {
      authMode: 'FULL',
      namedValues: named,
      range: new FakeRange(this.state, sheet, row, 1, 1, header.length),
      source: ss,
      triggerUid: '',
      values: display,
    };
  }
  private _destinationSheetName(): string | null {
    if (!this.destination) return null;
    const ss = this.state.spreadsheets.get(this.destination.id);
    return ss?.getSheetById(this.destination.sheetId)?.getName() ?? null;
  }
  /** Snapshot for assertions (not a real method). */
  _snapshot(): Record<string, unknown> {
    return {
      id: this._id,
      title: this.title,
      description: this.description,
      collectEmail: this.collectEmail,
      published: this.published,
      accepting: this.isAcceptingResponses(),
      destinationId: this.destination?.id ?? null,
      destinationSheet: this._destinationSheetName(),
      items: this._items.map((i) => ({ ...i, choices: [...i.choices] })),
    };
  }
}

/** FormApp service. */
export class FakeFormApp extends GasObject {
  readonly DestinationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET' });
  readonly ItemType = Object.freeze(
    Object.fromEntries(
      [
        'CHECKBOX',
        'CHECKBOX_GRID',
        'DATE',
        'DATETIME',
        'DURATION',
        'GRID',
        'IMAGE',
        'LIST',
        'MULTIPLE_CHOICE',
        'PAGE_BREAK',
        'PARAGRAPH_TEXT',
        'SCALE',
        'SECTION_HEADER',
        'TEXT',
        'TIME',
        'VIDEO',
        'FILE_UPLOAD',
      ].map((k) => [k, k]),
    ),
  );

  constructor(private readonly state: GasState) {
    super('FormApp');
  }
  create(title: string): FakeForm {
    if (typeof title !== 'string') badSignature('FormApp.create', [title]);
    const form = new FakeForm(
      this.state,
      `1FAIpQLSf${String(nextSeq(this.state)).padStart(6, '0')}fakeform`,
      title,
    );
    this.state.forms.push(form);
    return form;
  }
  /**
   * A form its effective user may edit; anyone else gets Google's one message for both cases
   * (FormApp.openById, developers.google.com/apps-script/reference/forms/form-app#openById(String)):
   * a second administrator's trigger cannot open the first one's forms until they are shared.
   */
  openById(id: string): FakeForm {
    const form = this.state.forms.find((f) => f._id === String(id));
    if (!form || !form._sharing.canEdit(this.state.effectiveUserEmail)) fail(NOT_FOUND);
    return form;
  }
  openByUrl(url: string): FakeForm {
    const form = this.state.forms.find((f) => String(url).includes(f._id));
    if (!form || !form._sharing.canEdit(this.state.effectiveUserEmail)) fail(NOT_FOUND);
    return form;
  }
  getActiveForm(): FakeForm | null {
    return null;
  }
}
