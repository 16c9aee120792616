import { route } from "@/lib/api/route";
import { readSnapshot } from "@/lib/server/live";

export const dynamic = "force-dynamic";

export const GET = route(
  { operation: "service.list", access: "viewer" },
  async () => (await readSnapshot()).services,
);
