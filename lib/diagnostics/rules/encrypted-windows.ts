import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
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
      title: t().findings.encryptedWindows.title(network.name),
      detail: t().findings.encryptedWindows.detail(
        network.name,
        windows.map((n) => n.hostname).join(", "),
        onWindows,
      ),
      objects: [
        network.name,
        ...services.map((svc) => svc.name),
        ...windows.map((n) => n.hostname),
      ],
      fix: {
        text: t().findings.encryptedWindows.fix,
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
