import type { ProbeOutput, RawTcp } from "./output";
import { tcpError } from "./output";
import type { ConnectionCheck, DnsCheck, Verdict } from "./types";

/** What Docker says the probe should find (from the live model, before the probe runs). */
export type ProbeExpectation = {
  target: string;
  network: string;
  internal: boolean;
  encrypted: boolean;
  endpointMode: "vip" | "dnsrr";
  /** The service's VIP on this network (vip mode only). */
  vip: string | null;
  tasks: { ip: string; task: string; nodeId: string | null; node: string | null }[];
  port: number;
  probeNodeId: string | null;
  /** Its hostname, for the summary. */
  probeNode?: string | null;
};

export type Judgement = {
  dns: DnsCheck[];
  connections: ConnectionCheck[];
  verdict: Verdict;
  findings: string[];
  summary: string;
};

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function dnsChecks(e: ProbeExpectation, out: ProbeOutput): DnsCheck[] {
  const taskIps = e.tasks.map((t) => t.ip);
  const wanted = [
    { name: e.target, expected: e.endpointMode === "vip" && e.vip ? [e.vip] : taskIps },
    { name: `tasks.${e.target}`, expected: taskIps },
  ];
  return wanted.map(({ name, expected }) => {
    const answers = out.dns.find((d) => d.name === name)?.answers ?? [];
    return { name, answers, expected, ok: sameSet(answers, expected) };
  });
}

function connection(
  tcp: RawTcp | undefined,
  base: Omit<ConnectionCheck, "reachable">,
): ConnectionCheck {
  if (!tcp) return { ...base, reachable: false, error: "no result: the probe ended first" };
  if (tcp.exitCode === 0) return { ...base, reachable: true, ms: tcp.ms };
  return { ...base, reachable: false, ms: tcp.ms, error: tcpError(tcp.exitCode, tcp.message) };
}

export function connectionChecks(e: ProbeExpectation, out: ProbeOutput): ConnectionCheck[] {
  const find = (ip: string) => out.tcp.find((t) => t.ip === ip);
  const checks: ConnectionCheck[] = [];
  if (e.endpointMode === "vip" && e.vip) {
    checks.push(connection(find(e.vip), { ip: e.vip, kind: "vip", port: e.port }));
  }
  for (const t of e.tasks) {
    checks.push(
      connection(find(t.ip), {
        ip: t.ip,
        kind: "task",
        port: e.port,
        task: t.task,
        ...(t.node ? { node: t.node } : {}),
        local: t.nodeId !== null && t.nodeId === e.probeNodeId,
      }),
    );
  }
  return checks;
}

const list = (items: string[]) => [...new Set(items)].join(", ");

function dnsFindings(e: ProbeExpectation, dns: DnsCheck[]): string[] {
  return dns
    .filter((d) => !d.ok)
    .map((d) => {
      if (d.answers.length === 0 && d.expected.length === 0) return "";
      if (d.answers.length === 0) {
        return `DNS for ${d.name} answered nothing, while Docker expects ${list(d.expected)}: the name is unknown to this node's embedded DNS (127.0.0.11) — stale endpoints on this node, or the service is not on ${e.network}.`;
      }
      const modeHint =
        d.name === e.target && e.endpointMode === "vip" && !d.answers.includes(e.vip ?? "")
          ? " It answers task addresses instead of the VIP: after a dnsrr → vip switch DNS keeps the old answers until the tasks restart (moby#36988; docker service update --force)."
          : d.name === e.target && e.endpointMode === "dnsrr" && d.answers.length === 1
            ? " One address for a dnsrr service looks like a VIP left over from vip mode."
            : "";
      return `DNS for ${d.name} answered ${list(d.answers)} but Docker says ${list(d.expected) || "nothing"}: an endpoint-mode mismatch or stale endpoints in the swarm's DNS.${modeHint}`;
    })
    .filter(Boolean);
}

