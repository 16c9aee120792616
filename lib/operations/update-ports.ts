import "server-only";
import { endpointUpdate } from "@/lib/cli/service-update";
import { updateService } from "@/lib/docker";
import { t } from "@/lib/i18n/current";
import type { Port } from "@/lib/model/port";
import { validateEndpointMode } from "@/lib/ports/endpoint-mode";
import { validatePortList } from "@/lib/ports/validate";
import { syncAfterWrite } from "@/lib/server/live";
import { throwConflicts, warningTexts } from "./conflicts";
import { otherServicesPorts, serviceContext } from "./service-context";

/** Replaces a service's published ports (`docker service update --publish-rm/--publish-add`). */
export async function updatePorts(ref: string, version: number, ports: Port[]) {
  const { s, service } = await serviceContext(ref);
  const issues = [
    ...validatePortList(ports, otherServicesPorts(s, service)),
    ...validateEndpointMode(service.endpointMode, ports).map((i) => ({
      ...i,
      field: "ports",
      message: t().errors.dnsrrNoIngressPorts(service.name),
    })),
  ];
  throwConflicts(issues, t().errors.portsConflict);
  const { after, cli } = await updateService(
    service.id,
    version,
    endpointUpdate(service.name, { ports }),
  );
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli, warnings: warningTexts(issues) };
}
