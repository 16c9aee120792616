import { queryOptions } from "@tanstack/react-query";
import type { Node } from "@/lib/model/node";
import type { NodeFacts } from "@/lib/model/node-facts";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./snapshot";

export type NodeWithFacts = Node & { facts: NodeFacts | null };

/** `GET /api/nodes`: nodes with data-path addresses and each node's own facts. */
export const nodesQuery = queryOptions({
  queryKey: queryKeys.nodes,
  queryFn: ({ signal }) => fetchJson<NodeWithFacts[]>("/api/nodes", { signal }),
  staleTime: 5_000,
});
