import { networkCreateCli } from "@/lib/cli/network";
import { serviceNetworkAddCli } from "@/lib/cli/service";
import { t } from "@/lib/i18n/current";
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
        title: t().findings.serviceNoNetwork.title(svc.name),
        detail: t().findings.serviceNoNetwork.detail(
          svc.name,
          svc.vips.length > 0
            ? t().findings.serviceNoNetwork.onIngress
            : t().findings.serviceNoNetwork.onDefaults,
        ),
        objects: [svc.name],
        fix: {
          text: firstOverlay
            ? t().findings.serviceNoNetwork.fixAttach(target)
            : t().findings.serviceNoNetwork.fixCreate,
          commands: [
            ...(firstOverlay ? [] : [networkCreateCli({ name: target })]),
            serviceNetworkAddCli(svc.name, target),
          ],
        },
      };
    });
};
