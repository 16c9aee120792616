import { route } from "@/lib/api/route";
import { buildSnapshot, inspectService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { readSnapshot } from "@/lib/server/live";
import { findService, serviceDetail } from "@/lib/topology";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "service.read", access: "viewer" }, async ({ params }) => {
  const ref = params.idOrName ?? "";
  let snapshot = await readSnapshot();
  let service = findService(snapshot, ref);
  if (!service) {
    // Not in the model (yet: its event may be on the way). Docker decides, 404 included.
    service = await inspectService(ref);
    snapshot = await buildSnapshot();
  }
  const detail = serviceDetail(snapshot, service.id);
  if (!detail) throw new AppError("not_found", t().errors.noService(ref));
  // The DTO at the top level (its `version` is what updates send back), plus tasks and DNS names.
  return { ...service, tasks: detail.tasks, discovery: detail.discovery };
});
