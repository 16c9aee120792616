import { t } from "@/lib/i18n/current";
import type { Port } from "@/lib/model/port";
import { type Issue, issueError } from "@/lib/net/issue";
import { renderPreferred } from "@/lib/ports/render";
import { ingressPorts } from "@/lib/ports/validate";

export const ENDPOINT_MODES = ["vip", "dnsrr"] as const;
export type EndpointMode = (typeof ENDPOINT_MODES)[number];

/**
 * The routing mesh load-balances to a VIP, so SwarmKit refuses dnsrr with ingress-mode ports
 * ("port published with ingress mode can't be used with dnsrr mode"); host mode is fine.
 */
export function validateEndpointMode(mode: EndpointMode, ports: readonly Port[]): Issue[] {
  if (mode !== "dnsrr") return [];
  const blocking = ingressPorts(ports);
  if (blocking.length === 0) return [];
  const list = blocking.map(renderPreferred).join(", ");
  return [issueError("mode", t().validation.dnsrrIngressPorts(list))];
}

/** The ports a dnsrr switch publishes instead: same numbers, bound only on nodes with a task. */
export function convertIngressPortsToHost(ports: readonly Port[]): Port[] {
  return ports.map((port) => (port.mode === "ingress" ? { ...port, mode: "host" } : port));
}
