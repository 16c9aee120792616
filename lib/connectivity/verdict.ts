import { t } from "@/lib/i18n/current";
import type { ProbeOutput, RawTcp } from "./output";
import { tcpError, tcpFailure } from "./output";
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
  if (!tcp) return { ...base, reachable: false, error: t().probe.tcp.noResult };
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
  const m = t().probe;
  return dns
    .filter((d) => !d.ok)
    .map((d) => {
      if (d.answers.length === 0 && d.expected.length === 0) return "";
      if (d.answers.length === 0) {
        return m.dnsNothing(d.name, list(d.expected), e.network);
      }
      const modeHint =
        d.name === e.target && e.endpointMode === "vip" && !d.answers.includes(e.vip ?? "")
          ? m.dnsTasksInsteadOfVip
          : d.name === e.target && e.endpointMode === "dnsrr" && d.answers.length === 1
            ? m.dnsrrOneAddress
            : "";
      return m.dnsMismatch(d.name, list(d.answers), list(d.expected) || null, modeHint);
    })
    .filter(Boolean);
}

function taskFindings(e: ProbeExpectation, out: ProbeOutput, tasks: ConnectionCheck[]): string[] {
  const m = t().probe;
  const findings: string[] = [];
  const down = tasks.filter((c) => !c.reachable);
  if (down.length === 0) return findings;
  const refusedIps = new Set(
    out.tcp.filter((r) => tcpFailure(r.exitCode, r.message) === "refused").map((r) => r.ip),
  );
  const refused = down.filter((c) => refusedIps.has(c.ip));
  if (refused.length > 0) findings.push(m.refused(list(refused.map((c) => c.ip)), e.port));
  const silent = down.filter((c) => !refusedIps.has(c.ip));
  const localUp = tasks.some((c) => c.local && c.reachable);
  const remoteUp = tasks.filter((c) => !c.local && c.reachable);
  const remoteSilent = silent.filter((c) => !c.local);
  const localSilent = silent.filter((c) => c.local);
  if (remoteSilent.length > 0) {
    const nodes = list(remoteSilent.map((c) => c.node ?? m.anotherNode));
    const context = localUp
      ? m.whileLocalAnswered
      : remoteUp.length > 0
        ? m.whileRemoteAnswered(list(remoteUp.map((c) => c.node ?? m.otherNodes)))
        : m.from(e.probeNode ?? m.probeNode);
    findings.push(m.remoteSilent(nodes, context, e.encrypted));
  }
  if (localSilent.length > 0) findings.push(m.localSilent(list(localSilent.map((c) => c.ip))));
  return findings;
}

/** The verdict and its explanation, in the terms of the overlay notes. Pure. */
export function judge(e: ProbeExpectation, out: ProbeOutput): Judgement {
  const dns = dnsChecks(e, out);
  const connections = connectionChecks(e, out);
  const tasks = connections.filter((c) => c.kind === "task");
  const vip = connections.find((c) => c.kind === "vip");
  const m = t().probe;
  const findings: string[] = [];
  if (!out.complete) findings.push(m.incomplete);
  if (e.tasks.length === 0) findings.push(m.noTasks(e.target, e.network));
  findings.push(...dnsFindings(e, dns));
  if (vip && !vip.reachable && tasks.some((c) => c.reachable)) {
    findings.push(m.vipBroken(vip.ip));
  } else if (vip && !vip.reachable && tasks.length > 0 && !tasks.some((c) => c.reachable)) {
    findings.push(m.vipAlsoDown(vip.ip));
  }
  findings.push(...taskFindings(e, out, tasks));
  if (e.internal) findings.push(m.internal(e.network));
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
    findings.unshift(m.ok(e.port, slowest));
  }
  return { dns, connections, verdict, findings, summary: findings.join(" ") };
}
