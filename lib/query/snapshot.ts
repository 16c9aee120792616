import { queryOptions } from "@tanstack/react-query";
import type { Snapshot } from "@/lib/model/snapshot";
import { fetchJson } from "./fetch-json";

export const queryKeys = {
  snapshot: ["snapshot"] as const,
  network: (ref: string) => ["network", ref] as const,
  nodes: ["nodes"] as const,
};

/**
 * The one query most pages read. Server-pushed patches keep it current
 * (lib/query/snapshot-sync.ts), so it is never stale by age: it is refetched
 * only after a gap in revisions or a change of ours.
 */
export const snapshotQuery = queryOptions({
  queryKey: queryKeys.snapshot,
  queryFn: ({ signal }) => fetchJson<Snapshot>("/api/snapshot", { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});
