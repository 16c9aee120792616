import { shellJoin } from "@/lib/cli/shell-quote";
import type { Node } from "@/lib/model/node";
import type { Rule } from "../context";
import type { Finding } from "../finding";

const isHealthyManager = (n: Node) =>
  n.role === "manager" && n.state === "ready" && (n.reachability ?? "reachable") === "reachable";

/** Raft tolerates floor((n-1)/2) lost managers out of n. */
export const faultTolerance = (managers: number) => Math.max(0, Math.floor((managers - 1) / 2));

/**
 * Raft needs a majority of managers: lost when half or more are unreachable; a single
 * manager tolerates no failure; an even count tolerates no more than one manager fewer.
 */
export const managerQuorumRule: Rule = (s) => {
  const managers = s.nodes
    .filter((n) => n.role === "manager")
    .sort((a, b) => a.hostname.localeCompare(b.hostname));
  const n = managers.length;
  if (n === 0) return [];
  const names = managers.map((m) => m.hostname);
  const workers = s.nodes.filter((w) => w.role === "worker" && w.state === "ready");
  const promote = (count: number) =>
    workers.length >= count
      ? [
          shellJoin([
            "docker",
            "node",
            "promote",
            ...workers.slice(0, count).map((w) => w.hostname),
          ]),
        ]
      : ["docker swarm join-token manager"];
  const findings: Finding[] = [];
  const down = managers.filter((m) => !isHealthyManager(m));
  if (n > 1 && down.length >= n / 2) {
    findings.push({
      id: "manager-quorum:lost",
      severity: "error",
      title: `Raft quorum is lost or at risk: ${down.length} of ${n} managers unavailable`,
      detail: `A swarm with ${n} managers needs ${Math.floor(n / 2) + 1} of them to agree. ${down.map((m) => m.hostname).join(", ")} ${down.length === 1 ? "is" : "are"} unavailable, so the swarm cannot schedule, update or create anything until they are back.`,
      objects: down.map((m) => m.hostname),
      fix: {
        text: `Bring the managers back (Docker running, 2377/tcp open between managers). If they are lost for good, recover on a surviving manager by forcing a new cluster; it keeps services and networks.`,
        commands: ["docker swarm init --force-new-cluster --advertise-addr <this-manager-address>"],
      },
    });
  }
  if (n === 1) {
    findings.push({
      id: "manager-quorum:single",
      severity: "warning",
      title: "A single manager: no fault tolerance",
      detail: `${names[0]} is the only manager. If it fails, the swarm cannot be managed (no scheduling, no updates, no new networks) until it is back; running tasks keep running. Three managers tolerate one failure, five tolerate two.`,
      objects: names,
      fix: {
        text:
          workers.length >= 2
            ? "Promote two workers, for three managers in total."
            : "Join two more managers (the command prints the join line with the manager token).",
        commands: promote(2),
      },
    });
  } else if (n % 2 === 0) {
    findings.push({
      id: "manager-quorum:even",
      severity: "warning",
      title: `${n} managers: an even number adds no fault tolerance`,
      detail: `${n} managers need ${n / 2 + 1} for a majority and so tolerate ${faultTolerance(n)} failure${faultTolerance(n) === 1 ? "" : "s"}, the same as ${n - 1}; the extra manager only adds raft traffic. A network split into halves leaves neither side with a majority.`,
      objects: names,
      fix: {
        text: `Run an odd number of managers: promote one more worker, or demote one manager.`,
        commands: [
          ...promote(1),
          // Never the leader: demoting it forces an election for nothing.
          shellJoin([
            "docker",
            "node",
            "demote",
            managers.findLast((m) => !m.leader)?.hostname ?? "<manager>",
          ]),
        ],
      },
    });
  }
  return findings;
};
