import "server-only";
import { isAppError } from "@/lib/errors";
import type { Snapshot } from "@/lib/model/snapshot";
import { dockerHost } from "./client";
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
 * The whole picture in one payload, with a constant number of Docker calls:
 * info, version, networks, services (with status), tasks, nodes, containers and
 * docker_gwbridge — 8 on a manager, 5 when the engine is not a swarm manager.
 * Everything else (counts per network, VIPs, task IPs) is derived from these.
 */
export async function buildSnapshot(): Promise<Snapshot> {
  const [info, apiVersion] = await Promise.all([getInfo(), getApiVersion()]);
  const manager = info.Swarm?.LocalNodeState === "active" && info.Swarm.ControlAvailable === true;
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  const [networks, services, tasks, nodes, containers, gwbridge] = await Promise.all([
    listRawNetworks(),
    manager ? listRawServices() : none<never>(),
    manager ? listRawTasks() : none<never>(),
    manager ? listRawNodes() : none<never>(),
    listRawContainers(),
    gwbridgeEndpoints(),
  ]);
  const names = networkNameMap(networks);
  const local = { nodeId: info.Swarm?.NodeID ?? "", dataPathAddr: null };
  return {
    fetchedAt: new Date().toISOString(),
    engine: reshapeEngine(info, apiVersion, dockerHost()),
    swarm: manager && info.Swarm?.Cluster ? reshapeSwarm(info.Swarm.Cluster, false) : null,
    nodes: nodes.map((n) => reshapeNode(n, local)),
    networks: networks.map(reshapeNetwork),
    services: services.map((s) => reshapeService(s, names)),
    tasks: tasks.filter((t) => !RETIRED.has(t.DesiredState ?? "")).map(reshapeTask),
    containers: containers.map(reshapeContainer),
    gwbridgeEndpoints: gwbridge,
  };
}
