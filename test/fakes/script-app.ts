import { GasObject, badSignature, fail, nextSeq, unwrap, type GasState } from './core';
import { FakeUser } from './session';

/** Event types of installable triggers. */
export type TriggerType = 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';

/** A trigger as stored by the fake (env.triggers.list()). */
export interface TriggerRecord {
  id: string;
  handler: string;
  type: TriggerType;
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  sourceId: string | null;
  docId: string | null;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  after?: number;
  at?: Date;
  timezone?: string;
  disabled: boolean;
}

const MAX_TRIGGERS = 20;
const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** An installed trigger. */
export class FakeTrigger extends GasObject {
  constructor(readonly _rec: TriggerRecord) {
    super('Trigger');
  }
  getHandlerFunction(): string {
    return this._rec.handler;
  }
  getEventType(): string {
    return this._rec.type;
  }
  getUniqueId(): string {
    return this._rec.id;
  }
  getTriggerSource(): string {
    return this._rec.source;
  }
  getTriggerSourceId(): string | null {
    return this._rec.sourceId;
  }
}

function addTrigger(state: GasState, rec: Omit<TriggerRecord, 'id' | 'disabled'>): FakeTrigger {
  if (state.triggers.length >= MAX_TRIGGERS) {
    fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (state.addon && state.triggers.some((t) => t.type === rec.type && t.docId === rec.docId)) {
    fail(
      `This add-on already has a ${rec.type} trigger for this document. An add-on can only have one trigger of each type, per user, per document.`,
    );
  }
  const full: TriggerRecord = {
    ...rec,
    id: String(4_700_000_000_000 + nextSeq(state) * 7_919),
    disabled: false,
  };
  state.triggers.push(full);
  return new FakeTrigger(full);
}

function idOf(x: unknown, what: string): string {
  if (typeof x === 'string') return x;
  const o = x as { getId?: () => string } | null;
  if (o && typeof o.getId === 'function') return o.getId();
  return badSignature(`ScriptApp.TriggerBuilder.${what}`, [x]);
}

/** Builder of time-driven triggers. */
export class FakeClockTriggerBuilder extends GasObject {
  private spec: Partial<TriggerRecord> = {};

  constructor(
    private readonly state: GasState,
    private readonly handler: string,
  ) {
    super('ClockTriggerBuilder');
  }
  after(ms: number): FakeClockTriggerBuilder {
    this.spec.after = ms;
    return this;
  }
  at(date: Date): FakeClockTriggerBuilder {
    this.spec.at = new Date(date.getTime());
    return this;
  }
  /** Hour of day (with everyDays / everyWeeks). */
  atHour(h: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(h) || h < 0 || h > 23) fail('Invalid argument: hour');
    this.spec.atHour = h;
    return this;
  }
  /** Minute (±15) of the hour. */
  nearMinute(m: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(m) || m < 0 || m > 59) fail('Invalid argument: minute');
    this.spec.nearMinute = m;
    return this;
  }
  /** Every n minutes (1, 5, 10, 15 or 30). */
  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      fail('Invalid argument: minutes. The interval must be 1, 5, 10, 15 or 30.');
    this.spec.everyMinutes = n;
    return this;
  }
  /** Every n hours (1, 2, 4, 6, 8 or 12). */
  everyHours(n: number): FakeClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      fail('Invalid argument: hours. The interval must be 1, 2, 4, 6, 8 or 12.');
    this.spec.everyHours = n;
    return this;
  }
  everyDays(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) fail('Invalid argument: days');
    this.spec.everyDays = n;
    return this;
  }
  everyWeeks(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) fail('Invalid argument: weeks');
    this.spec.everyWeeks = n;
    return this;
  }
  /** Day of week (ScriptApp.WeekDay). */
  onWeekDay(day: string): FakeClockTriggerBuilder {
    if (!WEEK_DAYS.includes(String(day))) badSignature('ClockTriggerBuilder.onWeekDay', [day]);
    this.spec.onWeekDay = String(day);
    return this;
  }
  inTimezone(tz: string): FakeClockTriggerBuilder {
    this.spec.timezone = String(tz);
    return this;
  }
  /** Creates the trigger (editor add-ons: at most hourly, one per document). */
  create(): FakeTrigger {
    const s = this.spec;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks].filter(
      (x) => x !== undefined,
    ).length;
    if (recurring + (s.after !== undefined ? 1 : 0) + (s.at !== undefined ? 1 : 0) === 0) {
      fail(
        'The trigger has no schedule: call after(), at(), everyMinutes(), everyHours(), everyDays() or everyWeeks() before create().',
      );
    }
    if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined) {
      fail('atHour() can only be used with everyDays() or everyWeeks().');
    }
    if (
      this.state.addon &&
      (s.everyMinutes !== undefined || (s.after !== undefined && s.after < 3_600_000))
    ) {
      fail('Clock events must be scheduled at least 1 hour(s) apart.');
    }
    return addTrigger(this.state, {
      ...s,
      handler: this.handler,
      type: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      docId: this.state.addon ? (this.state.active?._id ?? null) : null,
    });
  }
}

