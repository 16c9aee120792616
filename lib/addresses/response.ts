import { defaultContext } from "@/lib/diagnostics/context";
import type { Finding } from "@/lib/diagnostics/finding";
import { addressExhaustionRule, addressUse } from "@/lib/diagnostics/rules/address-exhaustion";
import type { Network } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import { addressMap, type NodeEndpoints, type SubnetMap } from "./map";

export type AddressMapResponse = {
  network: string;
  networkId: string;
  subnets: SubnetMap[];
  /**
   * The diagnostics' own count (lib/diagnostics address-exhaustion): what the network needs,
   * desired replicas included, so the warning here and on /diagnostics always agree.
   */
  need: {
    capacity: number;
    used: number;
    tasks: number;
    vips: number;
    lbEndpoints: number;
    containers: number;
  };
  /** The address-exhaustion finding for this network, when the diagnostics raise one. */
  warning: Finding | null;
  /** Nodes whose own engine could not be asked: their LB endpoint and containers are missing. */
  unknownNodes: string[];
};

export function addressMapResponse(
  s: Snapshot,
  network: Network,
  perNode: (NodeEndpoints & { error?: string | null })[],
): AddressMapResponse {
  const hostname = new Map(s.nodes.map((n) => [n.id, n.hostname]));
  const warning =
    addressExhaustionRule(s, defaultContext()).find(
      (f) => f.id === `address-exhaustion:${network.name}`,
    ) ?? null;
  return {
    network: network.name,
    networkId: network.id,
    subnets: addressMap(s, network, perNode),
    need: addressUse(s, network),
    warning,
    unknownNodes: perNode
      .filter((p) => p.endpoints === null)
      .map((p) => hostname.get(p.nodeId) ?? p.nodeId),
  };
}
