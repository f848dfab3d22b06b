import { GasObject, badSignature, fail, nextSeq, unwrap, type GasState } from './core';
import { guardRange } from './guards';
import { FakeUser } from './session';
import { inWorkspace, normEmail } from './sharing';
import type { FakeRange, FakeSpreadsheet } from './spreadsheet-app';

/** Event types of installable triggers. */
export type TriggerType = 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';

/** A trigger as stored by the fake (env.triggers.list()). */
export interface TriggerRecord {
  id: string;
  /** The user who created it: the trigger runs as them and only they see it. */
  owner: string;
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

/** Unique ids look like Google's (19 digits, beyond Number precision: keep them strings). */
function nextTriggerId(state: GasState): string {
  return (4_034_124_084_959_907_503n + BigInt(nextSeq(state)) * 7_919n).toString();
}

/**
 * Installable triggers run under the account of the person who created them and each user sees
 * only their own (developers.google.com/apps-script/guides/triggers/installable;
 * .../reference/script/script-app#getProjectTriggers(): "Gets all installable triggers associated
 * with the current project and current user"). The limits count per user: 20 triggers per user
 * per script (.../guides/services/quotas), and for an add-on one trigger of each type per user per
 * document (developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */
function addTrigger(
  state: GasState,
  rec: Omit<TriggerRecord, 'id' | 'disabled' | 'owner'>,
): FakeTrigger {
  const owner = normEmail(state.effectiveUserEmail);
  const mine = state.triggers.filter((t) => t.owner === owner);
  if (mine.length >= MAX_TRIGGERS) {
    fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (state.addon && mine.some((t) => t.type === rec.type && t.docId === rec.docId)) {
    fail(
      `This add-on already has a ${rec.type} trigger for this document. An add-on can only have one trigger of each type, per user, per document.`,
    );
  }
  const full: TriggerRecord = { ...rec, id: nextTriggerId(state), owner, disabled: false };
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
    // "Add-ons can only create triggers for the file in which the add-on is used"
    // (developers.google.com/workspace/add-ons/concepts/editor-triggers); a bound or standalone
    // script may name another file. Google's error text for
    // the add-on case is unknown.
    if (this.state.addon && this.sourceId !== this.state.active?._id) {
      fail(
        `An add-on can only create triggers for the file in which it is used, not for ${this.sourceId}.`,
      );
    }
    const target = this.state.spreadsheets.get(this.sourceId);
    // The owner must be able to open the file the trigger watches (assumed: the real check and
    // its message are undocumented).
    target?._sharing.requireView(this.state.effectiveUserEmail);
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
  private mine(): TriggerRecord[] {
    const me = normEmail(this.state.effectiveUserEmail);
    return this.state.triggers.filter((t) => t.owner === me);
  }
  /** "all installable triggers associated with the current project and current user". */
  getProjectTriggers(): FakeTrigger[] {
    return this.mine().map((t) => new FakeTrigger(t));
  }
  /** "all installable triggers owned by this user in the given spreadsheet, for this script or add-on only". */
  getUserTriggers(doc: unknown): FakeTrigger[] {
    const id = idOf(doc, 'getUserTriggers');
    return this.mine()
      .filter((t) => t.docId === id)
      .map((t) => new FakeTrigger(t));
  }
  /** Removes one of the caller's triggers (another user's cannot be reached; the message is the fakes'). */
  deleteTrigger(trigger: unknown): void {
    const t = unwrap(trigger);
    if (!(t instanceof FakeTrigger)) badSignature('ScriptApp.deleteTrigger', [trigger]);
    if (t._rec.owner !== normEmail(this.state.effectiveUserEmail))
      fail('The trigger belongs to another user and cannot be deleted.');
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

/** Who a handler runs as and how (the environment turns it into one execution). */
export interface RunOptions {
  ui: boolean;
  authMode: string;
  /** Effective user (whose access the services check); default: the test's default user. */
  effective?: string;
  /** Active user (Session.getActiveUser); default: the test's default active user. */
  active?: string;
}

/** How the environment runs a handler as a separate execution. */
export type HandlerRunner = (
  handler: string,
  event: Record<string, unknown>,
  opts: RunOptions,
) => unknown;

/** A trigger as tests list it. */
export type TriggerView = Pick<
  TriggerRecord,
  | 'id'
  | 'owner'
  | 'handler'
  | 'type'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyDays'
  | 'atHour'
  | 'sourceId'
  | 'docId'
  | 'disabled'
>;

/** The e-mail `viewer`'s execution sees of `email`: its own, or a colleague's in the same Workspace domain. */
function seenBy(state: GasState, email: string, viewer: string): string {
  const e = normEmail(email);
  if (e === '' || e === normEmail(viewer)) return e;
  return inWorkspace(state, e) && inWorkspace(state, viewer) ? e : '';
}

/**
 * Test-side control of installed triggers (env.triggers). Every installable trigger runs as its
 * owner (effective and active user), one execution per trigger, so two users' triggers on the
 * same script fire independently.
 */
export class TriggerControl {
  constructor(
    private readonly state: GasState,
    private readonly run: HandlerRunner,
  ) {}

  /** Every trigger of every user, or one user's. */
  list(owner?: string): TriggerView[] {
    const o = owner === undefined ? null : normEmail(owner);
    return this.state.triggers.filter((t) => o === null || t.owner === o).map((t) => ({ ...t }));
  }
  /** Disables a trigger (as Google does after repeated failures). */
  disable(id: string): void {
    this.find(id).disabled = true;
  }
  private find(id: string): TriggerRecord {
    const t = this.state.triggers.find((x) => x.id === id);
    if (!t) throw new Error(`No trigger ${id}`);
    return t;
  }
  private asOwner(t: TriggerRecord, event: Record<string, unknown>, ui: boolean): unknown {
    return this.run(
      t.handler,
      { ...event, authMode: 'FULL', triggerUid: t.id },
      { ui, authMode: 'FULL', effective: t.owner, active: t.owner },
    );
  }
  /**
   * The time-driven event object (developers.google.com/apps-script/guides/triggers/events:
   * authMode, day-of-month, day-of-week (1 =
   * Monday … 7 = Sunday), hour, minute, month, second, timezone, triggerUid, week-of-year, year;
   * the page's example shows timezone "UTC", so the fields are UTC here).
   */
  private timeEvent(): Record<string, unknown> {
    const d = this.state.clock.now();
    return {
      'day-of-month': d.getUTCDate(),
      'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      month: d.getUTCMonth() + 1,
      second: d.getUTCSeconds(),
      timezone: 'UTC',
      'week-of-year': weekOfYear(d),
      year: d.getUTCFullYear(),
    };
  }
  /** Runs every enabled time-driven trigger (optionally one user's or one handler's), each as its owner. */
  fireTimeTriggers(filter: { owner?: string; handler?: string } = {}): number {
    const owner = filter.owner === undefined ? null : normEmail(filter.owner);
    const due = this.state.triggers.filter(
      (t) =>
        t.type === 'CLOCK' &&
        !t.disabled &&
        (owner === null || t.owner === owner) &&
        (filter.handler === undefined || t.handler === filter.handler),
    );
    for (const t of due) this.asOwner(t, this.timeEvent(), false);
    return due.length;
  }
  /** Fires one trigger by id with its type's event (extra fields merged in, e.g. a form-submit event). */
  fire(id: string, extra: Record<string, unknown> = {}): unknown {
    const t = this.find(id);
    const ss = t.sourceId === null ? this.state.active : this.state.spreadsheets.get(t.sourceId);
    const base =
      t.type === 'CLOCK'
        ? this.timeEvent()
        : t.type === 'ON_CHANGE'
          ? { changeType: 'OTHER', source: ss, user: new FakeUser(t.owner) }
          : t.type === 'ON_OPEN'
            ? { source: ss, user: new FakeUser(t.owner) }
            : {};
    return this.asOwner(t, { ...base, ...extra }, false);
  }
  /**
   * Simulates an edit in the Sheets UI: writes `value` (unless undefined) as the editing user,
   * refused like Sheets refuses it (no access, view only, protected), then runs the simple
   * onEdit as that user and every ON_EDIT trigger of the file as its owner. `as` names the
   * editor; without it the test's default user edits, as before. e.user and the active user of a
   * trigger show the editor only when Apps Script would: the same person, or a colleague in the
   * same Workspace domain ("Event objects": user "if available").
   */
  fireEdit(
    range: unknown,
    oldValue?: unknown,
    value?: unknown,
    opts: { as?: string } = {},
  ): number {
    const r = unwrap<FakeRange>(range);
    const ss: FakeSpreadsheet = r.getSheet().getParent();
    const editor = opts.as === undefined ? this.state.effectiveUserEmail : normEmail(opts.as);
    if (value !== undefined) {
      const saved = this.state.effectiveUserEmail;
      this.state.effectiveUserEmail = editor;
      try {
        guardRange(this.state, r, 'setValue');
      } finally {
        this.state.effectiveUserEmail = saved;
      }
      const written = this.state.counters.cellsWritten;
      r.setValue(value);
      this.state.counters.cellsWritten = written;
    }
    const active =
      opts.as === undefined ? this.state.userEmail : this.simpleTriggerActive(editor, ss);
    const base = { oldValue, range: r, source: ss, value };
    let n = 0;
    if (
      this.run(
        'onEdit',
        { ...base, authMode: 'LIMITED', user: new FakeUser(active) },
        { ui: true, authMode: 'LIMITED', effective: editor, active },
      ) !== NOT_FOUND
    )
      n += 1;
    for (const t of this.state.triggers.filter(
      (x) => x.type === 'ON_EDIT' && !x.disabled && x.sourceId === ss.getId(),
    )) {
      const seen =
        opts.as === undefined ? this.state.userEmail : seenBy(this.state, editor, t.owner);
      this.run(
        t.handler,
        { ...base, authMode: 'FULL', triggerUid: t.id, user: new FakeUser(seen) },
        { ui: true, authMode: 'FULL', effective: t.owner, active: seen },
      );
      n += 1;
    }
    return n;
  }
  /**
   * The active user of a simple trigger run by `user`: simple triggers run without the user's
   * authorization, so Session.getActiveUser() is empty "unless the developer runs the script
   * themselves or belongs to the same Google Workspace domain as the user"
   * (developers.google.com/apps-script/reference/base/session#getActiveUser()).
   * The developer of a bound script is taken to be the file's owner.
   */
  private simpleTriggerActive(user: string, ss: FakeSpreadsheet | null): string {
    if (!this.state.addon && ss && ss._sharing.owner === user) return user;
    return inWorkspace(this.state, user) ? user : '';
  }
  /**
   * Runs every enabled ON_FORM_SUBMIT trigger with the event (e.g. from env.forms.submit), each as
   * its owner; a spreadsheet trigger runs only for its own file when the event names one.
   * Optionally only one user's triggers. Returns how many ran.
   */
  fireFormSubmit(event: Record<string, unknown>, filter: { owner?: string } = {}): number {
    const owner = filter.owner === undefined ? null : normEmail(filter.owner);
    const src = unwrap<{ _id?: string } | undefined>(event.source);
    const fileId = typeof src?._id === 'string' ? src._id : null;
    const due = this.state.triggers.filter(
      (t) =>
        t.type === 'ON_FORM_SUBMIT' &&
        !t.disabled &&
        (owner === null || t.owner === owner) &&
        (t.source !== 'SPREADSHEETS' || fileId === null || t.sourceId === fileId),
    );
    for (const t of due) this.asOwner(t, event, false);
    return due.length;
  }
  /**
   * Runs the simple onOpen(e) in the given auth mode (NONE before the add-on is enabled in the
   * file, else LIMITED), as the test's default user or as `as` (who must be able to open the file).
   */
  fireOpen(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'LIMITED', opts: { as?: string } = {}): boolean {
    const ss = this.state.active;
    let effective: string | undefined;
    let active = this.state.userEmail;
    if (opts.as !== undefined) {
      effective = normEmail(opts.as);
      ss?._sharing.requireView(effective);
      active = this.simpleTriggerActive(effective, ss);
    }
    return (
      this.run(
        'onOpen',
        { authMode, source: ss, user: new FakeUser(active) },
        { ui: true, authMode, effective, active },
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
