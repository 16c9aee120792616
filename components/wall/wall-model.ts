/**
 * What the wall shows, derived from one Snapshot (pure, tested beside it): one card per
 * overlay network listing its services with their VIPs, the ingress card with the
 * published ports, then the services on no overlay and the nodes.
 *
 * Only names, addresses, counts and flags: no label value but the stack namespace, no env,
 * no secrets (the snapshot holds none of the last two anyway).
 *
 * Fast on big swarms: live patches keep unchanged services and networks as the same
 * objects, so every derived piece is cached per source object (WeakMap) and keeps its
 * identity too; the memoised rows and cards then skip re-rendering what did not change.
 */
import type { Network } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { naturalCompare } from "@/lib/sort";
import { advertiseAddr, hostOf, portLabel } from "@/lib/topology";
import { matchesAny, type WallOptions } from "./wall-options";

export const STACK_LABEL = "com.docker.stack.namespace";

/** Natural order: svc-2 before svc-10 (shared with every table, lib/sort.ts). */
export { naturalCompare };

/** Stack first (services without one last), then name: the same order on every cycle. */
export function byStackThenName<T extends { stack: string | null; name: string }>(a: T, b: T) {
  if (a.stack !== b.stack) {
    if (a.stack === null) return 1;
    if (b.stack === null) return -1;
    return naturalCompare(a.stack, b.stack);
  }
  return naturalCompare(a.name, b.name);
}

const stackOf = (labels: Record<string, string>) => labels[STACK_LABEL] ?? null;

export type WallServiceView = {
  id: string;
  name: string;
  stack: string | null;
  running: number;
  desired: number;
  converged: boolean;
  global: boolean;
  endpointMode: "vip" | "dnsrr";
  ingressPorts: string[];
  hostPorts: string[];
  /** Network ids the service is on: from its spec, and ingress through its VIP there. */
  networkIds: string[];
  vipOn: Record<string, string>;
};

export type WallNetworkView = {
  id: string;
  name: string;
  stack: string | null;
  subnets: string[];
  ingress: boolean;
  encrypted: boolean;
  attachable: boolean;
  internal: boolean;
};

/** One line in a card: a service on a network, a service's published ports, or a node. */
export type WallEntry = {
  key: string;
  name: string;
  /** Replicas `running/desired`, or a node's role. */
  badge: string;
  alarm: boolean;
  detail: string;
  tone: "vip" | "ingress" | "muted";
};

export type WallCardHead = {
  key: string;
  kind: "ingress" | "overlay" | "detached" | "nodes";
  title: string;
  stack: string | null;
  subnets: string[];
  marks: ("ingress" | "encrypted" | "attachable" | "internal")[];
};

export type WallCard = { head: WallCardHead; entries: WallEntry[] };

export type WallSummary = {
  networks: number;
  services: number;
  tasksRunning: number;
  tasksDesired: number;
  nodesReady: number;
  nodes: number;
};

export type Wall = {
  cards: WallCard[];
  services: WallServiceView[];
  networks: WallNetworkView[];
  summary: WallSummary;
};

const serviceViews = new WeakMap<Service, WallServiceView>();

export function serviceView(svc: Service): WallServiceView {
  const cached = serviceViews.get(svc);
  if (cached) return cached;
  const running = svc.runningTasks ?? 0;
  const desired = svc.desiredTasks ?? svc.replicas ?? 0;
  const vipOn: Record<string, string> = {};
  for (const v of svc.vips) vipOn[v.networkId] = hostOf(v.addr);
  const view: WallServiceView = {
    id: svc.id,
    name: svc.name,
    stack: stackOf(svc.labels),
    running,
    desired,
    converged: running >= desired,
    global: svc.mode === "global",
    endpointMode: svc.endpointMode,
    ingressPorts: svc.ports.filter((p) => p.mode === "ingress").map((p) => portLabel(p)),
    hostPorts: svc.ports.filter((p) => p.mode === "host").map((p) => `${portLabel(p)} host`),
    networkIds: [
      ...new Set([...svc.networks.map((n) => n.id), ...svc.vips.map((v) => v.networkId)]),
    ],
    vipOn,
  };
  serviceViews.set(svc, view);
  return view;
}

const networkViews = new WeakMap<Network, WallNetworkView>();

export function networkView(n: Network): WallNetworkView {
  const cached = networkViews.get(n);
  if (cached) return cached;
  const view: WallNetworkView = {
    id: n.id,
    name: n.name,
    stack: stackOf(n.labels),
    subnets: n.ipam.map((i) => i.subnet),
    ingress: n.ingress,
    encrypted: n.encrypted,
    attachable: n.attachable,
    internal: n.internal,
  };
  networkViews.set(n, view);
  return view;
}

const heads = new WeakMap<WallNetworkView, WallCardHead>();

function networkHead(n: WallNetworkView): WallCardHead {
  const cached = heads.get(n);
  if (cached) return cached;
  const head: WallCardHead = {
    key: `net:${n.id}`,
    kind: n.ingress ? "ingress" : "overlay",
    title: n.name,
    stack: n.stack,
    subnets: n.subnets,
    marks: (["ingress", "encrypted", "attachable", "internal"] as const).filter((k) => n[k]),
  };
  heads.set(n, head);
  return head;
}

const DETACHED_HEAD: WallCardHead = {
  key: "detached",
  kind: "detached",
  title: "",
  stack: null,
  subnets: [],
  marks: [],
};
const NODES_HEAD: WallCardHead = { ...DETACHED_HEAD, key: "nodes", kind: "nodes" };

const replicas = (s: WallServiceView) => `${s.running}/${s.desired}`;

/** Entries per (service view, card), so an unchanged service keeps the same entry objects. */
const entries = new WeakMap<WallServiceView, Map<string, WallEntry>>();

