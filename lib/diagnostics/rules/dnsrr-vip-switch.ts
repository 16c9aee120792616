import { shellJoin } from "@/lib/cli/shell-quote";
import type { Rule } from "../context";

/** How long after a dnsrr → vip switch the caveat is shown. */
export const RECENT_SWITCH_MS = 24 * 60 * 60 * 1000;

/**
 * moby/moby#36988: after `--endpoint-mode vip` on a service that was dnsrr, its name can stop
 * resolving inside the overlay (tasks.<name> still does) until the tasks are redeployed.
 */
export const dnsrrVipSwitchRule: Rule = (s, { now }) =>
  s.services
    .filter((svc) => {
      if (svc.previousEndpointMode !== "dnsrr" || svc.endpointMode !== "vip") return false;
      const updated = Date.parse(svc.updatedAt);
      return Number.isFinite(updated) && now.getTime() - updated <= RECENT_SWITCH_MS;
    })
    .map((svc) => ({
      id: `dnsrr-vip-switch:${svc.name}`,
      severity: "warning" as const,
      title: `${svc.name} was switched from dnsrr to vip recently`,
      detail: `${svc.name} changed from dnsrr to vip at ${svc.updatedAt}. After this switch the service name may no longer resolve on its networks (moby/moby#36988), while tasks.${svc.name} keeps answering: clients using the name fail although the tasks are healthy.`,
      objects: [svc.name],
      fix: {
        text: `Check the name from a task on the same network; if it does not resolve, redeploy the tasks with --force, and if it still does not, remove and recreate the service.`,
        commands: [
          shellJoin(["docker", "exec", "<container-on-the-same-network>", "nslookup", svc.name]),
          shellJoin(["docker", "service", "update", "--force", svc.name]),
        ],
      },
    }));
