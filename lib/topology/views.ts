/**
 * The view models of each page (networks, services, nodes and swarm), derived from one
 * Snapshot so the pages, the wall and the API cannot disagree. No I/O. Lookups, selectors,
 * constants and prose live beside this file.
 */
import type { Container } from "@/lib/model/container";
import type { Network } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Swarm } from "@/lib/model/swarm";
import { BRIDGE_OPTION_PREFIX, ENCRYPTED_OPTION, MTU_OPTION } from "@/lib/net/network-options";
import { naturalCompare } from "@/lib/sort";
import { GWBRIDGE, SWARM_PORTS } from "./constants";
import {
  advertiseAddr,
  findNetwork,
  findService,
  hostOf,
  isIngressId,
  isLiveTask,
  type TaskRow,
  taskRow,
} from "./lookups";
import { DISCOVERY_EXPLANATION } from "./prose";
import { ingressPortsOf, servicesOn, standaloneContainersOn } from "./selectors";

// Networks: list, detail, per node, options, ingress, gwbridge.

/** One IPAM field of every config, comma-joined, or "—" when none has it (tables, panels). */
export function ipamField(
  n: Pick<Network, "ipam">,
  field: "subnet" | "gateway" | "ipRange",
): string {
  return (
    n.ipam
      .map((i) => i[field] ?? "")
      .filter(Boolean)
      .join(", ") || "—"
  );
}

export type NetworkSummary = Network & { serviceCount: number; containerCount: number };

export function networkSummaries(s: Snapshot): NetworkSummary[] {
  return [...s.networks]
    .sort((a, b) => naturalCompare(a.name, b.name))
    .map((n) => ({
      ...n,
      serviceCount: servicesOn(s, n.id).length,
      containerCount: standaloneContainersOn(s, n.id).length,
    }));
}

export type NetworkDetail = {
  network: NetworkSummary;
  services: { service: Service; vip: string | null }[];
  tasks: (TaskRow & { addr: string })[];
  containers: (Container & { ipv4: string | null })[];
};

export function networkDetail(s: Snapshot, ref: string): NetworkDetail | undefined {
  const network = findNetwork(s, ref);
  if (!network) return undefined;
  const services = servicesOn(s, network.id).map((service) => ({
    service,
    vip: service.vips.find((v) => v.networkId === network.id)?.addr ?? null,
  }));
  const tasks = s.tasks.flatMap((t) =>
    t.addresses
      .filter((a) => a.networkId === network.id)
      .map((a) => ({ ...taskRow(s, t), addr: a.addr })),
  );
  const containers = standaloneContainersOn(s, network.id).map((c) => ({
    ...c,
    ipv4: c.networks.find((n) => n.networkId === network.id)?.ipv4 ?? null,
  }));
  return {
    network: { ...network, serviceCount: services.length, containerCount: containers.length },
    services,
    tasks,
    containers,
  };
}

export type IngressView = {
  network: Network | undefined;
  publishers: { service: Service; ports: Port[] }[];
};

/** The routing mesh: the ingress network and every service publishing through it. */
export function ingressView(s: Snapshot): IngressView {
  return {
    network: s.networks.find((n) => n.ingress),
    publishers: s.services
      .map((service) => ({ service, ports: ingressPortsOf(service) }))
      .filter((p) => p.ports.length > 0)
      .sort((a, b) => naturalCompare(a.service.name, b.service.name)),
  };
}

export function gwbridgeView(s: Snapshot) {
  return { network: s.networks.find((n) => n.name === GWBRIDGE), endpoints: s.gwbridgeEndpoints };
}

/** Why an option deserves attention: its MTU, IPsec encryption, or a bridge setting. */
export type OptionKind = "mtu" | "encrypted" | "bridge";

export type OptionRow = { key: string; value: string | null; kind: OptionKind | null };

export function optionKind(key: string): OptionKind | null {
  if (key === MTU_OPTION) return "mtu";
  if (key === ENCRYPTED_OPTION) return "encrypted";
  if (key.startsWith(BRIDGE_OPTION_PREFIX)) return "bridge";
  return null;
}

/**
 * Every option of a network, the notable ones first. `always` lists keys shown even
 * when unset (value null: Docker's default applies), e.g. the gwbridge bridge options.
 */
export function optionRows(
  options: Record<string, string>,
  always: readonly string[] = [],
): OptionRow[] {
  const keys = [...new Set([...always, ...Object.keys(options)])];
  const rank = (k: string) => {
    const i = always.indexOf(k);
    if (i >= 0) return i;
    return optionKind(k) ? always.length : always.length + 1;
  };
  return keys
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({ key, value: options[key] ?? null, kind: optionKind(key) }));
}

export type NetworkPerNode = {
  nodeId: string;
  hostname: string;
  /** In the network's peer list (verbose inspect): the node holds a copy of it. */
  peer: boolean;
  /** In that node's own `network ls`; null when the dashboard cannot ask the node. Lags the managers. */
  localCopy: boolean | null;
  tasks: { id: string; serviceName: string; addr: string }[];
};

