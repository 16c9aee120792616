import { t } from "@/lib/i18n/current";
import type { Port } from "@/lib/model/port";
import { type Issue, issueError, issueWarning } from "@/lib/net/issue";

export type OtherServicePorts = { service: string; ports: Port[] };

/** Ports that go through the routing mesh (and so must be unique across the whole swarm). */
export function ingressPorts(ports: readonly Port[]): Port[] {
  return ports.filter((port) => port.mode === "ingress");
}

function inRange(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function portKey(port: Port): string | null {
  return port.published === undefined ? null : `${port.published}/${port.protocol}`;
}

function rangeIssues(port: Port, index: number): Issue[] {
  const issues: Issue[] = [];
  if (port.published !== undefined && !inRange(port.published)) {
    issues.push(issueError(`ports.${index}.published`, t().validation.publishedRange));
  }
  if (!inRange(port.target)) {
    issues.push(issueError(`ports.${index}.target`, t().validation.targetRange));
  }
  return issues;
}

/**
 * SwarmKit refuses one service publishing the same port+protocol twice, whatever the modes
 * ("duplicate published ports provided"), so this is an error even for host + ingress.
 */
function duplicateIssues(ports: readonly Port[]): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  for (const [index, port] of ports.entries()) {
    const key = portKey(port);
    if (key === null) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      continue;
    }
    issues.push(
      issueError(`ports.${index}.published`, t().validation.duplicateInList(key, first + 1)),
    );
  }
  return issues;
}

/**
 * Measured on Docker 20.10: SwarmKit refuses a port another service holds in ingress mode,
 * and an ingress port another service holds in host mode ("already in use … as a
 * host-published port"); two host-mode services may share a port (never on one node).
 */
function clashIssue(at: string, key: string, mine: Port, theirs: Port, service: string): Issue {
  if (mine.mode === "host" && theirs.mode === "host") {
    return issueWarning(at, t().validation.hostModeShared(key, service));
  }
  if (theirs.mode === "ingress") {
    return issueError(at, t().validation.ingressTaken(key, service));
  }
  return issueError(at, t().validation.hostTaken(key, service));
}

/** Published ports of other services, checked the way the swarm would see them. */
function otherServiceIssues(ports: readonly Port[], others: readonly OtherServicePorts[]): Issue[] {
  const issues: Issue[] = [];
  for (const [index, port] of ports.entries()) {
    const key = portKey(port);
    if (key === null) continue;
    for (const other of others) {
      for (const theirs of other.ports) {
        if (portKey(theirs) !== key) continue;
        issues.push(clashIssue(`ports.${index}.published`, key, port, theirs, other.service));
      }
    }
  }
  return issues;
}

/**
 * Every rule for a service's new port list. `others` are the other services of the swarm
 * (leave out the service being edited, or its current ports would clash with themselves).
 */
export function validatePortList(ports: Port[], others: OtherServicePorts[]): Issue[] {
  const ranged = ports.flatMap(rangeIssues);
  return [...ranged, ...duplicateIssues(ports), ...otherServiceIssues(ports, others)];
}
