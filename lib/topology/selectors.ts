/**
 * Who is on a network: the selectors the views, the operations and the diagnostics rules all
 * use, so a page and a finding never count a network's users differently.
 */
import type { Container } from "@/lib/model/container";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Task } from "@/lib/model/task";
import { isLiveTask } from "./lookups";

/** Services on a network: in their spec, or holding a VIP on it (ingress, for published ports). */
export function servicesOn(s: Snapshot, networkId: string): Service[] {
  return s.services.filter(
    (svc) =>
      svc.networks.some((n) => n.id === networkId) ||
      svc.vips.some((v) => v.networkId === networkId),
  );
}

/** Standalone containers only: task containers are shown under their service. */
export function standaloneContainersOn(s: Snapshot, networkId: string): Container[] {
  return s.containers.filter(
    (c) => c.taskId === null && c.networks.some((n) => n.networkId === networkId),
  );
}

export const ingressPortsOf = (service: Service): Port[] =>
  service.ports.filter((p) => p.mode === "ingress");

/** Services that use the network in their spec (ingress VIPs excluded: Docker adds those). */
export function specServicesOn(s: Snapshot, networkId: string): Service[] {
  return s.services.filter((svc) => svc.networks.some((n) => n.id === networkId));
}

export const liveTasks = (s: Snapshot): Task[] => s.tasks.filter(isLiveTask);
