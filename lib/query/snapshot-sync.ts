import type { QueryClient } from "@tanstack/react-query";
import type { PatchMessage } from "@/lib/live/message";
import { applyChanges } from "@/lib/live/patch";
import { decidePatch, isBehind, type Position } from "@/lib/live/revision";
import type { Snapshot } from "@/lib/model/snapshot";
import { queryKeys } from "./snapshot";

/**
 * Keeps the cached snapshot in step with the server's live model: patches are
 * applied in revision order without a request; a gap (missed revisions, a
 * server restart) refetches once, and patches that arrive meanwhile are kept
 * and replayed on top of what the refetch returned.
 */
export type SnapshotSync = {
  onPatch(patch: PatchMessage): void;
  /** The server's position (status messages): refetch once if the cache is behind it. */
  onPosition(position: Partial<Position>): void;
  /** True while a gap refetch is running. */
  readonly resyncing: boolean;
};

const positionOf = (s: Snapshot | undefined): Position | undefined =>
  s ? { epoch: s.epoch, revision: s.revision } : undefined;

export function createSnapshotSync(client: QueryClient): SnapshotSync {
  let resync: Promise<void> | null = null;
  let held: PatchMessage[] = [];

  const cached = () => client.getQueryData<Snapshot>(queryKeys.snapshot);

  function apply(patch: PatchMessage): "apply" | "skip" | "gap" {
    const current = cached();
    const decision = decidePatch(positionOf(current), patch);
    if (decision === "apply" && current) {
      client.setQueryData<Snapshot>(queryKeys.snapshot, {
        ...applyChanges(current, patch.changes),
        revision: patch.revision,
        fetchedAt: patch.fetchedAt,
        live: true,
      });
    }
    return decision;
  }

  function startResync() {
    if (resync) return;
    const filters = { queryKey: queryKeys.snapshot, exact: true } as const;
    resync = client
      .refetchQueries(filters, { cancelRefetch: true })
      .catch(() => {})
      .finally(() => {
        resync = null;
        const replay = held.sort((a, b) => a.revision - b.revision);
        held = [];
        for (const [i, p] of replay.entries()) {
          if (apply(p) !== "gap") continue;
          // The refetch was answered by another server than the stream's (several replicas
          // behind one address, no sticky sessions): its patches cannot apply to this
          // snapshot, and refetching again may well land on the same server. Drop them: the
          // next change refetches once more, so the page stays current, one request a change.
          if (p.epoch !== cached()?.epoch) continue;
          // Still a gap after the refetch: keep the rest and refetch once more.
          held = replay.slice(i);
          startResync();
          return;
        }
      });
  }

  return {
    onPatch(patch) {
      if (resync) {
        held.push(patch);
        return;
      }
      if (apply(patch) === "gap") {
        held.push(patch);
        startResync();
      }
    },
    onPosition(position) {
      if (!resync && isBehind(positionOf(cached()), position)) startResync();
    },
    get resyncing() {
      return resync !== null;
    },
  };
}