function entryOf(
  s: WallServiceView,
  card: string,
  make: () => Pick<WallEntry, "detail" | "tone">,
): WallEntry {
  let perCard = entries.get(s);
  if (!perCard) {
    perCard = new Map();
    entries.set(s, perCard);
  }
  const cached = perCard.get(card);
  if (cached) return cached;
  const entry: WallEntry = {
    key: `${card}/${s.id}`,
    name: s.name,
    badge: replicas(s),
    alarm: !s.converged,
    ...make(),
  };
  perCard.set(card, entry);
  return entry;
}

/** The line in an overlay's card: the service's VIP there, or how it is reached without one. */
const overlayEntry = (s: WallServiceView, n: WallNetworkView) =>
  entryOf(s, n.id, () => ({
    detail: s.vipOn[n.id] ?? (s.endpointMode === "dnsrr" ? "dnsrr" : "—"),
    tone: "vip",
  }));

/** The line in the ingress card: what the service publishes, ingress ports first. */
const publishedEntry = (s: WallServiceView) =>
  entryOf(s, "ingress", () => ({
    detail: [...s.ingressPorts, ...s.hostPorts].join("  "),
    tone: s.ingressPorts.length > 0 ? "ingress" : "muted",
  }));

const detachedEntry = (s: WallServiceView) =>
  entryOf(s, "detached", () => ({ detail: s.endpointMode, tone: "muted" }));

const nodeEntries = new WeakMap<Node, WallEntry>();

export function nodeEntry(n: Node): WallEntry {
  const cached = nodeEntries.get(n);
  if (cached) return cached;
  const ready = n.state === "ready";
  const active = n.availability === "active";
  const entry: WallEntry = {
    key: `node/${n.id}`,
    name: n.hostname,
    badge: n.leader ? "leader" : n.role,
    alarm: !ready || !active,
    detail: ready && active ? advertiseAddr(n) : `${n.state} · ${n.availability}`,
    tone: ready && active ? "vip" : "muted",
  };
  nodeEntries.set(n, entry);
  return entry;
}

const isOverlay = (n: Network) => n.driver === "overlay";

/** Which services and overlays the filters keep (AND across filters, OR within one list). */
function scope(s: Snapshot, o: Pick<WallOptions, "stacks" | "networks" | "services">) {
  const overlays = s.networks.filter(isOverlay).map(networkView);
  const netOk = (n: WallNetworkView) => !o.networks || matchesAny(o.networks, n.name, n.id);
  const wantedNets = new Set(overlays.filter(netOk).map((n) => n.id));
  const services = s.services
    .map(serviceView)
    .filter(
      (v) =>
        (!o.stacks || (v.stack !== null && o.stacks.includes(v.stack))) &&
        (!o.services || matchesAny(o.services, v.name, v.id)) &&
        (!o.networks || v.networkIds.some((id) => wantedNets.has(id))),
    );
  const used = new Set(services.flatMap((v) => v.networkIds));
  const narrowed = o.stacks !== null || o.services !== null;
  const networks = overlays.filter(
    (n) =>
      netOk(n) &&
      (!narrowed ||
        used.has(n.id) ||
        (o.stacks !== null && !o.services && n.stack !== null && o.stacks.includes(n.stack))),
  );
  return { services: services.sort(byStackThenName), networks };
}

export function buildWall(
  s: Snapshot,
  options: Pick<WallOptions, "stacks" | "networks" | "services">,
): Wall {
  const { services, networks } = scope(s, options);
  const onNetwork = new Map<string, WallServiceView[]>();
  for (const v of services) {
    for (const id of v.networkIds) {
      const list = onNetwork.get(id);
      if (list) list.push(v);
      else onNetwork.set(id, [v]);
    }
  }
  const shownIds = new Set(networks.map((n) => n.id));
  const cards: WallCard[] = [];
  const ingress = networks.find((n) => n.ingress);
  const publishing = services.filter((v) => v.ingressPorts.length > 0 || v.hostPorts.length > 0);
  if (ingress || publishing.length > 0) {
    cards.push({
      head: ingress
        ? networkHead(ingress)
        : { ...DETACHED_HEAD, key: "published", kind: "ingress" },
      entries: publishing.map(publishedEntry),
    });
  }
  for (const n of networks.filter((n) => !n.ingress).sort(byStackThenName)) {
    cards.push({
      head: networkHead(n),
      entries: (onNetwork.get(n.id) ?? []).map((v) => overlayEntry(v, n)),
    });
  }
  const detached = services.filter(
    (v) => !v.networkIds.some((id) => shownIds.has(id)) && publishedEntryMissing(v),
  );
  if (detached.length > 0)
    cards.push({ head: DETACHED_HEAD, entries: detached.map(detachedEntry) });
  const nodes = [...s.nodes].sort(
    (a, b) =>
      Number(b.role === "manager") - Number(a.role === "manager") ||
      naturalCompare(a.hostname, b.hostname),
  );
  if (nodes.length > 0) cards.push({ head: NODES_HEAD, entries: nodes.map(nodeEntry) });

  return {
    cards,
    services,
    networks,
    summary: {
      networks: networks.length,
      services: services.length,
      tasksRunning: services.reduce((sum, v) => sum + v.running, 0),
      tasksDesired: services.reduce((sum, v) => sum + v.desired, 0),
      nodesReady: s.nodes.filter((n) => n.state === "ready").length,
      nodes: s.nodes.length,
    },
  };
}

/** A service shown in the ingress card is on the wall already; the rest need the detached card. */
const publishedEntryMissing = (v: WallServiceView) =>
  v.ingressPorts.length === 0 && v.hostPorts.length === 0;
