import { t } from "@/lib/i18n/current";
import type { Network } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  addressCount,
  broadcastAddress,
  type Cidr,
  cidrContains,
  parseCidrLenient,
} from "@/lib/net/cidr";
import { parseIp } from "@/lib/net/ip";
import { liveTasks, servicesOn, standaloneContainersOn } from "@/lib/topology/selectors";
import type { Rule } from "../context";
import { isOverlay, recreateNetworkCommands, subnetsOf, suggestFreeSubnet } from "../facts";
import type { Finding } from "../finding";

/** Warn from this share of the addresses in use; a /24 (253 usable) warns at ~203. */
export const EXHAUSTION_WARN_RATIO = 0.8;

/**
 * Addresses tasks can get from one IPAM config: the ip-range when set (else the subnet),
 * minus the network, broadcast and gateway addresses that fall inside it.
 */
export function configCapacity(config: Network["ipam"][number]): bigint {
  const subnet = parseCidrLenient(config.subnet);
  if (subnet?.family !== 4) return 0n;
  const range = (config.ipRange ? parseCidrLenient(config.ipRange) : null) ?? subnet;
  const gateway = config.gateway ? parseIp(config.gateway) : null;
  const reserved = [
    { family: subnet.family, value: subnet.network },
    broadcastAddress(subnet),
    // Docker takes the first host address as gateway when none is given.
    gateway?.ok ? gateway.value : { family: subnet.family, value: subnet.network + 1n },
  ].filter((a) => a !== null && cidrContains(range, a)).length;
  const capacity = addressCount(range) - BigInt(reserved);
  return capacity > 0n ? capacity : 0n;
}

export type AddressUse = {
  capacity: number;
  tasks: number;
  vips: number;
  lbEndpoints: number;
  containers: number;
  used: number;
};

/**
 * What a network's addresses are spent on: one per task (desired replicas count even before
 * they run: they will need one), one VIP per vip-mode service, one load-balancer endpoint per
 * node that runs a task on it (every node for ingress: its ingress-sbox), one per standalone
 * container.
 */
export function addressUse(s: Snapshot, network: Network): AddressUse {
  const capacity = Number(network.ipam.reduce((sum, c) => sum + configCapacity(c), 0n));
  const onNetwork = liveTasks(s).filter((t) => t.addresses.some((a) => a.networkId === network.id));
  const services = servicesOn(s, network.id);
  const tasks = services.reduce((sum, svc) => {
    const addressed = onNetwork.filter((t) => t.serviceId === svc.id).length;
    const desired = svc.desiredTasks ?? svc.replicas ?? 0;
    return sum + Math.max(addressed, desired);
  }, 0);
  const vips = services.filter((svc) => svc.endpointMode === "vip").length;
  const nodesWithTasks = new Set(onNetwork.map((t) => t.nodeId).filter((n) => n !== null));
  const lbEndpoints = network.ingress ? s.nodes.length : nodesWithTasks.size;
  const containers = standaloneContainersOn(s, network.id).length;
  return {
    capacity,
    tasks,
    vips,
    lbEndpoints,
    containers,
    used: tasks + vips + lbEndpoints + containers,
  };
}

/** The longest prefix whose subnet holds twice what is in use today. */
function roomierPrefix(used: number, current: Cidr): number {
  let prefix = Math.min(current.prefix - 1, 24);
  while (prefix > 8 && 2 ** (32 - prefix) - 3 < used * 2) prefix -= 1;
  return prefix;
}

/** Overlays (ingress included) whose addresses are nearly or completely used up. */
export const addressExhaustionRule: Rule = (s) => {
  const findings: Finding[] = [];
  for (const network of s.networks.filter(isOverlay)) {
    const use = addressUse(s, network);
    if (use.capacity === 0) continue;
    const ratio = use.used / use.capacity;
    if (ratio < EXHAUSTION_WARN_RATIO) continue;
    const full = use.used >= use.capacity;
    const current = subnetsOf(network).find((c) => c.family === 4);
    const prefix = current ? roomierPrefix(use.used, current) : 22;
    const subnet = suggestFreeSubnet(s, prefix) ?? `<free-/${prefix}>`;
    const free = Math.max(0, use.capacity - use.used);
    findings.push({
      id: `address-exhaustion:${network.name}`,
      severity: full ? "error" : "warning",
      title: full
        ? t().findings.addressExhaustion.titleFull(network.name)
        : t().findings.addressExhaustion.titleNear(network.name, Math.round(ratio * 100)),
      detail: `${t().findings.addressExhaustion.detail({
        ranges: network.ipam.map((c) => c.ipRange ?? c.subnet).join(", "),
        capacity: use.capacity,
        used: use.used,
        tasks: use.tasks,
        vips: use.vips,
        lb: use.lbEndpoints,
        containers: use.containers,
      })} ${full ? t().findings.addressExhaustion.full : t().findings.addressExhaustion.near(free)}`,
      objects: [network.name, ...servicesOn(s, network.id).map((svc) => svc.name)],
      fix: {
        text: t().findings.addressExhaustion.fix(
          network.name,
          prefix,
          subnet.startsWith("<") ? null : subnet,
        ),
        commands: recreateNetworkCommands(s, network, subnet),
      },
    });
  }
  return findings;
};
