import { route } from "@/lib/api/route";
import { updateEndpointMode } from "@/lib/operations/update-endpoint-mode";
import { endpointModeSchema } from "@/lib/schemas/endpoint-mode";

export const dynamic = "force-dynamic";

export const PUT = route(
  { operation: "service.endpoint-mode.update", access: "admin", body: endpointModeSchema },
  ({ params, body }) =>
    updateEndpointMode(params.idOrName ?? "", body.version, body.mode, {
      convertIngressPortsToHost: body.convertIngressPortsToHost,
    }),
);
