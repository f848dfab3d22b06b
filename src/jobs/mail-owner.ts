/**
 * Whose triggers send the mail (docs/decisions.md «One dispatcher»). Installable triggers belong
 * to the user who made them, and each user sees only their own: a second administrator pressing
 * «Настроить таблицу» would install a second dispatcher, and two mailboxes would send. So the
 * owner of the triggers and their ids are kept in the dispatcher's state; setup by another
 * administrator installs nothing while the owner's dispatcher is alive; taking the mail over
 * records the new owner, and the old owner's triggers, on their next run, see that they are not
 * the owner's any more, remove themselves and exit.
 */
import type { Clock } from '../ports/clock';
import type { Lock } from '../ports/lock';
import type { Store } from '../ports/store';
import type { Triggers } from '../ports/triggers';
import {
  ensureTriggers,
  heartbeatIsStale,
  REQUIRED_TRIGGERS,
  type TriggerRepair,
} from './ensure-triggers';
import { type DispatcherState, loadState, updateState } from './shared/state';
import { underLock } from './shared/lock';

/** The ports the owner's record needs. */
export interface OwnerContext {
  readonly triggers: Triggers;
  readonly store: Store;
  readonly lock: Lock;
  readonly clock: Clock;
}

/** What setup or «Проверить триггеры» did for the caller. */
export type TriggerClaim =
  | { readonly kind: 'ownedByOther'; readonly owner: string }
  | {
      readonly kind: 'installed';
      readonly repair: TriggerRepair;
      readonly tookOver: string | null;
    };

const ours = new Set<string>(REQUIRED_TRIGGERS.map((r) => r.handler));

/**
 * Installs or repairs the caller's triggers and records them as the mail's, unless another
 * administrator's dispatcher is alive and the caller did not ask to take over.
 */
export function claimTriggers(
  ctx: OwnerContext,
  caller: string,
  options: { readonly takeOver: boolean },
): TriggerClaim {
  const state = loadState(ctx.store);
  const owner = state.owner;
  const now = ctx.clock.now();
  const alive = state.heartbeat !== undefined && !heartbeatIsStale(state, now);
  if (!options.takeOver && owner !== undefined && owner.email !== caller && alive)
    return { kind: 'ownedByOther', owner: owner.email };
  const repair = ensureTriggers(ctx.triggers, {
    staleHeartbeat: owner?.email === caller && heartbeatIsStale(state, now),
  });
  const ids = ctx.triggers
    .list()
    .filter((t) => ours.has(t.handler))
    .map((t) => t.id);
  underLock(ctx, () =>
    updateState(ctx.store, (s) => ({ ...s, owner: { email: caller, triggers: ids } })),
  );
  return {
    kind: 'installed',
    repair,
    tookOver: owner !== undefined && owner.email !== caller ? owner.email : null,
  };
}

/** True when a trigger run is not the mail owner's: it must remove its own triggers and stop. */
export function isRetired(
  state: Pick<DispatcherState, 'owner'>,
  triggerUid: string | undefined,
): boolean {
  return (
    triggerUid !== undefined &&
    triggerUid !== '' &&
    state.owner !== undefined &&
    !state.owner.triggers.includes(triggerUid)
  );
}

/** Removes this user's triggers of the add-on (the platform lists only the caller's). */
export function retireTriggers(triggers: Triggers): number {
  const mine = triggers.list().filter((t) => ours.has(t.handler));
  for (const t of mine) triggers.remove(t.id);
  return mine.length;
}
