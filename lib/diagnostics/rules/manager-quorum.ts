import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
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
      title: t().findings.managerQuorum.lostTitle(down.length, n),
      detail: t().findings.managerQuorum.lostDetail(
        n,
        Math.floor(n / 2) + 1,
        down.map((m) => m.hostname).join(", "),
        down.length,
      ),
      objects: down.map((m) => m.hostname),
      fix: {
        text: t().findings.managerQuorum.lostFix,
        commands: ["docker swarm init --force-new-cluster --advertise-addr <this-manager-address>"],
      },
    });
  }
  if (n === 1) {
    findings.push({
      id: "manager-quorum:single",
      severity: "warning",
      title: t().findings.managerQuorum.singleTitle,
      detail: t().findings.managerQuorum.singleDetail(names[0] ?? ""),
      objects: names,
      fix: {
        text:
          workers.length >= 2
            ? t().findings.managerQuorum.singleFixPromote
            : t().findings.managerQuorum.singleFixJoin,
        commands: promote(2),
      },
    });
  } else if (n % 2 === 0) {
    findings.push({
      id: "manager-quorum:even",
      severity: "warning",
      title: t().findings.managerQuorum.evenTitle(n),
      detail: t().findings.managerQuorum.evenDetail(n, n / 2 + 1, faultTolerance(n)),
      objects: names,
      fix: {
        text: t().findings.managerQuorum.evenFix,
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
