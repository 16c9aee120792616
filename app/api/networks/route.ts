import { route } from "@/lib/api/route";
import { buildSnapshot } from "@/lib/docker";
import { networkSummaries } from "@/lib/topology";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "network.list", access: "viewer" }, async () =>
  networkSummaries(await buildSnapshot()),
);
