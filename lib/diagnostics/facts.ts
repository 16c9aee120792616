/**
 * Facts several rules share: parsed subnets, node addresses, who uses a network, a free
 * subnet to suggest, and the commands that recreate a network. Pure, like the rules.
 */
import { networkCreateCli, networkRemoveCli } from "@/lib/cli/network";
import { serviceNetworkAddCli, serviceNetworkRemoveCli, servicePortsCli } from "@/lib/cli/service";
import { shellJoin } from "@/lib/cli/shell-quote";
import type { Network } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  addressCount,
  type Cidr,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  parseCidrLenient,
} from "@/lib/net/cidr";
import { hostOnly } from "@/lib/net/host-port";
import { type IpAddress, parseIp } from "@/lib/net/ip";
import {
  BRIDGE_ICC_OPTION,
  BRIDGE_MASQUERADE_OPTION,
  BRIDGE_NAME_OPTION,
} from "@/lib/net/network-options";
import { GWBRIDGE } from "@/lib/topology/constants";
import { ingressPortsOf, specServicesOn, standaloneContainersOn } from "@/lib/topology/selectors";

export const DEFAULT_POOL = "10.0.0.0/8";

/** IPv4/IPv6 subnets of a network, masked the way Docker does (never refused). */
export function subnetsOf(network: Network): Cidr[] {
  return network.ipam
    .map((config) => parseCidrLenient(config.subnet))
    .filter((cidr): cidr is Cidr => cidr !== null);
}

/** Overlays an admin created (not ingress, not a system network). */
export const isUserOverlay = (n: Network) => n.driver === "overlay" && !n.ingress && !n.system;

export const isOverlay = (n: Network) => n.driver === "overlay";

export type NodeAddress = { node: Node; text: string; address: IpAddress };

const UNSPECIFIED = new Set(["0.0.0.0", "::"]);

function parseHost(host: string): IpAddress | null {
  if (UNSPECIFIED.has(host)) return null;
  const parsed = parseIp(host);
  return parsed.ok ? parsed.value : null;
}

/**
 * Each node's own addresses: `Status.Addr`, the advertise address of managers and the
 * data-path address when known. 0.0.0.0 (which Docker sometimes reports) is left out.
 */
