import { route } from "@/lib/api/route";
import { updatePorts } from "@/lib/operations/update-ports";
import { resolvePorts, updatePortsSchema } from "@/lib/schemas/service-ports";

export const dynamic = "force-dynamic";

export const PUT = route(
  { operation: "service.ports.update", access: "admin", body: updatePortsSchema },
  ({ params, body }) => updatePorts(params.idOrName ?? "", body.version, resolvePorts(body)),
);
