/**
 * Where a client's cached snapshot stands against the server's live model.
 * Revisions count within one epoch (one server process's model): a patch applies
 * only on top of the revision just before it; anything else is either old news
 * or a gap that one refetch closes.
 */
export type Position = { epoch: string; revision: number };

export type PatchDecision = "apply" | "skip" | "gap";

export function decidePatch(cached: Position | undefined, patch: Position): PatchDecision {
  if (!cached) return "skip"; // nothing cached: the page's own fetch brings the current state
  if (cached.epoch !== patch.epoch) return "gap";
  if (patch.revision <= cached.revision) return "skip";
  return patch.revision === cached.revision + 1 ? "apply" : "gap";
}

/** A status message's position against the cache: true when the cache may have missed something. */
export function isBehind(cached: Position | undefined, server: Partial<Position>): boolean {
  if (!cached || server.epoch === undefined || server.revision === undefined) return false;
  return cached.epoch !== server.epoch || cached.revision < server.revision;
}
