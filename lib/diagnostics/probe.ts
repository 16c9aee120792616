import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
import type { Node } from "@/lib/model/node";
import type { Snapshot } from "@/lib/model/snapshot";
import { hostOnly, joinHostPort, portOnly } from "@/lib/net/host-port";
import { formatIp } from "@/lib/net/ip";
import { nodeAddresses } from "./facts";
import type { Finding } from "./finding";

/**
 * Firewall probe from the dashboard host to the swarm's own nodes: a TCP connect to 2377
 * (managers) and 7946. It only ever connects to addresses the snapshot lists for the nodes,
 * with a short timeout and a cap on concurrent connections. This file is the pure part
 * (what to probe, what the results mean); the sockets are in ./server/probe-nodes.ts.
 */
export type ProbeState = "open" | "closed" | "filtered";

export type ProbeTarget = { node: string; role: Node["role"]; host: string; port: number };
export type ProbeResult = ProbeTarget & { state: ProbeState; reason: string };

/** Connects once; never throws. `closed` = refused (RST); `filtered` = no answer in time. */
export type Connector = (
  host: string,
  port: number,
  timeoutMs: number,
) => Promise<ProbeResultState>;
export type ProbeResultState = { state: ProbeState; reason: string };

export const PROBE_MAX_TIMEOUT_MS = 1500;
export const PROBE_DEFAULT_TIMEOUT_MS = 1000;
export const PROBE_CONCURRENCY = 8;
export const SWARM_MANAGER_PORT = 2377;
export const SWARM_GOSSIP_PORT = 7946;

export type ProbePorts = { manager?: number; gossip?: number };

/**
 * What to probe: each node's own address (Status.Addr, or the manager's advertise address
 * when Docker reports 0.0.0.0) on 7946, and managers on their raft port (2377 unless the
 * advertise address says otherwise). `ports` overrides both, for tests.
 */
export function probeTargets(snapshot: Snapshot, ports: ProbePorts = {}): ProbeTarget[] {
  const byNode = new Map<string, string[]>();
  for (const a of nodeAddresses(snapshot)) {
    byNode.set(a.node.id, [...(byNode.get(a.node.id) ?? []), formatIp(a.address)]);
  }
  const targets: ProbeTarget[] = [];
  for (const node of snapshot.nodes) {
    const own = byNode.get(node.id) ?? [];
    const advertise = node.managerAddr ? hostOnly(node.managerAddr) : null;
    const host = own.find((h) => h === hostOnly(node.addr)) ?? own[0];
    if (!host) continue;
    const base = { node: node.hostname, role: node.role };
    if (node.role === "manager") {
      const managerHost = advertise && own.includes(advertise) ? advertise : host;
      const port =
        ports.manager ??
        (node.managerAddr ? portOnly(node.managerAddr) : null) ??
        SWARM_MANAGER_PORT;
      targets.push({ ...base, host: managerHost, port });
    }
    targets.push({ ...base, host, port: ports.gossip ?? SWARM_GOSSIP_PORT });
  }
  return targets;
}

/** Refuses any host that is not one of the snapshot's node addresses: the probe's safety net. */
export function assertNodeTargets(snapshot: Snapshot, targets: readonly ProbeTarget[]): void {
  const allowed = new Set(nodeAddresses(snapshot).map((a) => formatIp(a.address)));
  for (const t of targets) {
    if (!allowed.has(t.host))
      throw new Error(`refusing to probe ${t.host}: not a swarm node address`);
  }
}

const PURPOSE: Record<number, () => string> = {
  [SWARM_MANAGER_PORT]: () => t().findings.firewall.purposeManager,
  [SWARM_GOSSIP_PORT]: () => t().findings.firewall.purposeGossip,
};

function openCommands(port: number, protocol: "tcp" | "udp"): string[] {
  return [
    `ufw allow ${port}/${protocol}`,
    `firewall-cmd --permanent --add-port=${port}/${protocol} && firewall-cmd --reload`,
    `iptables -I INPUT -p ${protocol} --dport ${port} -j ACCEPT`,
  ];
}

function resultFinding(r: ProbeResult): Finding {
  const purpose = (
    PURPOSE[r.port] ??
    (r.role === "manager" ? PURPOSE[SWARM_MANAGER_PORT] : PURPOSE[SWARM_GOSSIP_PORT])
  )?.();
  const closed = r.state === "closed";
  return {
    id: `firewall:${r.node}:${r.port}/tcp`,
    severity: "warning",
    title: t().findings.firewall.title(r.port, r.node, closed),
    detail: t().findings.firewall.detail({
      address: joinHostPort(r.host, r.port),
      purpose: purpose ?? "",
      closed,
      reason: r.reason,
      node: r.node,
    }),
    objects: [r.node],
    fix: {
      text: t().findings.firewall.fix(r.port, r.node),
      commands: [
        shellJoin(["nc", "-zv", "-w", "2", r.host, String(r.port)]),
        ...openCommands(r.port, "tcp"),
      ],
    },
  };
}

/** Findings for closed/filtered ports, plus the caveat that UDP cannot be proven open. */
export function probeFindings(results: readonly ProbeResult[], snapshot: Snapshot): Finding[] {
  if (results.length === 0) return [];
  const dataPathPort = snapshot.swarm?.dataPathPort ?? 4789;
  const summary = results
    .map((r) => `${r.node} ${joinHostPort(r.host, r.port)}/tcp ${r.state}`)
    .join("; ");
  return [
    ...results.filter((r) => r.state !== "open").map(resultFinding),
    {
      id: "firewall:udp-unverified",
      severity: "info",
      title: t().findings.firewall.udpTitle(dataPathPort),
      detail: t().findings.firewall.udpDetail(summary, dataPathPort),
      objects: [...new Set(results.map((r) => r.node))],
      fix: {
        text: t().findings.firewall.udpFix(dataPathPort),
        commands: [
          ...openCommands(dataPathPort, "udp"),
          ...openCommands(7946, "udp"),
          `tcpdump -ni any udp port ${dataPathPort}`,
        ],
      },
    },
  ];
}
