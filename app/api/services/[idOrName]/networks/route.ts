import { route } from "@/lib/api/route";
import { attachNetwork } from "@/lib/operations/service-networks";
import { attachNetworkSchema } from "@/lib/schemas/service-network";

export const dynamic = "force-dynamic";

export const POST = route(
  { operation: "service.network.attach", access: "admin", body: attachNetworkSchema },
  ({ params, body }) =>
    attachNetwork(params.idOrName ?? "", body.version, body.network, body.aliases),
);
