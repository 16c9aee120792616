import "server-only";
import { networkEndpointsPerNode } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { readSnapshot } from "@/lib/server/live";
import { findNetwork } from "@/lib/topology";
import { type AddressMapResponse, addressMapResponse } from "./response";

/** `GET /api/networks/:idOrName/addresses`: the live model plus each node's own endpoints. */
export async function networkAddresses(idOrName: string): Promise<AddressMapResponse> {
  const s = await readSnapshot();
  const network = findNetwork(s, idOrName);
  if (!network) throw new AppError("not_found", t().errors.noNetwork(idOrName));
  // Swarm-scoped networks live on every node; a local one only on the engine we talk to.
  const nodes =
    network.scope === "swarm" ? s.nodes : s.nodes.filter((n) => n.id === s.engine.nodeId);
  const perNode = await networkEndpointsPerNode(network.id, nodes, s.engine.nodeId);
  return addressMapResponse(s, network, perNode);
}
