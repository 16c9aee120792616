import { route } from "@/lib/api/route";
import { inspectNetwork, nodeFacts } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { removeNetwork } from "@/lib/operations/remove-network";
import { readSnapshot } from "@/lib/server/live";
import { networkDetail, networkPerNode } from "@/lib/topology";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "network.read", access: "viewer" }, async ({ params }) => {
  const ref = params.idOrName ?? "";
  // Verbose inspect first: it resolves id prefixes and names the way Docker does, and adds peers.
  const inspect = await inspectNetwork(ref);
  const snapshot = await readSnapshot();
  const detail = networkDetail(snapshot, inspect.id);
  if (!detail) throw new AppError("not_found", t().errors.noNetwork(ref));
  const { network, ...attached } = detail;
  const facts = await nodeFacts(snapshot);
  const localNetworks = new Map(facts.map((f) => [f.nodeId, f.networks?.map((n) => n.id) ?? null]));
  return {
    ...network,
    ...attached,
    endpoints: inspect.endpoints,
    peers: inspect.peers,
    perNode: networkPerNode(snapshot, inspect.id, inspect.peers, localNetworks),
  };
});

export const DELETE = route({ operation: "network.remove", access: "admin" }, ({ params }) =>
  removeNetwork(params.idOrName ?? ""),
);
