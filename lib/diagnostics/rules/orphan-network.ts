import { networkRemoveCli } from "@/lib/cli/network";
import { t } from "@/lib/i18n/current";
import { servicesOn } from "@/lib/topology/selectors";
import type { Rule } from "../context";
import { isUserOverlay } from "../facts";

/** User-defined overlays nothing uses: no service, no task, no container on this engine. */
export const orphanNetworkRule: Rule = (s) =>
  s.networks
    .filter(isUserOverlay)
    .filter(
      (network) =>
        servicesOn(s, network.id).length === 0 &&
        !s.tasks.some((t) => t.addresses.some((a) => a.networkId === network.id)) &&
        !s.containers.some((c) => c.networks.some((n) => n.networkId === network.id)),
    )
    .map((network) => ({
      id: `orphan-network:${network.name}`,
      severity: "info" as const,
      title: t().findings.orphanNetwork.title(network.name),
      detail: t().findings.orphanNetwork.detail(
        network.name,
        network.ipam[0] ? network.ipam.map((c) => c.subnet).join(", ") : null,
        network.attachable,
      ),
      objects: [network.name],
      fix: {
        text: t().findings.orphanNetwork.fix,
        commands: [networkRemoveCli(network.name)],
      },
    }));
