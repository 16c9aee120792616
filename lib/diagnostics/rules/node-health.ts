import { shellJoin } from "@/lib/cli/shell-quote";
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
      ? `${node.hostname} is ${node.state}${node.message ? ` (${node.message})` : ""}: the managers get no heartbeat from it, so its tasks are rescheduled elsewhere and it holds no copy of the overlays' state.`
      : `${node.hostname} is a manager the other managers cannot reach (${node.reachability}) although its agent reports ready.`;
    const raft = unreachable
      ? " As a manager it no longer votes, which eats into the raft quorum; check 2377/tcp between managers."
      : "";
    findings.push({
      id: `${down ? "node-down" : "manager-unreachable"}:${node.hostname}`,
      severity: "error",
      title: down
        ? `Node ${node.hostname} is ${node.state}`
        : `Manager ${node.hostname} is ${node.reachability}`,
      detail: `${what}${raft} Its address is ${node.addr || "unknown"}.`,
      objects: [node.hostname],
      fix: {
        text: `Check that Docker runs on ${node.hostname} and that it reaches the managers on 2377/tcp and 7946/tcp+udp. If the machine is gone for good, ${node.role === "manager" ? "demote it and " : ""}remove it from the swarm.`,
        commands: commands(node),
      },
    });
  }
  return findings;
};
