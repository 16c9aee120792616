import { route } from "@/lib/api/route";
import { listNodes } from "@/lib/docker";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "node.list", access: "viewer" }, () => listNodes());
