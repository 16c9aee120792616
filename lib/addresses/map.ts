import { configCapacity } from "@/lib/diagnostics/rules/address-exhaustion";
import type { Network, NetworkEndpoint } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import { addressCount, type Cidr, cidrContains, parseCidrLenient } from "@/lib/net/cidr";
import { formatIp, parseIp } from "@/lib/net/ip";
import { hostOf } from "@/lib/topology";
import { liveTasks, standaloneContainersOn } from "@/lib/topology/selectors";

export type AddressKind = "gateway" | "vip" | "task" | "container" | "lb";

export type AddressEntry = { ip: string; kind: AddressKind; owner: string; node?: string };

/** A run of consecutive addresses, all used or all free (the compact picture of a subnet). */
export type AddressRange = { from: string; to: string; count: number; used: boolean };

export type SubnetMap = {
  subnet: string;
  gateway: string | null;
  ipRange?: string;
  /** Every address in the subnet. */
  size: number;
  /** Addresses tasks can get (the ip-range, else the subnet, less network, broadcast, gateway). */
  usable: number;
  /** Addresses in use other than the gateway. */
  used: number;
  free: number;
  addresses: AddressEntry[];
  /** Used and free runs across the subnet, network and broadcast addresses excluded. */
  ranges: AddressRange[];
};

/** What one node's engine lists on the network (`network inspect`): its containers and LB endpoint. */
export type NodeEndpoints = { nodeId: string; endpoints: NetworkEndpoint[] | null };

const KIND_RANK: Record<AddressKind, number> = { gateway: 0, vip: 1, task: 2, lb: 3, container: 4 };

/** The task id at the end of a task container name ("web.1.<taskid>"). */
const taskIdOf = (name: string) => name.slice(name.lastIndexOf(".") + 1);

/** Docker names the per-node load-balancer endpoint "<network>-endpoint" (key "lb-<network>"). */
export const isLbEndpoint = (e: NetworkEndpoint, network: Network) =>
  e.id === `lb-${network.name}` || e.name === `${network.name}-endpoint`;

/** Every address held on the network, each once (the most telling kind wins). */
export function addressEntries(
  s: Snapshot,
  network: Network,
  perNode: NodeEndpoints[],
): AddressEntry[] {
  const hostname = new Map(s.nodes.map((n) => [n.id, n.hostname]));
  const nodeOf = (id: string | null) => (id ? { node: hostname.get(id) ?? id } : {});
  const entries: AddressEntry[] = [];
  for (const c of network.ipam) {
    if (c.gateway) entries.push({ ip: hostOf(c.gateway), kind: "gateway", owner: network.name });
  }
  for (const svc of s.services) {
    for (const v of svc.vips.filter((v) => v.networkId === network.id)) {
      entries.push({ ip: hostOf(v.addr), kind: "vip", owner: svc.name });
    }
  }
  const serviceName = new Map(s.services.map((svc) => [svc.id, svc.name]));
  const taskIds = new Set<string>();
  for (const t of liveTasks(s)) {
    for (const a of t.addresses.filter((a) => a.networkId === network.id)) {
      taskIds.add(t.id);
      const svc = serviceName.get(t.serviceId) ?? t.serviceId;
      const owner = `${svc}.${t.slot ?? t.nodeId ?? t.id}`;
      entries.push({ ip: hostOf(a.addr), kind: "task", owner, ...nodeOf(t.nodeId) });
    }
  }
  for (const c of standaloneContainersOn(s, network.id)) {
    const ip = c.networks.find((n) => n.networkId === network.id)?.ipv4;
    if (ip)
      entries.push({
        ip: hostOf(ip),
        kind: "container",
        owner: c.name,
        ...nodeOf(s.engine.nodeId),
      });
  }
  for (const { nodeId, endpoints } of perNode) {
    for (const e of endpoints ?? []) {
      if (!e.ipv4 || taskIds.has(taskIdOf(e.name))) continue;
      const kind: AddressKind = isLbEndpoint(e, network) ? "lb" : "container";
      entries.push({ ip: hostOf(e.ipv4), kind, owner: e.name, ...nodeOf(nodeId) });
    }
  }
  const byIp = new Map<string, AddressEntry>();
  for (const e of entries) {
    const seen = byIp.get(e.ip);
    if (!seen || KIND_RANK[e.kind] < KIND_RANK[seen.kind]) byIp.set(e.ip, e);
  }
  return [...byIp.values()];
}

function value(ip: string): bigint | null {
  const parsed = parseIp(ip);
  return parsed.ok ? parsed.value.value : null;
}

/** Used/free runs over the host addresses of a subnet (IPv4; network and broadcast left out). */
export function usageRanges(cidr: Cidr, used: bigint[]): AddressRange[] {
  if (cidr.family !== 4) return [];
  const count = addressCount(cidr);
  const first = count > 2n ? cidr.network + 1n : cidr.network;
  const last = count > 2n ? cidr.network + count - 2n : cidr.network + count - 1n;
  const taken = [...new Set(used.filter((v) => v >= first && v <= last))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const ranges: AddressRange[] = [];
  const push = (from: bigint, to: bigint, isUsed: boolean) => {
    if (to < from) return;
    const prev = ranges.at(-1);
    if (prev && prev.used === isUsed && value(prev.to) === from - 1n) {
      prev.to = formatIp({ family: 4, value: to });
      prev.count += Number(to - from + 1n);
      return;
    }
    ranges.push({
      from: formatIp({ family: 4, value: from }),
      to: formatIp({ family: 4, value: to }),
      count: Number(to - from + 1n),
      used: isUsed,
    });
  };
  let cursor = first;
  for (const v of taken) {
    push(cursor, v - 1n, false);
    push(v, v, true);
    cursor = v + 1n;
  }
  push(cursor, last, false);
  return ranges;
}

const byAddress = (a: AddressEntry, b: AddressEntry) => {
  const x = value(a.ip) ?? 0n;
  const y = value(b.ip) ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The address map of one network: per IPAM subnet, who holds what and what is left. Pure. */
export function addressMap(s: Snapshot, network: Network, perNode: NodeEndpoints[]): SubnetMap[] {
  const entries = addressEntries(s, network, perNode);
  return network.ipam.map((config) => {
    const cidr = parseCidrLenient(config.subnet);
    const inside = entries
      .filter((e) => {
        const ip = parseIp(e.ip);
        return cidr !== null && ip.ok && cidrContains(cidr, ip.value);
      })
      .sort(byAddress);
    const usable = Number(configCapacity(config));
    const used = inside.filter((e) => e.kind !== "gateway").length;
    return {
      subnet: config.subnet,
      gateway: config.gateway ?? null,
      ...(config.ipRange ? { ipRange: config.ipRange } : {}),
      size: cidr ? Number(addressCount(cidr)) : 0,
      usable,
      used,
      free: Math.max(0, usable - used),
      addresses: inside,
      ranges: cidr
        ? usageRanges(
            cidr,
            inside.map((e) => value(e.ip)).filter((v): v is bigint => v !== null),
          )
        : [],
    };
  });
}
