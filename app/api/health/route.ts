import { route } from "@/lib/api/route";
import { checkHealth } from "@/lib/docker";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "health", access: "public" }, () => checkHealth());
