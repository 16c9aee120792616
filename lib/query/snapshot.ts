import { queryOptions } from "@tanstack/react-query";
import type { Snapshot } from "@/lib/model/snapshot";
import { fetchJson } from "./fetch-json";

export const queryKeys = {
  snapshot: ["snapshot"] as const,
  network: (ref: string) => ["network", ref] as const,
  nodes: ["nodes"] as const,
};

/** The one query most pages read; the live-updates issue invalidates it from events. */
export const snapshotQuery = queryOptions({
  queryKey: queryKeys.snapshot,
  queryFn: ({ signal }) => fetchJson<Snapshot>("/api/snapshot", { signal }),
  staleTime: 5_000,
});
