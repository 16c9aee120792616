import { route } from "@/lib/api/route";
import { buildSnapshot } from "@/lib/docker";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "snapshot.read", access: "viewer" }, () => buildSnapshot());
