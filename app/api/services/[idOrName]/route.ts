import { route } from "@/lib/api/route";
import { buildSnapshot, inspectService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { serviceDetail } from "@/lib/topology";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "service.read", access: "viewer" }, async ({ params }) => {
  const ref = params.idOrName ?? "";
  const service = await inspectService(ref);
  const detail = serviceDetail(await buildSnapshot(), service.id);
  if (!detail) throw new AppError("not_found", `No service named "${ref}".`);
  // The DTO at the top level (its `version` is what updates send back), plus tasks and DNS names.
  return { ...service, tasks: detail.tasks, discovery: detail.discovery };
});
