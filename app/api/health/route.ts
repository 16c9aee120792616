import { route } from "@/lib/api/route";
import { authenticate } from "@/lib/auth/authenticate";
import { checkHealth } from "@/lib/docker";
import { ttlCache } from "@/lib/security/ttl-cache";

export const dynamic = "force-dynamic";

// Anyone may ask, so anonymous callers share one answer per 1.5 s: a flood of health checks
// costs Docker one call each period. Signed-in callers (the UI's status) get a fresh one.
const cachedHealth = ttlCache(checkHealth, 1500);

export const GET = route({ operation: "health", access: "public" }, async ({ req }) =>
  (await authenticate(req)) ? checkHealth() : cachedHealth(),
);
