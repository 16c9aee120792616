import "server-only";
import { endpointUpdate } from "@/lib/cli/service-update";
import { updateService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import {
  convertIngressPortsToHost,
  type EndpointMode,
  validateEndpointMode,
} from "@/lib/ports/endpoint-mode";
import { ingressPorts } from "@/lib/ports/validate";
import { syncAfterWrite } from "@/lib/server/live";
import { serviceContext } from "./service-context";

export const DNSRR_EXPLANATION =
  "dnsrr bypasses the routing mesh: the service gets no virtual IP, DNS for its name returns the task IPs, and clients need their own load balancer.";
export const STALE_DNS_WARNING =
  "Known Docker issue (moby#36988): after switching from dnsrr to vip, DNS may keep answering with task IPs until the tasks restart. Force a restart (docker service update --force) if clients see stale answers.";

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
      `${service.name} publishes ports through the routing mesh (ingress mode), which Docker refuses with dnsrr ("port published with ingress mode can't be used with dnsrr mode"). ${DNSRR_EXPLANATION} Send convertIngressPortsToHost: true to publish those ports in mode=host in the same update.`,
      [{ field: "mode", message: blocking[0]?.message ?? "" }],
    );
  }
  const { before, after, cli } = await updateService(
    service.id,
    version,
    endpointUpdate(service.name, { mode, ...(convert ? { ports } : {}) }),
  );
  const warnings: string[] = [];
  if (mode === "dnsrr" && before.endpointMode !== "dnsrr") warnings.push(DNSRR_EXPLANATION);
  if (mode === "vip" && before.endpointMode === "dnsrr") warnings.push(STALE_DNS_WARNING);
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli, warnings };
}
