import type { Query, QueryClient } from "@tanstack/react-query";
import type { LiveEvent } from "@/lib/live/message";
import { queryKeys } from "./snapshot";

/**
 * Which cached queries a batch of Docker events makes stale. The snapshot is
 * not among them: the server pushes its changes as patches (lib/query/
 * snapshot-sync.ts). What patches do not carry is refetched: a network event
 * touches that network's detail (cached under the id or name the page was
 * opened with, see networkQuery); a node event touches the nodes list with
 * per-node facts (nodesQuery).
 */
export type Affected = {
  nodes: boolean;
  networks: { id: string; name: string }[];
};

export function affectedBy(events: LiveEvent[]): Affected {
  const networks = new Map<string, { id: string; name: string }>();
  for (const e of events) {
    if (e.type === "network") networks.set(`${e.id}\u0000${e.name}`, { id: e.id, name: e.name });
  }
  return {
    nodes: events.some((e) => e.type === "node"),
    networks: [...networks.values()],
  };
}

export const noneAffected = (): Affected => ({ nodes: false, networks: [] });

/** Two batches' worth of stale queries, as one. */
export const mergeAffected = (a: Affected, b: Affected): Affected => ({
  nodes: a.nodes || b.nodes,
  networks: [...a.networks, ...b.networks],
});

/** Does `["network", ref]` name this network? By id, name, or an id prefix (≥ 6, as the CLI allows). */
export function networkRefMatches(ref: string, network: { id: string; name: string }): boolean {
  if (!ref) return false;
  return (
    ref === network.name ||
    ref === network.id ||
    (ref.length >= 6 && network.id !== "" && network.id.startsWith(ref))
  );
}

export function isNetworkQueryFor(query: Query, networks: { id: string; name: string }[]): boolean {
  const [kind, ref] = query.queryKey;
  return (
    kind === queryKeys.network("")[0] &&
    typeof ref === "string" &&
    networks.some((n) => networkRefMatches(ref, n))
  );
}

/** Marks exactly the affected queries stale and refetches the ones on screen. */
export async function invalidateAffected(client: QueryClient, affected: Affected): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  if (affected.nodes) {
    jobs.push(client.invalidateQueries({ queryKey: queryKeys.nodes, exact: true }));
  }
  if (affected.networks.length > 0) {
    jobs.push(
      client.invalidateQueries({ predicate: (q) => isNetworkQueryFor(q, affected.networks) }),
    );
  }
  await Promise.all(jobs);
}

/**
 * After a gap (reconnect), what patches do not cover may have changed: the nodes
 * list and every network detail. (The snapshot is resynced by revision.)
 */
export async function invalidateDetails(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.nodes }),
    client.invalidateQueries({ queryKey: [queryKeys.network("")[0]] }),
  ]);
}
