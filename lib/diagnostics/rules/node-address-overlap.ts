import type { Network } from "@/lib/model/network";
import { cidrContains } from "@/lib/net/cidr";
import { formatIp } from "@/lib/net/ip";
import { INGRESS_DEFAULT_SUBNET } from "@/lib/net/ipam";
import { GWBRIDGE } from "@/lib/topology/constants";
import type { Rule } from "../context";
import {
  nodeAddresses,
  recreateNetworkCommands,
  subnetsOf,
  suggestFreeSubnet,
  suggestGwbridgeSubnet,
} from "../facts";
import type { Finding } from "../finding";

function why(network: Network, subnets: string): string {
  if (network.ingress && subnets.includes(INGRESS_DEFAULT_SUBNET)) {
    return `The ingress network kept Docker's default ${INGRESS_DEFAULT_SUBNET}, which sits on the nodes' LAN here: packets for those node addresses are routed into the routing mesh instead of the underlay, and published ports stop answering from those nodes (moby/moby#24220).`;
  }
  if (network.name === GWBRIDGE) {
    return `docker_gwbridge takes a free 172.x range when the node joins; here it covers node addresses, so each node routes traffic for those peers into its local bridge and swarm control and data traffic between the nodes breaks (moby/moby#27890).`;
  }
  return `Tasks on this network treat those addresses as local to the overlay, so they can no longer reach the nodes (or anything else at those addresses) through the underlay.`;
}

/** A network subnet that contains a node's own address (advertise, status or data-path). */
export const nodeAddressOverlapRule: Rule = (s) => {
  const findings: Finding[] = [];
  const addresses = nodeAddresses(s);
  for (const network of s.networks) {
    const subnets = subnetsOf(network);
    const hits = addresses.filter((a) => subnets.some((c) => cidrContains(c, a.address)));
    if (hits.length === 0) continue;
    const subnetText = subnets.map((c) => c.text).join(", ");
    const nodes = [...new Set(hits.map((h) => h.node.hostname))];
    const list = hits.map((h) => `${formatIp(h.address)} (${h.node.hostname})`).join(", ");
    const subnet =
      (network.name === GWBRIDGE ? suggestGwbridgeSubnet(s) : suggestFreeSubnet(s)) ?? undefined;
    const where =
      network.name === GWBRIDGE
        ? "on every node (docker_gwbridge is local to each node and cannot be changed through the API; the docker_gwbridge page generates the full script)"
        : network.ingress
          ? "(the Ingress page's wizard does the same step by step)"
          : "";
    findings.push({
      id: `node-overlap:${network.name}`,
      severity: "error",
      title: `${network.name} overlaps node addresses`,
      detail: `${subnetText} contains ${list}. ${why(network, subnetText)}`,
      objects: [network.name, ...nodes],
      fix: {
        text: `Recreate ${network.name} with a subnet away from the nodes' addresses${subnet ? ` (${subnet} is free)` : ""} ${where}`.trim(),
        commands: recreateNetworkCommands(s, network, subnet),
      },
    });
  }
  return findings;
};
