import { route } from "@/lib/api/route";
import { runConnectivity } from "@/lib/connectivity/run";
import { connectivitySchema } from "@/lib/schemas/connectivity";

export const dynamic = "force-dynamic";

export const POST = route(
  { operation: "connectivity.probe", access: "admin", body: connectivitySchema },
  ({ body }) => runConnectivity(body),
);
