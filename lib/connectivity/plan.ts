import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import type { Network } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Snapshot } from "@/lib/model/snapshot";
import type { ConnectivityInput } from "@/lib/schemas/connectivity";
import { findNetwork, findService, hostOf } from "@/lib/topology";
import type { ProbeExpectation } from "./verdict";

export type ProbePlan = {
  serviceId: string;
  network: Network;
  node: Node | null;
  expectation: ProbeExpectation;
  /** Addresses the probe connects to: the VIP first, then every task. */
  targets: string[];
};

/** Tasks beyond this many are not probed one by one (the call must stay under 45 s). */
export const MAX_TASK_TARGETS = 64;

function findNode(s: Snapshot, ref: string): Node | undefined {
  return (
    s.nodes.find((n) => n.id === ref || n.hostname === ref) ??
    (ref.length >= 6 ? s.nodes.find((n) => n.id.startsWith(ref)) : undefined)
  );
}

/**
 * What the probe should find, from what Docker says (the live model): 404 for unknown
 * objects, 400 for a request that cannot be probed. Pure.
 */
export function planProbe(s: Snapshot, input: ConnectivityInput): ProbePlan {
  const m = t();
  const network = findNetwork(s, input.network);
  if (!network) throw new AppError("not_found", m.errors.noNetwork(input.network));
  const service = findService(s, input.target);
  if (!service) throw new AppError("not_found", m.errors.noService(input.target));
  const node = input.node ? findNode(s, input.node) : null;
  if (input.node && !node) throw new AppError("not_found", m.errors.noNode(input.node));
  const invalid = (field: string, message: string) =>
    new AppError("invalid", message, [{ field, message }]);
  if (network.driver !== "overlay" || network.ingress) {
    throw invalid(
      "network",
      m.probe.notOverlay(network.name, network.ingress ? "ingress" : network.driver),
    );
  }
  if (!service.networks.some((n) => n.id === network.id)) {
    throw invalid("target", m.probe.notAttached(service.name, network.name));
  }
  const port = input.port ?? service.ports[0]?.target;
  if (port === undefined) {
    throw invalid("port", m.probe.noPort(service.name));
  }
  if (node && (node.state !== "ready" || node.availability === "drain")) {
    throw new AppError(
      "conflict",
      node.state === "ready"
        ? m.probe.nodeDrained(node.hostname)
        : m.probe.nodeState(node.hostname, node.state),
    );
  }
  const hostname = new Map(s.nodes.map((n) => [n.id, n.hostname]));
  const tasks = s.tasks
    .filter((t) => t.serviceId === service.id && t.state === "running")
    .flatMap((t) =>
      t.addresses
        .filter((a) => a.networkId === network.id)
        .map((a) => ({
          ip: hostOf(a.addr),
          task: `${service.name}.${t.slot ?? t.nodeId ?? t.id}`,
          nodeId: t.nodeId,
          node: t.nodeId ? (hostname.get(t.nodeId) ?? null) : null,
        })),
    )
    .slice(0, MAX_TASK_TARGETS);
  const vipAddr = service.vips.find((v) => v.networkId === network.id)?.addr;
  const vip = service.endpointMode === "vip" && vipAddr ? hostOf(vipAddr) : null;
  return {
    serviceId: service.id,
    network,
    node: node ?? null,
    targets: [...(vip ? [vip] : []), ...tasks.map((t) => t.ip)],
    expectation: {
      target: service.name,
      network: network.name,
      internal: network.internal,
      encrypted: network.encrypted,
      endpointMode: service.endpointMode,
      vip,
      tasks,
      port,
      probeNodeId: node?.id ?? null,
      probeNode: node?.hostname ?? null,
    },
  };
}
