import { route } from "@/lib/api/route";
import { createNetwork } from "@/lib/operations/create-network";
import { createNetworkSchema } from "@/lib/schemas/network-create";
import { readSnapshot } from "@/lib/server/live";
import { networkSummaries } from "@/lib/topology";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "network.list", access: "viewer" }, async () =>
  networkSummaries(await readSnapshot()),
);

export const POST = route(
  { operation: "network.create", access: "admin", body: createNetworkSchema, status: 201 },
  ({ body }) => createNetwork(body),
);
