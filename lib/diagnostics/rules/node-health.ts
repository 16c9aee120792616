import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
import type { Node } from "@/lib/model/node";
import type { Rule } from "../context";
import type { Finding } from "../finding";

const isUnreachableManager = (n: Node) =>
  n.role === "manager" && n.reachability !== null && n.reachability !== "reachable";

function commands(node: Node): string[] {
  const cli = (...args: string[]) => shellJoin(["docker", ...args]);
  return [
    cli("node", "inspect", "--pretty", node.hostname),
    cli("node", "ps", node.hostname),
    "# on the node itself:",
    "systemctl status docker",
    "journalctl -u docker --since '-1h'",
    "# if the node is gone for good:",
    ...(node.role === "manager" ? [cli("node", "demote", node.hostname)] : []),
    cli("node", "rm", "--force", node.hostname),
  ];
}

/** Nodes the managers cannot see (state not ready) and managers that left the raft. */
export const nodeHealthRule: Rule = (s) => {
  const findings: Finding[] = [];
  for (const node of s.nodes) {
    const down = node.state !== "ready";
    const unreachable = isUnreachableManager(node);
    if (!down && !unreachable) continue;
    const what = down
      ? t().findings.nodeHealth.down(node.hostname, node.state, node.message || null)
      : t().findings.nodeHealth.unreachable(node.hostname, String(node.reachability));
    const raft = unreachable ? t().findings.nodeHealth.raft : "";
    findings.push({
      id: `${down ? "node-down" : "manager-unreachable"}:${node.hostname}`,
      severity: "error",
      title: down
        ? t().findings.nodeHealth.titleDown(node.hostname, node.state)
        : t().findings.nodeHealth.titleUnreachable(node.hostname, String(node.reachability)),
      detail: `${what}${raft}${t().findings.nodeHealth.address(node.addr || t().findings.nodeHealth.unknownAddress)}`,
      objects: [node.hostname],
      fix: {
        text: t().findings.nodeHealth.fix(node.hostname, node.role === "manager"),
        commands: commands(node),
      },
    });
  }
  return findings;
};
