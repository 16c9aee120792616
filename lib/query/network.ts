import { queryOptions } from "@tanstack/react-query";
import type { NetworkEndpoint, Peer } from "@/lib/model/network";
import type { NetworkDetail, NetworkPerNode, NetworkSummary } from "@/lib/topology";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./snapshot";

/**
 * `GET /api/networks/:idOrName`: the summary at the top level, what is attached,
 * plus what only a verbose inspect knows (endpoints on this node, peers).
 */
export type NetworkDetailResponse = NetworkSummary &
  Omit<NetworkDetail, "network"> & {
    endpoints: NetworkEndpoint[];
    peers: Peer[];
    /** Per node: peer or not, the node's own list (when reachable), its tasks here. */
    perNode: NetworkPerNode[];
  };

export const networkQuery = (idOrName: string) =>
  queryOptions({
    queryKey: queryKeys.network(idOrName),
    queryFn: ({ signal }) =>
      fetchJson<NetworkDetailResponse>(`/api/networks/${encodeURIComponent(idOrName)}`, { signal }),
    staleTime: 5_000,
  });