export function nodeAddresses(snapshot: Snapshot): NodeAddress[] {
  const out: NodeAddress[] = [];
  for (const node of snapshot.nodes) {
    const seen = new Set<string>();
    for (const raw of [node.addr, node.managerAddr, node.dataPathAddr]) {
      if (!raw) continue;
      const host = hostOnly(raw);
      const address = parseHost(host);
      if (!address) continue;
      const key = `${address.family}:${address.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ node, text: host, address });
    }
  }
  return out;
}

function pools(s: Snapshot): Cidr[] {
  const texts = s.swarm?.defaultAddrPool.length ? s.swarm.defaultAddrPool : [DEFAULT_POOL];
  return texts.map(parseCidrLenient).filter((c): c is Cidr => c !== null && c.family === 4);
}

/**
 * The first subnet of `prefix` bits in the swarm's default pools that overlaps no existing
 * network and contains no node address: what a fix can safely suggest. Null if none is found
 * within a bounded search.
 */
export function suggestFreeSubnet(s: Snapshot, prefix = s.swarm?.subnetSize ?? 24): string | null {
  const taken = s.networks.flatMap(subnetsOf);
  const nodes = nodeAddresses(s).map((a) => a.address);
  for (const pool of pools(s)) {
    if (prefix < pool.prefix || prefix > 30) continue;
    const step = 1n << BigInt(32 - prefix);
    const blocks = addressCount(pool) / step;
    const limit = blocks < 65_536n ? blocks : 65_536n;
    for (let i = 0n; i < limit; i++) {
      const network = pool.network + i * step;
      const text = formatCidr(4, network, prefix);
      const cidr = parseCidrLenient(text);
      if (!cidr) continue;
      if (taken.some((t) => cidrsOverlap(t, cidr))) continue;
      if (nodes.some((a) => cidrContains(cidr, a))) continue;
      return text;
    }
  }
  return null;
}

export const FREE_SUBNET_PLACEHOLDER = "<free-subnet>";

function gwbridgeCommands(subnet: string): string[] {
  return [
    "docker swarm leave",
    "systemctl stop docker",
    "ip link set docker_gwbridge down && ip link del dev docker_gwbridge",
    "systemctl start docker",
    shellJoin([
      "docker",
      "network",
      "create",
      "--subnet",
      subnet,
      "--opt",
      `${BRIDGE_NAME_OPTION}=docker_gwbridge`,
      "--opt",
      `${BRIDGE_ICC_OPTION}=false`,
      "--opt",
      `${BRIDGE_MASQUERADE_OPTION}=true`,
      "docker_gwbridge",
    ]),
    "docker swarm join --token <token> <manager-address>:2377",
  ];
}

function ingressCommands(s: Snapshot, network: Network, subnet: string | null): string[] {
  const publishers = s.services.filter((svc) => ingressPortsOf(svc).length > 0);
  const strip = publishers.flatMap((svc) => {
    const kept = svc.ports.filter((p) => p.mode !== "ingress");
    return servicePortsCli(svc.name, svc.ports, kept) ?? [];
  });
  const restore = publishers.flatMap((svc) => {
    const kept = svc.ports.filter((p) => p.mode !== "ingress");
    return servicePortsCli(svc.name, kept, svc.ports) ?? [];
  });
  return [
    ...strip,
    // The CLI asks for confirmation: every node must run the same engine version.
    networkRemoveCli(network.name),
    networkCreateCli({
      name: network.name,
      ingress: true,
      ...(subnet === null ? {} : { ipam: [{ subnet }] }),
      ...(network.mtu === null ? {} : { mtu: network.mtu }),
    }),
    ...restore,
  ];
}

/**
 * Commands that recreate a network with another subnet (null: let Docker allocate one from
 * the pool), keeping its flags, MTU and labels:
 * detach services and standalone containers, remove, create, attach them again.
 * docker_gwbridge is a per-node kernel bridge: its commands run on each node.
 */
export function recreateNetworkCommands(
  s: Snapshot,
  network: Network,
  subnet: string | null = FREE_SUBNET_PLACEHOLDER,
): string[] {
  if (network.name === GWBRIDGE) return gwbridgeCommands(subnet ?? FREE_SUBNET_PLACEHOLDER);
  if (network.ingress) return ingressCommands(s, network, subnet);
  const services = specServicesOn(s, network.id);
  const containers = standaloneContainersOn(s, network.id);
  const aliasesOf = (svc: Service) => svc.networks.find((n) => n.id === network.id)?.aliases ?? [];
  return [
    ...services.map((svc) => serviceNetworkRemoveCli(svc.name, network.name)),
    ...containers.map((c) => shellJoin(["docker", "network", "disconnect", network.name, c.name])),
    networkRemoveCli(network.name),
    networkCreateCli({
      name: network.name,
      ...(network.attachable ? { attachable: true } : {}),
      ...(network.internal ? { internal: true } : {}),
      ...(network.encrypted ? { encrypted: true } : {}),
      ...(network.mtu === null ? {} : { mtu: network.mtu }),
      ...(subnet === null ? {} : { ipam: [{ subnet }] }),
      ...(Object.keys(network.labels).length > 0 ? { labels: network.labels } : {}),
    }),
    ...services.map((svc) => serviceNetworkAddCli(svc.name, network.name, aliasesOf(svc))),
    ...containers.map((c) => shellJoin(["docker", "network", "connect", network.name, c.name])),
  ];
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const POOL_CANDIDATES = ["10.0.0.0/8", "10.128.0.0/9", "10.64.0.0/10", "172.20.0.0/14"];

/** A default address pool to suggest for `swarm init`: no node address and nothing in `avoid`. */
export function suggestPool(s: Snapshot, avoid: Cidr[] = []): string {
  const nodes = nodeAddresses(s).map((a) => a.address);
  const found = POOL_CANDIDATES.map(parseCidrLenient).find(
    (pool) =>
      pool !== null &&
      !nodes.some((a) => cidrContains(pool, a)) &&
      !avoid.some((c) => cidrsOverlap(pool, c)),
  );
  return found?.text ?? "<pool-away-from-your-lan>";
}

/** The /`size` block that contains an address: where an allocation would put it. */
export function blockOf(address: IpAddress, size: number): string {
  const bits = address.family === 4 ? 32 : 128;
  const mask = (1n << BigInt(bits - size)) - 1n;
  return formatCidr(address.family, address.value & ~mask, size);
}

/**
 * A /16 for docker_gwbridge in 172.16.0.0/12 (where Docker itself looks) that overlaps no
 * network and no node address; outside the overlay pool so future overlays never hit it.
 */
export function suggestGwbridgeSubnet(s: Snapshot): string | null {
  // The current docker_gwbridge counts as taken too: a fix never suggests what is there now.
  const taken = s.networks.flatMap(subnetsOf);
  const nodes = nodeAddresses(s).map((a) => a.address);
  const overlayPools = pools(s);
  for (let second = 18; second <= 31; second++) {
    const cidr = parseCidrLenient(`172.${second}.0.0/16`);
    if (!cidr) continue;
    if (taken.some((t) => cidrsOverlap(t, cidr))) continue;
    if (overlayPools.some((p) => cidrsOverlap(p, cidr))) continue;
    if (nodes.some((a) => cidrContains(cidr, a))) continue;
    return cidr.text;
  }
  return null;
}
