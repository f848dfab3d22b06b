/**
 * Keeps exactly the three installable triggers the add-on needs: the hourly dispatcher, the
 * spreadsheet's form-submit and edit triggers. Duplicates (repeated installs make every job run
 * twice) are removed; missing ones are created; a dispatcher trigger that has stopped firing
 * (no heartbeat for 3 hours) is replaced.
 */
import type { TriggerInfo, TriggerKind, Triggers } from '../ports/triggers';
import { HANDLERS } from '../ui/handlers';
import type { DispatcherState } from './shared/state';

/** The triggers the add-on needs, by handler. */
export const REQUIRED_TRIGGERS: ReadonlyArray<{
  handler: string;
  kind: Exclude<TriggerKind, 'other'>;
}> = [
  { handler: HANDLERS.runScheduledJobs, kind: 'hourly' },
  { handler: HANDLERS.handleFormSubmit, kind: 'formSubmit' },
  { handler: HANDLERS.handleEdit, kind: 'edit' },
];

/** A dispatcher silent for this long is considered dead (the trigger fires hourly). */
export const STALE_HEARTBEAT_MS = 3 * 3_600_000;

/** What ensureTriggers changed. */
export interface TriggerRepair {
  readonly created: readonly string[];
  readonly removed: number;
  readonly replacedStale: boolean;
}

/** True when the dispatcher has not run for three hours (after having run at least once). */
export function heartbeatIsStale(state: Pick<DispatcherState, 'heartbeat'>, now: Date): boolean {
  return (
    state.heartbeat !== undefined &&
    now.getTime() - new Date(state.heartbeat).getTime() > STALE_HEARTBEAT_MS
  );
}

/** Repairs the set of triggers; idempotent. */
export function ensureTriggers(
  triggers: Triggers,
  options: { readonly staleHeartbeat: boolean },
): TriggerRepair {
  const existing = triggers.list();
  const ours = new Set<string>(REQUIRED_TRIGGERS.map((r) => r.handler));
  const created: string[] = [];
  let removed = 0;
  const remove = (t: TriggerInfo): void => {
    triggers.remove(t.id);
    removed++;
  };
  // Our handlers on the wrong kind of trigger are leftovers of a broken install.
  for (const t of existing) {
    if (
      ours.has(t.handler) &&
      !REQUIRED_TRIGGERS.some((r) => r.handler === t.handler && r.kind === t.kind)
    )
      remove(t);
  }
  let replacedStale = false;
  for (const required of REQUIRED_TRIGGERS) {
    const matching = existing.filter(
      (t) => t.handler === required.handler && t.kind === required.kind,
    );
    matching.slice(1).forEach(remove);
    const first = matching[0];
    if (first && required.kind === 'hourly' && options.staleHeartbeat) {
      remove(first);
      replacedStale = true;
    } else if (first) {
      continue;
    }
    triggers.create(required.handler, required.kind);
    created.push(required.handler);
  }
  return { created, removed, replacedStale };
}