function taskFindings(e: ProbeExpectation, tasks: ConnectionCheck[]): string[] {
  const findings: string[] = [];
  const down = tasks.filter((c) => !c.reachable);
  if (down.length === 0) return findings;
  const refused = down.filter((c) => c.error === "connection refused");
  if (refused.length > 0) {
    findings.push(
      `${list(refused.map((c) => c.ip))} refused port ${e.port}: the network path works but nothing listens there — check the port (the service's target port, not the published one).`,
    );
  }
  const silent = down.filter((c) => c.error !== "connection refused");
  const localUp = tasks.some((c) => c.local && c.reachable);
  const remoteUp = tasks.filter((c) => !c.local && c.reachable);
  const remoteSilent = silent.filter((c) => !c.local);
  const localSilent = silent.filter((c) => c.local);
  if (remoteSilent.length > 0) {
    const nodes = list(remoteSilent.map((c) => c.node ?? "another node"));
    const context = localUp
      ? "while tasks on the probe's own node answered"
      : remoteUp.length > 0
        ? `while tasks on ${list(remoteUp.map((c) => c.node ?? "other nodes"))} answered`
        : `from ${e.probeNode ?? "the probe's node"}`;
    findings.push(
      `Tasks on ${nodes} did not answer ${context}: overlay traffic between these nodes is blocked — check 4789/udp (VXLAN data) and 7946/tcp+udp (gossip) between their data-path addresses (--data-path-addr), or an MTU mismatch on the underlay.${e.encrypted ? " This overlay is encrypted: IPsec (ESP, IP protocol 50) must pass between the nodes too." : ""}`,
    );
  }
  if (localSilent.length > 0) {
    findings.push(
      `${list(localSilent.map((c) => c.ip))} on the probe's own node did not answer: the task may not be listening yet, or drops the connection (a firewall inside the task).`,
    );
  }
  return findings;
}

/** The verdict and its explanation, in the terms of the overlay notes. Pure. */
export function judge(e: ProbeExpectation, out: ProbeOutput): Judgement {
  const dns = dnsChecks(e, out);
  const connections = connectionChecks(e, out);
  const tasks = connections.filter((c) => c.kind === "task");
  const vip = connections.find((c) => c.kind === "vip");
  const findings: string[] = [];
  if (!out.complete) findings.push("The probe did not finish: its results are partial.");
  if (e.tasks.length === 0) {
    findings.push(`${e.target} has no running task on ${e.network}: nothing can answer.`);
  }
  findings.push(...dnsFindings(e, dns));
  if (vip && !vip.reachable && tasks.some((c) => c.reachable)) {
    findings.push(
      `The VIP ${vip.ip} did not answer while task addresses did: the VIP load-balancing path (IPVS in the node's network namespaces) is broken. A kernel without IPVS (ip_vs) cannot do VIP mode; use --endpoint-mode dnsrr, or load ip_vs on the nodes.`,
    );
  } else if (vip && !vip.reachable && tasks.length > 0 && !tasks.some((c) => c.reachable)) {
    findings.push(`The VIP ${vip.ip} did not answer either.`);
  }
  findings.push(...taskFindings(e, tasks));
  if (e.internal) {
    findings.push(
      `${e.network} is internal: no route outside the overlay is expected; this probe tests traffic inside it only.`,
    );
  }
  const reachable = connections.filter((c) => c.reachable).length;
  const dnsOk = dns.every((d) => d.ok);
  const verdict: Verdict =
    connections.length > 0 && reachable === connections.length && dnsOk && out.complete
      ? "ok"
      : reachable === 0
        ? "failed"
        : "degraded";
  if (verdict === "ok") {
    const slowest = Math.max(0, ...connections.map((c) => c.ms ?? 0));
    findings.unshift(
      `DNS answers match what Docker says, and every address answered on port ${e.port} (slowest ${slowest} ms).`,
    );
  }
  return { dns, connections, verdict, findings, summary: findings.join(" ") };
}
