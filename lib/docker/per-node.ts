import "server-only";
import { getEnv } from "@/lib/env";
import type { Node } from "@/lib/model/node";
import type { NodeFacts } from "@/lib/model/node-facts";
import type { Snapshot } from "@/lib/model/snapshot";
import { call } from "./call";
import { docker, dockerAt } from "./client";
import { discovery, noEngineAnswers } from "./discovery";
import { parseNodeEndpoints, taskIdFromName } from "./node-endpoints";
import type { RawInfo, RawNetwork } from "./raw";
import { inspectRawNetwork } from "./read";
import { reshapeNetwork } from "./reshape";

type VerboseServices = Record<
  string,
  { Tasks?: { Name?: string; Info?: Record<string, string> }[] }
>;

/**
 * Data-path addresses per node. No API field holds a node's --data-path-addr
 * (moby#33938), but a swarm network's verbose inspect lists, for every task, the
 * "Host IP" its VXLAN traffic goes to: that is the data-path address of the task's
 * node. One verbose inspect per overlay that has tasks; nodes without tasks on any
 * of them stay unknown.
 */
export async function dataPathAddresses(s: Snapshot): Promise<Map<string, string>> {
  const taskNode = new Map(s.tasks.map((t) => [t.id, t.nodeId]));
  const withTasks = s.networks.filter(
    (n) =>
      n.scope === "swarm" && s.tasks.some((t) => t.addresses.some((a) => a.networkId === n.id)),
  );
  const found = new Map<string, string>();
  const inspected = await Promise.allSettled(withTasks.map((n) => inspectRawNetwork(n.id, true)));
  for (const r of inspected) {
    if (r.status !== "fulfilled") continue;
    const services = (r.value as RawNetwork & { Services?: VerboseServices }).Services ?? {};
    for (const svc of Object.values(services)) {
      for (const task of svc.Tasks ?? []) {
        const node = taskNode.get(taskIdFromName(task.Name ?? ""));
        const hostIp = task.Info?.["Host IP"];
        if (node && hostIp) found.set(node, hostIp);
      }
    }
  }
  return found;
}

/** The nodes with their data-path addresses filled in where the swarm reveals them. */
export async function nodesWithDataPath(s: Snapshot): Promise<Node[]> {
  const dataPath = await dataPathAddresses(s);
  return s.nodes.map((n) => ({ ...n, dataPathAddr: dataPath.get(n.id) ?? n.dataPathAddr }));
}

/** Named in SWARMNET_NODE_ENDPOINTS, or found behind its "*=url" (one proxy per node). */
export async function endpointFor(
  node: Pick<Node, "id" | "hostname">,
): Promise<string | undefined> {
  const endpoints = parseNodeEndpoints(getEnv().SWARMNET_NODE_ENDPOINTS);
  const named = endpoints.get(node.id) ?? endpoints.get(node.hostname);
  const anyNode = endpoints.get("*");
  if (named || !anyNode) return named;
  return (
    await discovery()
      .engineOf(anyNode, node.id)
      .catch(() => undefined)
  )?.url;
}

async function factsFrom(
  nodeId: string,
  source: "local" | "endpoint",
  url: string | null,
): Promise<NodeFacts> {
  const target = url ? dockerAt(url) : null;
  try {
    // The endpoint must be the node it claims to be: a wrong mapping is reported, not trusted.
    const engine = target ?? docker();
    const [info, networks] = await Promise.all([
      call(() => engine.info() as Promise<RawInfo>),
      call(() => engine.listNetworks() as Promise<RawNetwork[]>),
    ]);
    if (info.Swarm?.NodeID && info.Swarm.NodeID !== nodeId) {
      return unknownFacts(
        nodeId,
        `the endpoint answers as node ${info.Swarm.NodeID}, not ${nodeId}`,
      );
    }
    const gw = networks.find((n) => n.Name === "docker_gwbridge");
    const gwNetwork = gw ? reshapeNetwork(gw) : null;
    return {
      nodeId,
      source,
      error: null,
      networks: networks.map((n) => ({
        id: n.Id,
        name: n.Name,
        driver: n.Driver ?? "",
        scope: n.Scope ?? "",
      })),
      gwbridge: gwNetwork ? { ipam: gwNetwork.ipam, options: gwNetwork.options } : null,
    };
  } catch (e) {
    return unknownFacts(nodeId, (e as Error).message);
  }
}

/**
 * Why a node has no endpoint: none configured (null: the page says how to give one), or
 * "*=url" is but nothing behind it answers as this node (a stack's worker: no proxy there).
 */
function noEndpointReason(nodeId: string): string | null {
  const anyNode = parseNodeEndpoints(getEnv().SWARMNET_NODE_ENDPOINTS).get("*");
  return anyNode ? noEngineAnswers(anyNode, nodeId) : null;
}

function unknownFacts(nodeId: string, error: string | null): NodeFacts {
  return { nodeId, source: "unknown", error, networks: null, gwbridge: null };
}

/** What each node's own engine says: the local one always, others through SWARMNET_NODE_ENDPOINTS. */
export async function nodeFacts(s: Snapshot): Promise<NodeFacts[]> {
  return Promise.all(
    s.nodes.map((n) => {
      if (n.id === s.engine.nodeId) return factsFrom(n.id, "local", null);
      return endpointFor(n).then((url) =>
        url ? factsFrom(n.id, "endpoint", url) : unknownFacts(n.id, noEndpointReason(n.id)),
      );
    }),
  );
}
