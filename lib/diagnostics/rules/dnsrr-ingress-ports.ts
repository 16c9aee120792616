import { endpointModeCli } from "@/lib/cli/service";
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
        title: `${svc.name} uses dnsrr with ports published through the routing mesh`,
        detail: `${svc.name} has endpoint mode dnsrr and publishes ${ports} in ingress mode. The routing mesh balances published ports to the service's virtual IP, and a dnsrr service has none, so these ports cannot work; current Docker refuses this combination outright.`,
        objects: [svc.name],
        fix: {
          text: `Either publish the ports in host mode (bound only on the nodes that run a task) and keep dnsrr, or go back to vip to keep the routing mesh.`,
          commands: [
            endpointModeCli(svc.name, "dnsrr", { before: svc.ports, after }),
            endpointModeCli(svc.name, "vip"),
          ],
        },
      };
    });