/** Per node: does it hold the network (peers, matched by advertise address), and its tasks there. */
export function networkPerNode(
  s: Snapshot,
  networkId: string,
  peers: { ip: string }[],
  localNetworks: Map<string, string[] | null> = new Map(),
): NetworkPerNode[] {
  const peerIps = new Set(peers.map((p) => p.ip));
  return nodeRows(s).map((n) => ({
    nodeId: n.id,
    hostname: n.hostname,
    peer: peerIps.has(n.addr) || peerIps.has(advertiseAddr(n)),
    localCopy: localNetworks.get(n.id)?.includes(networkId) ?? null,
    tasks: s.tasks
      .filter((t) => t.nodeId === n.id && isLiveTask(t))
      .flatMap((t) =>
        t.addresses
          .filter((a) => a.networkId === networkId)
          .map((a) => ({ id: t.id, serviceName: taskRow(s, t).serviceName, addr: a.addr })),
      ),
  }));
}

// Services: detail, discovery names, networks, replicas, tasks.

export type DiscoveryName = { name: string; resolvesTo: string[]; explanation: string };

/**
 * What DNS answers inside the service's networks: `<service>` is the VIP (or the
 * task IPs under dnsrr), `tasks.<service>` is always the task IPs.
 */
export function discoveryNames(s: Snapshot, service: Service): DiscoveryName[] {
  const taskIps = s.tasks
    .filter((t) => t.serviceId === service.id && isLiveTask(t))
    .flatMap((t) =>
      t.addresses.filter((a) => a.networkName !== "ingress" && !isIngressId(s, a.networkId)),
    )
    .map((a) => hostOf(a.addr));
  const vips = service.vips.filter((v) => !isIngressId(s, v.networkId)).map((v) => hostOf(v.addr));
  return [
    service.endpointMode === "vip"
      ? {
          name: service.name,
          resolvesTo: vips,
          explanation: DISCOVERY_EXPLANATION.vip,
        }
      : {
          name: service.name,
          resolvesTo: taskIps,
          explanation: DISCOVERY_EXPLANATION.dnsrr,
        },
    {
      name: `tasks.${service.name}`,
      resolvesTo: taskIps,
      explanation: DISCOVERY_EXPLANATION.tasks,
    },
  ];
}

export type ServiceDetail = {
  service: Service;
  tasks: TaskRow[];
  discovery: DiscoveryName[];
};

export function serviceDetail(s: Snapshot, ref: string): ServiceDetail | undefined {
  const service = findService(s, ref);
  if (!service) return undefined;
  return {
    service,
    tasks: s.tasks.filter((t) => t.serviceId === service.id).map((t) => taskRow(s, t)),
    discovery: discoveryNames(s, service),
  };
}

/** `8080→80/tcp`; `auto` (or the given word) when Docker chooses the published port. */
export function portLabel(p: Port, auto = "auto"): string {
  return `${p.published ?? auto}→${p.target}/${p.protocol}`;
}

export type ReplicaStatus = { running: number | null; desired: number | null; healthy: boolean };

/** Running vs desired tasks; healthy when every desired task runs (unknown counts as healthy). */
export function replicaStatus(service: Service): ReplicaStatus {
  const running = service.runningTasks;
  const desired = service.desiredTasks ?? service.replicas;
  return { running, desired, healthy: running === null || desired === null || running >= desired };
}

export type ServiceNetworkRow = {
  id: string;
  name: string;
  aliases: string[];
  vip: string | null;
  /** False for networks Docker attached by itself (ingress, for published ports). */
  inSpec: boolean;
};

/** The service's networks (spec first, then ones only known from a VIP, like ingress) with VIPs. */
export function serviceNetworkRows(service: Service): ServiceNetworkRow[] {
  const vipOn = (id: string) => service.vips.find((v) => v.networkId === id)?.addr ?? null;
  const fromSpec = service.networks.map((n) => ({
    id: n.id,
    name: n.name,
    aliases: n.aliases,
    vip: vipOn(n.id),
    inSpec: true,
  }));
  const extra = service.vips
    .filter((v) => !service.networks.some((n) => n.id === v.networkId))
    .map((v) => ({
      id: v.networkId,
      name: v.networkName,
      aliases: [],
      vip: v.addr,
      inSpec: false,
    }));
  return [...fromSpec, ...extra];
}

/** Services by name, for list views. */
export function sortedServices(s: Snapshot): Service[] {
  return [...s.services].sort((a, b) => naturalCompare(a.name, b.name));
}

/** Tasks Swarm wants running first, then by slot and node, newest first within a slot. */
export function sortTaskRows<T extends TaskRow>(tasks: T[]): T[] {
  return [...tasks].sort(
    (a, b) =>
      Number(isLiveTask(b)) - Number(isLiveTask(a)) ||
      (a.slot ?? 0) - (b.slot ?? 0) ||
      naturalCompare(a.nodeName, b.nodeName) ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
}

// Nodes and swarm.

export type NodeRow = Node & { taskCount: number; isLocal: boolean };

export function nodeRows(s: Snapshot): NodeRow[] {
  return [...s.nodes]
    .sort((a, b) =>
      a.role === b.role ? naturalCompare(a.hostname, b.hostname) : a.role === "manager" ? -1 : 1,
    )
    .map((n) => ({
      ...n,
      taskCount: s.tasks.filter((t) => t.nodeId === n.id && isLiveTask(t)).length,
      isLocal: n.id === s.engine.nodeId,
    }));
}

/** The firewall ports of this swarm: the VXLAN row uses the data path port chosen at init. */
export function firewallPorts(
  swarm: Swarm | null,
): { port: number; protocol: "tcp" | "udp"; purpose: string }[] {
  const dataPathPort = swarm?.dataPathPort ?? 4789;
  return SWARM_PORTS.map((p) => (p.port === 4789 ? { ...p, port: dataPathPort } : { ...p }));
}
