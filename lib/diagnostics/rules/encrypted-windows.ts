import { shellJoin } from "@/lib/cli/shell-quote";
import { liveTasks, servicesOn } from "@/lib/topology/selectors";
import type { Rule } from "../context";
import { isOverlay, recreateNetworkCommands } from "../facts";
import type { Finding } from "../finding";

const isWindows = (os: string) => os.toLowerCase() === "windows";

/**
 * Overlay encryption (IPsec) is Linux-only: a Windows node attaches to an encrypted overlay
 * without any error and then cannot talk to anyone on it.
 */
export const encryptedWindowsRule: Rule = (s) => {
  const windows = s.nodes.filter((n) => isWindows(n.os));
  if (windows.length === 0) return [];
  const windowsIds = new Set(windows.map((n) => n.id));
  const findings: Finding[] = [];
  for (const network of s.networks.filter((n) => isOverlay(n) && n.encrypted)) {
    const services = servicesOn(s, network.id);
    const onWindows = liveTasks(s).some(
      (t) =>
        t.nodeId !== null &&
        windowsIds.has(t.nodeId) &&
        t.addresses.some((a) => a.networkId === network.id),
    );
    const subnet = network.ipam[0]?.subnet;
    findings.push({
      id: `encrypted-windows:${network.name}`,
      severity: onWindows ? "error" : "warning",
      title: `Encrypted overlay ${network.name} in a swarm with Windows nodes`,
      detail: `${network.name} is encrypted (IPsec), which Windows nodes do not support: a task scheduled on ${windows.map((n) => n.hostname).join(", ")} joins the network without an error but cannot exchange traffic with the other tasks. ${onWindows ? "Tasks on this network already run on a Windows node." : "No task on it runs on a Windows node yet, but nothing stops the scheduler from placing one there."}`,
      objects: [
        network.name,
        ...services.map((svc) => svc.name),
        ...windows.map((n) => n.hostname),
      ],
      fix: {
        text: `Keep the services on this network off Windows nodes with a placement constraint, or recreate the network without encryption (and protect the traffic another way).`,
        commands: [
          ...services.map((svc) =>
            shellJoin([
              "docker",
              "service",
              "update",
              "--constraint-add",
              "node.platform.os==linux",
              svc.name,
            ]),
          ),
          ...recreateNetworkCommands(s, { ...network, encrypted: false }, subnet),
        ],
      },
    });
  }
  return findings;
};
