import { route } from "@/lib/api/route";
import { nodeFacts, nodesWithDataPath } from "@/lib/docker";
import { readSnapshot } from "@/lib/server/live";

export const dynamic = "force-dynamic";

/**
 * Nodes with their addresses (advertise, and data-path where the swarm reveals
 * it) and each node's own facts (local networks, docker_gwbridge) when the
 * dashboard can ask that node.
 */
export const GET = route({ operation: "node.list", access: "viewer" }, async () => {
  const s = await readSnapshot();
  const [nodes, facts] = await Promise.all([nodesWithDataPath(s), nodeFacts(s)]);
  return nodes.map((n) => ({ ...n, facts: facts.find((f) => f.nodeId === n.id) ?? null }));
});
