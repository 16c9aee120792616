import "server-only";
import { endpointUpdate } from "@/lib/cli/service-update";
import { updateService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import {
  convertIngressPortsToHost,
  type EndpointMode,
  validateEndpointMode,
} from "@/lib/ports/endpoint-mode";
import { ingressPorts } from "@/lib/ports/validate";
import { syncAfterWrite } from "@/lib/server/live";
import { serviceContext } from "./service-context";

/**
 * `docker service update --endpoint-mode`. Docker refuses dnsrr while ports are
 * published in ingress mode, so that is caught first (409, with the fix), or
 * resolved in the same update when convertIngressPortsToHost is set.
 */
export async function updateEndpointMode(
  ref: string,
  version: number,
  mode: EndpointMode,
  options: { convertIngressPortsToHost?: boolean } = {},
) {
  const { service } = await serviceContext(ref);
  const convert =
    mode === "dnsrr" &&
    options.convertIngressPortsToHost === true &&
    ingressPorts(service.ports).length > 0;
  const ports = convert ? convertIngressPortsToHost(service.ports) : service.ports;
  const blocking = validateEndpointMode(mode, ports);
  if (blocking.length > 0) {
    throw new AppError(
      "conflict",
      t().errors.dnsrrBlocked(service.name, t().warnings.dnsrrExplanation),
      [{ field: "mode", message: blocking[0]?.message ?? "" }],
    );
  }
  const { before, after, cli } = await updateService(
    service.id,
    version,
    endpointUpdate(service.name, { mode, ...(convert ? { ports } : {}) }),
  );
  const warnings: string[] = [];
  if (mode === "dnsrr" && before.endpointMode !== "dnsrr")
    warnings.push(t().warnings.dnsrrExplanation);
  if (mode === "vip" && before.endpointMode === "dnsrr") warnings.push(t().warnings.staleDns);
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli, warnings };
}
