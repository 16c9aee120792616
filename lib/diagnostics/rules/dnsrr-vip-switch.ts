import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
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
      title: t().findings.dnsrrVipSwitch.title(svc.name),
      detail: t().findings.dnsrrVipSwitch.detail(svc.name, svc.updatedAt),
      objects: [svc.name],
      fix: {
        text: t().findings.dnsrrVipSwitch.fix,
        commands: [
          shellJoin(["docker", "exec", "<container-on-the-same-network>", "nslookup", svc.name]),
          shellJoin(["docker", "service", "update", "--force", svc.name]),
        ],
      },
    }));
