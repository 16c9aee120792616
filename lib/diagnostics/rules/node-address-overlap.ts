import { t } from "@/lib/i18n/current";
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
    return t().findings.nodeAddressOverlap.whyIngress(INGRESS_DEFAULT_SUBNET);
  }
  if (network.name === GWBRIDGE) {
    return t().findings.nodeAddressOverlap.whyGwbridge;
  }
  return t().findings.nodeAddressOverlap.whyOverlay;
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
        ? t().findings.nodeAddressOverlap.whereGwbridge
        : network.ingress
          ? t().findings.nodeAddressOverlap.whereIngress
          : "";
    findings.push({
      id: `node-overlap:${network.name}`,
      severity: "error",
      title: t().findings.nodeAddressOverlap.title(network.name),
      detail: t().findings.nodeAddressOverlap.detail(subnetText, list, why(network, subnetText)),
      objects: [network.name, ...nodes],
      fix: {
        text: t().findings.nodeAddressOverlap.fix(network.name, subnet ?? null, where),
        commands: recreateNetworkCommands(s, network, subnet),
      },
    });
  }
  return findings;
};
