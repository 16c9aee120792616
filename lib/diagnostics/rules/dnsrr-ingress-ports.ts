import { endpointModeCli } from "@/lib/cli/service";
import { t } from "@/lib/i18n/current";
import { convertIngressPortsToHost } from "@/lib/ports/endpoint-mode";
import { renderPreferred } from "@/lib/ports/render";
import { ingressPortsOf } from "@/lib/topology/selectors";
import type { Rule } from "../context";

/**
 * dnsrr with ingress-mode ports: SwarmKit refuses to create it ("port published with ingress
 * mode can't be used with dnsrr mode"), so finding it means it predates the check or came in
 * through a path that skipped it; the routing mesh has no VIP to send those ports to.
 */
export const dnsrrIngressPortsRule: Rule = (s) =>
  s.services
    .filter((svc) => svc.endpointMode === "dnsrr" && ingressPortsOf(svc).length > 0)
    .map((svc) => {
      const ports = ingressPortsOf(svc).map(renderPreferred).join(", ");
      const after = convertIngressPortsToHost(svc.ports);
      return {
        id: `dnsrr-ingress-ports:${svc.name}`,
        severity: "error" as const,
        title: t().findings.dnsrrIngressPorts.title(svc.name),
        detail: t().findings.dnsrrIngressPorts.detail(svc.name, ports),
        objects: [svc.name],
        fix: {
          text: t().findings.dnsrrIngressPorts.fix,
          commands: [
            endpointModeCli(svc.name, "dnsrr", { before: svc.ports, after }),
            endpointModeCli(svc.name, "vip"),
          ],
        },
      };
    });
