import "server-only";
import { isAppError } from "@/lib/errors";
import { applyChanges, changesFrom, type Refresh } from "@/lib/live/patch";
import { fullPlan, type IdSet, type RefreshPlan } from "@/lib/live/refresh-plan";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Engine } from "@/lib/model/swarm";
import { dockerHost } from "./client";
import type { RawTask } from "./raw";
import {
  getApiVersion,
  getInfo,
  inspectRawNetwork,
  listRawContainers,
  listRawNetworks,
  listRawNodes,
  listRawServices,
  listRawTasks,
  networkNameMap,
} from "./read";
import {
  reshapeContainer,
  reshapeEndpoints,
  reshapeEngine,
  reshapeNetwork,
  reshapeNode,
  reshapeService,
  reshapeSwarm,
  reshapeTask,
} from "./reshape";

/** Docker API calls one snapshot makes on a swarm manager, whatever the number of objects. */
export const SNAPSHOT_DOCKER_CALLS = 8;

// Tasks Swarm has already retired; history is for `docker service ps`, not for a live view.
const RETIRED = new Set(["shutdown", "remove", "orphaned"]);

async function gwbridgeEndpoints() {
  try {
    return reshapeEndpoints((await inspectRawNetwork("docker_gwbridge")).Containers);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") return [];
    throw e;
  }
}

/**
 * Tasks of these services. Docker answers 404 to the whole filtered list when one
 * of the services is gone (a removal event): then each is read alone, the gone
 * ones contributing no task.
 */
async function tasksOfServices(ids: IdSet): Promise<RawTask[]> {
  try {
    return await listRawTasks(idFilter("service", ids));
  } catch (e) {
    if (ids === "all" || ids.length === 1 || !(isAppError(e) && e.code === "not_found")) {
      if (isAppError(e) && e.code === "not_found") return [];
      throw e;
    }
    const each = await Promise.all(ids.map((id) => tasksOfServices([id])));
    return each.flat();
  }
}

const isManager = (engine: Engine) => engine.swarmState === "active" && engine.controlAvailable;

// A filter by ids, or none for "all". Docker matches id filters by prefix: callers keep exact ids.
const idFilter = (key: string, ids: IdSet) => (ids === "all" ? {} : { filters: { [key]: ids } });
const scopeOf = (ids: IdSet) => (ids === "all" ? ("all" as const) : { ids });
const exact = <T extends { id: string }>(items: T[], ids: IdSet) =>
  ids === "all" ? items : items.filter((i) => ids.includes(i.id));

/** What the re-read is relative to: the model's networks (service VIPs name them) and engine. */
export type RefreshBase = Pick<Snapshot, "networks" | "engine">;

/**
 * Re-reads what a plan names, one Docker call per part (filtered by id where the
 * plan has ids). Services, tasks and nodes only exist on a swarm manager.
 */
export async function readRefresh(plan: RefreshPlan, base: RefreshBase): Promise<Refresh> {
  const refresh: Refresh = {};
  let engine = base.engine;
  if (plan.engine) {
    const [info, apiVersion] = await Promise.all([getInfo(), getApiVersion()]);
    engine = reshapeEngine(info, apiVersion, dockerHost());
    refresh.engine = engine;
    refresh.swarm =
      isManager(engine) && info.Swarm?.Cluster ? reshapeSwarm(info.Swarm.Cluster, false) : null;
  }
  const manager = isManager(engine);
  const [networks, services, tasks, nodes, containers, gwbridge] = await Promise.all([
    plan.networks ? listRawNetworks(idFilter("id", plan.networks)) : null,
    manager && plan.services ? listRawServices(idFilter("id", plan.services)) : null,
    manager && plan.tasksOf ? tasksOfServices(plan.tasksOf) : null,
    manager && plan.nodes ? listRawNodes() : null,
    plan.containers ? listRawContainers() : null,
    plan.gwbridge ? gwbridgeEndpoints() : null,
  ]);
  if (plan.networks && networks) {
    refresh.networks = {
      scope: scopeOf(plan.networks),
      items: exact(networks.map(reshapeNetwork), plan.networks),
    };
  }
  if (plan.services && services) {
    // VIPs name their networks: the ones just re-read win over the model's.
    const names = networkNameMap([
      ...base.networks.map((n) => ({ Id: n.id, Name: n.name })),
      ...(networks ?? []),
    ]);
    refresh.services = {
      scope: scopeOf(plan.services),
      items: exact(
        services.map((s) => reshapeService(s, names)),
        plan.services,
      ),
    };
  }
  if (plan.tasksOf && tasks) {
    refresh.tasks = {
      scope: plan.tasksOf === "all" ? "all" : { serviceIds: plan.tasksOf },
      items: tasks.filter((t) => !RETIRED.has(t.DesiredState ?? "")).map(reshapeTask),
    };
  }
  if (nodes) {
    const local = { nodeId: engine.nodeId, dataPathAddr: null };
    refresh.nodes = { scope: "all", items: nodes.map((n) => reshapeNode(n, local)) };
  }
  if (containers) refresh.containers = { scope: "all", items: containers.map(reshapeContainer) };
  if (gwbridge) refresh.gwbridgeEndpoints = gwbridge;
  // Not a manager (any more): whatever swarm objects the model held are gone.
  if (!manager) {
    refresh.services ??= { scope: "all", items: [] };
    refresh.tasks ??= { scope: "all", items: [] };
    refresh.nodes ??= { scope: "all", items: [] };
  }
  return refresh;
}

const EMPTY: Snapshot = {
  fetchedAt: "",
  engine: {
    host: "",
    version: "",
    apiVersion: "",
    os: "",
    name: "",
    nodeId: "",
    nodeAddr: "",
    swarmState: "inactive",
    controlAvailable: false,
  },
  swarm: null,
  nodes: [],
  networks: [],
  services: [],
  tasks: [],
  containers: [],
  gwbridgeEndpoints: [],
  revision: 0,
  epoch: "",
  live: false,
};

/**
 * The whole picture in one payload, with a constant number of Docker calls:
 * info, version, networks, services (with status), tasks, nodes, containers and
 * docker_gwbridge — 8 on a manager, 5 when the engine is not a swarm manager.
 * Everything else (counts per network, VIPs, task IPs) is derived from these.
 * Read directly (revision 0, not live); the live model stamps its own.
 */
export async function buildSnapshot(): Promise<Snapshot> {
  const refresh = await readRefresh(fullPlan(), EMPTY);
  return {
    ...applyChanges(EMPTY, changesFrom(EMPTY, refresh)),
    fetchedAt: new Date().toISOString(),
  };
}
