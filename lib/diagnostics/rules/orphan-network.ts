import { networkRemoveCli } from "@/lib/cli/network";
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
      title: `${network.name} is not used`,
      detail: `No service is attached to ${network.name} and no container on this engine uses it, yet it keeps a subnet${network.ipam[0] ? ` (${network.ipam.map((c) => c.subnet).join(", ")})` : ""} out of the address pool.${network.attachable ? " It is attachable: standalone containers on other nodes are not visible from here, so check them before removing it." : ""}`,
      objects: [network.name],
      fix: {
        text: `Remove it if it is left over; Docker refuses while anything still uses it.`,
        commands: [networkRemoveCli(network.name)],
      },
    }));
