import { networkCreateCli } from "@/lib/cli/network";
import { serviceNetworkAddCli } from "@/lib/cli/service";
import type { Rule } from "../context";
import { isUserOverlay } from "../facts";

/**
 * Services only on ingress (or on no network): they can publish ports, but no other service
 * can reach them by name, and they reach nobody by name either.
 */
export const serviceNoNetworkRule: Rule = (s) => {
  const userOverlays = new Set(s.networks.filter(isUserOverlay).map((n) => n.id));
  const firstOverlay = s.networks
    .filter(isUserOverlay)
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  return s.services
    .filter((svc) => !svc.networks.some((n) => userOverlays.has(n.id)))
    .map((svc) => {
      const target = firstOverlay?.name ?? `${svc.name}-net`;
      return {
        id: `service-no-network:${svc.name}`,
        severity: "info" as const,
        title: `${svc.name} is on no user-defined network`,
        detail: `${svc.name} is attached only to ${svc.vips.length > 0 ? "ingress (for its published ports)" : "Docker's defaults"}. Swarm's service discovery (the service name and tasks.${svc.name}) works only on user-defined overlays, so other services cannot reach it by name and it cannot reach them.`,
        objects: [svc.name],
        fix: {
          text: firstOverlay
            ? `Attach it to the overlay its peers use (e.g. ${target}); the tasks restart with the new network.`
            : `Create an overlay and attach the service to it; the tasks restart with the new network.`,
          commands: [
            ...(firstOverlay ? [] : [networkCreateCli({ name: target })]),
            serviceNetworkAddCli(svc.name, target),
          ],
        },
      };
    });
};
