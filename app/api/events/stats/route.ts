import { route } from "@/lib/api/route";
import { liveEvents } from "@/lib/docker";

export const dynamic = "force-dynamic";

/** Counters of the shared Docker events subscription: streams opened/active, SSE subscribers. */
export const GET = route({ operation: "events.stats", access: "viewer" }, async () =>
  liveEvents().stats(),
);
