/**
 * What the wall shows, derived from one Snapshot (pure, tested beside it).
 * Only names, addresses, counts and flags: never tokens, env or secrets (the
 * snapshot holds none, and nothing here reaches beyond it).
 */
import type { Network } from "@/lib/model/network";
import type { Port } from "@/lib/model/port";
import type { Snapshot } from "@/lib/model/snapshot";
import { advertiseAddr, hostOf } from "@/lib/topology";

export type WallTheme = "dark" | "light";

export type WallOptions = {
  /** Network names or ids to show; null: every overlay network. */
  networks: string[] | null;
  /** Seconds between pages when the services do not fit one page; null: one page, scaled down. */
  rotate: number | null;
  theme: WallTheme;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?networks=a,b&rotate=20&theme=light`; anything unreadable falls back to the default. */
export function parseWallOptions(params: SearchParams): WallOptions {
  const names = (first(params.networks) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const rotate = Number(first(params.rotate));
  return {
    networks: names.length > 0 ? names : null,
    rotate: Number.isFinite(rotate) && rotate >= 3 ? Math.min(Math.round(rotate), 3600) : null,
    theme: first(params.theme) === "light" ? "light" : "dark",
  };
}

export type WallNetwork = {
  id: string;
  name: string;
  subnets: string[];
  ingress: boolean;
  encrypted: boolean;
  attachable: boolean;
  internal: boolean;
};

export type WallService = {
  id: string;
  name: string;
  global: boolean;
  running: number;
  desired: number;
  /** Tasks Swarm wants running that are not (starting, failed, pending…). */
  notRunning: { state: string; count: number }[];
  alarm: boolean;
  endpointMode: "vip" | "dnsrr";
  ingressPorts: Port[];
  hostPorts: Port[];
  /** Per shown network id: attached, with the VIP there when it has one. */
  attachments: Record<string, { vip: string | null }>;
};

export type WallNode = {
  id: string;
  hostname: string;
  role: "manager" | "worker";
  leader: boolean;
  state: string;
  availability: string;
  advertiseAddr: string;
  dataPathAddr: string | null;
  ready: boolean;
  tasks: number;
};

export type Wall = {
  networks: WallNetwork[];
  services: WallService[];
  nodes: WallNode[];
  totals: {
    tasksRunning: number;
    tasksDesired: number;
    nodesReady: number;
    nodes: number;
    alarms: number;
  };
};

const isOverlay = (n: Network) => n.driver === "overlay";

function wallNetworks(s: Snapshot, wanted: string[] | null): WallNetwork[] {
  return s.networks
    .filter(isOverlay)
    .filter((n) => !wanted || wanted.some((w) => w === n.name || w === n.id))
    .sort((a, b) => Number(b.ingress) - Number(a.ingress) || a.name.localeCompare(b.name))
    .map((n) => ({
      id: n.id,
      name: n.name,
      subnets: n.ipam.map((i) => i.subnet),
      ingress: n.ingress,
      encrypted: n.encrypted,
      attachable: n.attachable,
      internal: n.internal,
    }));
}

export function buildWall(s: Snapshot, options: Pick<WallOptions, "networks">): Wall {
  const networks = wallNetworks(s, options.networks);
  const shown = new Set(networks.map((n) => n.id));
  const live = s.tasks.filter((t) => t.desiredState === "running");

  const services = [...s.services]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((svc): WallService => {
      const tasks = live.filter((t) => t.serviceId === svc.id);
      const running = tasks.filter((t) => t.state === "running").length;
      const global = svc.mode === "global";
      const desired = global ? tasks.length : (svc.replicas ?? 0);
      const waiting = new Map<string, number>();
      for (const t of tasks) {
        if (t.state !== "running") waiting.set(t.state, (waiting.get(t.state) ?? 0) + 1);
      }
      const attachments: WallService["attachments"] = {};
      for (const n of svc.networks) {
        if (shown.has(n.id)) attachments[n.id] = { vip: null };
      }
      for (const v of svc.vips) {
        if (shown.has(v.networkId)) attachments[v.networkId] = { vip: hostOf(v.addr) };
      }
      return {
        id: svc.id,
        name: svc.name,
        global,
        running,
        desired,
        notRunning: [...waiting].map(([state, count]) => ({ state, count })),
        alarm: running < desired || waiting.size > 0,
        endpointMode: svc.endpointMode,
        ingressPorts: svc.ports.filter((p) => p.mode === "ingress"),
        hostPorts: svc.ports.filter((p) => p.mode === "host"),
        attachments,
      };
    })
    // With a network filter, only the services on those networks.
    .filter((svc) => !options.networks || Object.keys(svc.attachments).length > 0);

  const nodes = [...s.nodes]
    .sort((a, b) =>
      a.role === b.role ? a.hostname.localeCompare(b.hostname) : a.role === "manager" ? -1 : 1,
    )
    .map(
      (n): WallNode => ({
        id: n.id,
        hostname: n.hostname,
        role: n.role,
        leader: n.leader,
        state: n.state,
        availability: n.availability,
        advertiseAddr: advertiseAddr(n),
        dataPathAddr: n.dataPathAddr,
        ready: n.state === "ready",
        tasks: live.filter((t) => t.nodeId === n.id && t.state === "running").length,
      }),
    );

  return {
    networks,
    services,
    nodes,
    totals: {
      tasksRunning: services.reduce((sum, svc) => sum + svc.running, 0),
      tasksDesired: services.reduce((sum, svc) => sum + svc.desired, 0),
      nodesReady: nodes.filter((n) => n.ready).length,
      nodes: nodes.length,
      alarms: services.filter((svc) => svc.alarm).length + nodes.filter((n) => !n.ready).length,
    },
  };
}

/** Rows per page when rotating: legible from across the room on a 1080p screen. */
export const ROWS_PER_PAGE = 16;

export function pageCount(items: number, rotate: number | null): number {
  return rotate ? Math.max(1, Math.ceil(items / ROWS_PER_PAGE)) : 1;
}

export function pageOf<T>(items: T[], page: number, rotate: number | null): T[] {
  if (!rotate) return items;
  const start = (page % pageCount(items.length, rotate)) * ROWS_PER_PAGE;
  return items.slice(start, start + ROWS_PER_PAGE);
}

/**
 * One font size (everything else is in em) so the page fits the screen without
 * scrolling: as large as the width allows, smaller when rows or columns add up.
 * Units are the em heights of the fixed parts, measured from the layout.
 */
export function wallFontSize(rows: number, networks: number, nodes: number): string {
  const nodeRows = Math.max(1, Math.ceil(nodes / 5));
  const heightEm = 13 + nodeRows * 5.4 + Math.max(rows, 1) * 2.3;
  const widthEm = 30 + Math.max(networks, 1) * 9;
  return `min(1.3vw, ${(100 / heightEm).toFixed(3)}vh, ${(100 / widthEm).toFixed(3)}vw)`;
}
