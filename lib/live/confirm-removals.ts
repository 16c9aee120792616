import type { LiveEvent } from "./message";
import type { Collection, Refresh, SnapshotChanges } from "./patch";

/**
 * Removals a read implies but no event announced wait for a second read.
 *
 * Docker announces the end of a service, network or node with an event. A read that merely
 * misses one is weaker evidence: a manager that has just restarted answered a list without a
 * service that still existed (seen in the ingress-wizard e2e after its dockerd restart: the
 * model dropped the service, the wizard called it "service removed" and skipped restoring its
 * ports). So such a removal is held back; the model re-reads everything a little later, and only
 * a read at least CONFIRM_REMOVAL_MS after the first miss that still misses the object removes
 * it (a quick targeted re-read, e.g. the settle loop's, from the same confused manager does not). Tasks and containers have no such events (their
 * end is seen by reads only), so they are removed at once, as before.
 */
export const ANNOUNCED_REMOVALS = ["services", "networks", "nodes"] as const satisfies Collection[];

/** The actions with which Docker announces that an object is gone. */
const REMOVAL_ACTIONS = new Set(["remove", "destroy", "delete"]);

/** A removal seen without an event is applied when a read this long after the first still misses it. */
export const CONFIRM_REMOVAL_MS = 3_000;
/** When the model re-reads everything to confirm: a little later, so that read is old enough. */
export const CONFIRM_REREAD_MS = CONFIRM_REMOVAL_MS + 250;

const key = (collection: Collection, id: string) => `${collection}:${id}`;

/**
 * `changes` without the removals that still need confirming, and which those are. `pending`
 * (the model's, kept between reads) maps each removal seen without an event to when it was
 * first seen: a miss CONFIRM_REMOVAL_MS later confirms it; seeing the object again clears it.
 */
export function holdUnconfirmedRemovals(
  changes: SnapshotChanges,
  refresh: Refresh,
  events: readonly LiveEvent[],
  pending: Map<string, number>,
  now: number,
): { changes: SnapshotChanges; held: string[] } {
  const announced = new Set(events.filter((e) => REMOVAL_ACTIONS.has(e.action)).map((e) => e.id));
  const held: string[] = [];
  let remove = changes.remove;
  for (const c of ANNOUNCED_REMOVALS) {
    for (const item of refresh[c]?.items ?? []) pending.delete(key(c, item.id));
    const ids = changes.remove?.[c];
    if (!ids) continue;
    const confirmed = ids.filter((id) => {
      const k = key(c, id);
      const since = pending.get(k) ?? now;
      if (announced.has(id) || now - since >= CONFIRM_REMOVAL_MS) {
        pending.delete(k);
        return true;
      }
      pending.set(k, since);
      held.push(k);
      return false;
    });
    if (confirmed.length !== ids.length) remove = { ...remove, [c]: confirmed };
  }
  return { changes: remove === changes.remove ? changes : { ...changes, remove }, held };
}
