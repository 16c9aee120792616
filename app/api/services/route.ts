import { route } from "@/lib/api/route";
import { listServices } from "@/lib/docker";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "service.list", access: "viewer" }, () => listServices());
