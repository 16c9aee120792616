import { networkAddresses } from "@/lib/addresses/read";
import { route } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "network.addresses", access: "viewer" }, ({ params }) =>
  networkAddresses(params.idOrName ?? ""),
);
