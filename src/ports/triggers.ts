/** The kinds of installable trigger the add-on uses. */
export type TriggerKind = 'hourly' | 'formSubmit' | 'edit' | 'other';

/** An installed trigger as the script sees it. */
export interface TriggerInfo {
  readonly id: string;
  readonly handler: string;
  readonly kind: TriggerKind;
}

/** The project's installable triggers (ScriptApp). */
export interface Triggers {
  list(): TriggerInfo[];
  create(handler: string, kind: Exclude<TriggerKind, 'other'>): void;
  remove(id: string): void;
}
