import { route } from "@/lib/api/route";
import { readSnapshot } from "@/lib/server/live";

export const dynamic = "force-dynamic";

export const GET = route({ operation: "snapshot.read", access: "viewer" }, () => readSnapshot());