/** Builder of spreadsheet or form triggers. */
export class FakeSourceTriggerBuilder extends GasObject {
  private type: TriggerType | null = null;

  constructor(
    private readonly state: GasState,
    private readonly handler: string,
    private readonly source: 'SPREADSHEETS' | 'FORMS',
    private readonly sourceId: string,
  ) {
    super(source === 'FORMS' ? 'FormTriggerBuilder' : 'SpreadsheetTriggerBuilder');
  }
  override _hidden(prop: string): boolean {
    return this.source === 'FORMS' && (prop === 'onEdit' || prop === 'onChange');
  }
  onFormSubmit(): FakeSourceTriggerBuilder {
    this.type = 'ON_FORM_SUBMIT';
    return this;
  }
  /** On edit (spreadsheets). */
  onEdit(): FakeSourceTriggerBuilder {
    this.type = 'ON_EDIT';
    return this;
  }
  onOpen(): FakeSourceTriggerBuilder {
    this.type = 'ON_OPEN';
    return this;
  }
  /** On change (spreadsheets). */
  onChange(): FakeSourceTriggerBuilder {
    this.type = 'ON_CHANGE';
    return this;
  }
  create(): FakeTrigger {
    if (!this.type)
      fail(
        'The trigger has no event: call onFormSubmit(), onEdit(), onOpen() or onChange() before create().',
      );
    return addTrigger(this.state, {
      handler: this.handler,
      type: this.type,
      source: this.source,
      sourceId: this.sourceId,
      docId: this.sourceId,
    });
  }
}

/** ScriptApp.newTrigger(handler). */
export class FakeTriggerBuilder extends GasObject {
  constructor(
    private readonly state: GasState,
    private readonly handler: string,
  ) {
    super('TriggerBuilder');
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.state, this.handler);
  }
  /** A spreadsheet trigger (object or id). */
  forSpreadsheet(ss: unknown): FakeSourceTriggerBuilder {
    return new FakeSourceTriggerBuilder(
      this.state,
      this.handler,
      'SPREADSHEETS',
      idOf(ss, 'forSpreadsheet'),
    );
  }
  /** A form trigger (object or id). */
  forForm(form: unknown): FakeSourceTriggerBuilder {
    return new FakeSourceTriggerBuilder(this.state, this.handler, 'FORMS', idOf(form, 'forForm'));
  }
}

/** The script published as a web app. */
export class FakeService extends GasObject {
  constructor(private readonly scriptId: string) {
    super('Service');
  }
  getUrl(): string {
    return `https://script.google.com/macros/s/${this.scriptId}/exec`;
  }
  isEnabled(): boolean {
    return true;
  }
}

/** ScriptApp service: triggers, ids, tokens, enums. */
export class FakeScriptApp extends GasObject {
  readonly AuthMode = Object.freeze({
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  });
  readonly EventType = Object.freeze({
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    ON_CHANGE: 'ON_CHANGE',
    ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
  });
  readonly TriggerSource = Object.freeze({
    SPREADSHEETS: 'SPREADSHEETS',
    CLOCK: 'CLOCK',
    FORMS: 'FORMS',
    DOCUMENTS: 'DOCUMENTS',
    CALENDAR: 'CALENDAR',
  });
  readonly WeekDay = Object.freeze(Object.fromEntries(WEEK_DAYS.map((d) => [d, d])));
  readonly InstallationSource = Object.freeze({
    APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    NONE: 'NONE',
    WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
  });

  constructor(
    private readonly state: GasState,
    private readonly scriptId: string,
  ) {
    super('ScriptApp');
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      badSignature('ScriptApp.newTrigger', [functionName]);
    return new FakeTriggerBuilder(this.state, functionName);
  }
  getProjectTriggers(): FakeTrigger[] {
    return this.state.triggers.map((t) => new FakeTrigger(t));
  }
  getUserTriggers(doc: unknown): FakeTrigger[] {
    const id = idOf(doc, 'getUserTriggers');
    return this.state.triggers.filter((t) => t.docId === id).map((t) => new FakeTrigger(t));
  }
  deleteTrigger(trigger: unknown): void {
    const t = unwrap(trigger);
    if (!(t instanceof FakeTrigger)) badSignature('ScriptApp.deleteTrigger', [trigger]);
    this.state.triggers = this.state.triggers.filter((r) => r.id !== t._rec.id);
  }
  /** How the script runs: as an add-on, or (NONE) bound to its container or standalone. */
  getInstallationSource(): string {
    return this.state.addon ? 'WEB_STORE_ADD_ON' : 'NONE';
  }
  getScriptId(): string {
    return this.scriptId;
  }
  getOAuthToken(): string {
    return 'ya29.fake-oauth-token';
  }
  getService(): FakeService {
    return new FakeService(this.scriptId);
  }
}

