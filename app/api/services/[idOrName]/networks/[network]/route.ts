import { parseQuery, route } from "@/lib/api/route";
import { detachNetwork } from "@/lib/operations/service-networks";
import { versionQuerySchema } from "@/lib/schemas/service-network";

export const dynamic = "force-dynamic";

export const DELETE = route(
  { operation: "service.network.detach", access: "admin" },
  ({ params, searchParams }) => {
    const { version } = parseQuery(searchParams, versionQuerySchema);
    return detachNetwork(params.idOrName ?? "", version, params.network ?? "");
  },
);
