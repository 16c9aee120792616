/** Finding objects in a Snapshot by reference, and the names and addresses shown for them. */
import type { Node } from "@/lib/model/node";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Task } from "@/lib/model/task";
import { hostOnly, withoutPrefix } from "@/lib/net/host-port";

/** Strips the prefix length: "10.0.1.5/24" → "10.0.1.5". */
export const hostOf = withoutPrefix;

/** Finds an object by id, id prefix (≥ 6 chars, as the CLI allows) or name. */
function byRef<T extends { id: string; name: string }>(items: T[], ref: string): T | undefined {
  return (
    items.find((i) => i.id === ref) ??
    items.find((i) => i.name === ref) ??
    (ref.length >= 6 ? items.find((i) => i.id.startsWith(ref)) : undefined)
  );
}

export const findNetwork = (s: Snapshot, ref: string) => byRef(s.networks, ref);
export const findService = (s: Snapshot, ref: string) => byRef(s.services, ref);

export function nodeName(s: Snapshot, nodeId: string | null): string {
  if (!nodeId) return "—";
  return s.nodes.find((n) => n.id === nodeId)?.hostname ?? nodeId.slice(0, 12);
}

/** Tasks Swarm wants running (not the ones it is shutting down). */
export const isLiveTask = (t: Task) => t.desiredState === "running";

export type TaskRow = Task & { nodeName: string; serviceName: string };

export function taskRow(s: Snapshot, t: Task): TaskRow {
  return {
    ...t,
    nodeName: nodeName(s, t.nodeId),
    serviceName: s.services.find((svc) => svc.id === t.serviceId)?.name ?? t.serviceId.slice(0, 12),
  };
}

export function isIngressId(s: Snapshot, networkId: string): boolean {
  return s.networks.some((n) => n.id === networkId && n.ingress);
}

/** The advertise address without the raft port: what `--advertise-addr` was set to. */
export function advertiseAddr(n: Node): string {
  return n.managerAddr ? hostOnly(n.managerAddr) : n.addr;
}

/** The node of the engine the dashboard talks to, by hostname when Swarm knows it. */
export function localNodeName(s: Snapshot): string {
  return s.nodes.find((n) => n.id === s.engine.nodeId)?.hostname ?? s.engine.name;
}