/** How the environment runs a handler as a separate execution. */
export type HandlerRunner = (
  handler: string,
  event: Record<string, unknown>,
  opts: { ui: boolean; authMode: string },
) => unknown;

/** Test-side control of installed triggers (env.triggers). */
export class TriggerControl {
  constructor(
    private readonly state: GasState,
    private readonly run: HandlerRunner,
  ) {}

  list(): Array<
    Pick<
      TriggerRecord,
      | 'id'
      | 'handler'
      | 'type'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyDays'
      | 'atHour'
      | 'sourceId'
      | 'disabled'
    >
  > {
    return this.state.triggers.map((t) => ({ ...t }));
  }
  /** Disables a trigger (as Google does after repeated failures). */
  disable(id: string): void {
    const t = this.state.triggers.find((x) => x.id === id);
    if (!t) throw new Error(`No trigger ${id}`);
    t.disabled = true;
  }
  fireTimeTriggers(): number {
    const due = this.state.triggers.filter((t) => t.type === 'CLOCK' && !t.disabled);
    for (const t of due) {
      const d = this.state.clock.now();
      this.run(
        t.handler,
        {
          authMode: 'FULL',
          'day-of-month': d.getUTCDate(),
          'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          month: d.getUTCMonth() + 1,
          second: d.getUTCSeconds(),
          timezone: 'UTC',
          triggerUid: t.id,
          'week-of-year': weekOfYear(d),
          year: d.getUTCFullYear(),
        },
        { ui: false, authMode: 'FULL' },
      );
    }
    return due.length;
  }
  /** Simulates a user edit: writes `value` (unless undefined), then runs simple onEdit and ON_EDIT triggers. */
  fireEdit(range: unknown, oldValue?: unknown, value?: unknown): number {
    const r = unwrap<{
      setValue(v: unknown): unknown;
      getSheet(): { getParent(): { getId(): string } };
    }>(range);
    if (value !== undefined) {
      const written = this.state.counters.cellsWritten;
      r.setValue(value);
      this.state.counters.cellsWritten = written;
    }
    const ss = r.getSheet().getParent();
    const base = {
      oldValue,
      range: r,
      source: ss,
      user: new FakeUser(this.state.userEmail),
      value,
    };
    let n = 0;
    if (
      this.run('onEdit', { ...base, authMode: 'LIMITED' }, { ui: true, authMode: 'LIMITED' }) !==
      NOT_FOUND
    )
      n += 1;
    for (const t of this.state.triggers.filter(
      (x) => x.type === 'ON_EDIT' && !x.disabled && x.sourceId === ss.getId(),
    )) {
      this.run(
        t.handler,
        { ...base, authMode: 'FULL', triggerUid: t.id },
        { ui: true, authMode: 'FULL' },
      );
      n += 1;
    }
    return n;
  }
  /** Runs every enabled ON_FORM_SUBMIT trigger with the event (e.g. from env.forms.submit); returns how many ran. */
  fireFormSubmit(event: Record<string, unknown>): number {
    const due = this.state.triggers.filter((t) => t.type === 'ON_FORM_SUBMIT' && !t.disabled);
    for (const t of due)
      this.run(
        t.handler,
        { ...event, authMode: 'FULL', triggerUid: t.id },
        { ui: false, authMode: 'FULL' },
      );
    return due.length;
  }
  /** Runs the simple onOpen(e) in the given auth mode (NONE before the add-on is enabled in the file, else LIMITED). */
  fireOpen(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'LIMITED'): boolean {
    const ss = this.state.active;
    return (
      this.run(
        'onOpen',
        { authMode, source: ss, user: new FakeUser(this.state.userEmail) },
        { ui: true, authMode },
      ) !== NOT_FOUND
    );
  }
}

/** Returned by a HandlerRunner when the simple-trigger function does not exist. */
export const NOT_FOUND = Symbol('handler not found');

function weekOfYear(d: Date): number {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.floor((d.getTime() - start) / 864e5 / 7) + 1;
}
