import type { LiveEvent } from "./message";

/**
 * Which parts of the snapshot a batch of Docker events can have changed, so the
 * live model re-reads those and nothing else: a `service update` costs two
 * filtered calls (that service with its status, its tasks), not the whole
 * snapshot. Ids past MAX_IDS turn into a full re-read of that collection.
 */
export type IdSet = "all" | string[];

export type RefreshPlan = {
  /** info + version: the engine and the swarm. */
  engine: boolean;
  nodes: boolean;
  networks: IdSet | null;
  services: IdSet | null;
  /** Tasks of these services. */
  tasksOf: IdSet | null;
  containers: boolean;
  gwbridge: boolean;
};

export const MAX_IDS = 40;

export const emptyPlan = (): RefreshPlan => ({
  engine: false,
  nodes: false,
  networks: null,
  services: null,
  tasksOf: null,
  containers: false,
  gwbridge: false,
});

export const fullPlan = (): RefreshPlan => ({
  engine: true,
  nodes: true,
  networks: "all",
  services: "all",
  tasksOf: "all",
  containers: true,
  gwbridge: true,
});

function addIds(set: IdSet | null, ids: string[]): IdSet | null {
  const wanted = ids.filter(Boolean);
  if (set === "all") return "all";
  if (wanted.length === 0) return set;
  const merged = [...new Set([...(set ?? []), ...wanted])];
  return merged.length > MAX_IDS ? "all" : merged;
}

// Network actions that change which containers are attached, not the network itself.
const ATTACHMENT_ACTIONS = new Set(["connect", "disconnect"]);

export function planFor(events: LiveEvent[], plan: RefreshPlan = emptyPlan()): RefreshPlan {
  const p = { ...plan };
  for (const e of events) {
    switch (e.type) {
      case "service":
        p.services = addIds(p.services, [e.id]);
        p.tasksOf = addIds(p.tasksOf, [e.id]);
        break;
      case "node":
        // A node's state, role or availability; the swarm's manager set may change with it.
        p.nodes = true;
        p.engine = true;
        break;
      case "network":
        if (ATTACHMENT_ACTIONS.has(e.action)) {
          p.containers = true;
          p.gwbridge = true;
        } else {
          // An id the event does not give (rare) means we cannot re-read just it.
          p.networks = e.id ? addIds(p.networks, [e.id]) : "all";
        }
        break;
      case "container":
        p.containers = true;
        if (e.serviceId) {
          // A task's container started or died: its task state and the service's counts moved.
          p.services = addIds(p.services, [e.serviceId]);
          p.tasksOf = addIds(p.tasksOf, [e.serviceId]);
        }
        if (e.action === "destroy" || e.action === "create") p.gwbridge = true;
        break;
      default:
        // configs and secrets are not part of the snapshot.
        break;
    }
  }
  return p;
}

export const isEmptyPlan = (p: RefreshPlan): boolean =>
  !p.engine &&
  !p.nodes &&
  !p.containers &&
  !p.gwbridge &&
  p.networks === null &&
  p.services === null &&
  p.tasksOf === null;
