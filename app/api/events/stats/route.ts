import { route } from "@/lib/api/route";
import { live } from "@/lib/server/live";

export const dynamic = "force-dynamic";

/** Counters of the shared Docker events subscription: streams opened/active, SSE subscribers. */
export const GET = route({ operation: "events.stats", access: "viewer" }, async () => ({
  ...live().events.stats(),
  model: live().model.stats(),
}));
