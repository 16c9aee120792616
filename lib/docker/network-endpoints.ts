import "server-only";
import { isAppError } from "@/lib/errors";
import type { NetworkEndpoint } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import { call, ref } from "./call";
import { docker, dockerAt } from "./client";
import { endpointFor } from "./per-node";
import type { RawNetwork } from "./raw";
import { reshapeEndpoints } from "./reshape";

export type NodeNetworkEndpoints = {
  nodeId: string;
  /** null: that node's engine is not known (SWARMNET_NODE_ENDPOINTS) or did not answer. */
  endpoints: NetworkEndpoint[] | null;
  error: string | null;
};

/**
 * What each node's own engine lists on a network: its containers (standalone and task) and
 * its load-balancer endpoint "lb-<network>". A manager's inspect shows only its own node's,
 * so the others are asked through SWARMNET_NODE_ENDPOINTS, in parallel. A node that holds
 * no copy of the network answers 404: nothing there.
 */
export async function networkEndpointsPerNode(
  networkId: string,
  nodes: Pick<Node, "id" | "hostname">[],
  localNodeId: string,
): Promise<NodeNetworkEndpoints[]> {
  const id = ref("network", networkId);
  return Promise.all(
    nodes.map(async (node): Promise<NodeNetworkEndpoints> => {
      const url = node.id === localNodeId ? null : await endpointFor(node);
      if (node.id !== localNodeId && !url) return { nodeId: node.id, endpoints: null, error: null };
      const engine = url ? dockerAt(url) : docker();
      try {
        const raw = await call(() => engine.getNetwork(id).inspect() as Promise<RawNetwork>);
        return { nodeId: node.id, endpoints: reshapeEndpoints(raw.Containers), error: null };
      } catch (e) {
        if (isAppError(e) && e.code === "not_found") {
          return { nodeId: node.id, endpoints: [], error: null };
        }
        return { nodeId: node.id, endpoints: null, error: (e as Error).message };
      }
    }),
  );
}
