import { getEnv, publishGeneratedTokens } from "@/lib/env";
import { randomToken } from "./crypto";
import type { Tokens } from "./session";

/**
 * The tokens, from SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN (or their _FILE, a Docker
 * secret), or generated once at start (instrumentation.ts) and published to every bundle
 * through lib/env.ts.
 */
export function ensureTokens(): { tokens: Tokens; generated: (keyof Tokens)[] } {
  const env = getEnv();
  const generated: (keyof Tokens)[] = [];
  const fresh: { admin?: string; viewer?: string } = {};
  if (!env.SWARMNET_ADMIN_TOKEN) {
    fresh.admin = randomToken();
    generated.push("admin");
  }
  if (!env.SWARMNET_VIEWER_TOKEN) {
    fresh.viewer = randomToken();
    generated.push("viewer");
  }
  if (generated.length > 0) publishGeneratedTokens(fresh);
  return { tokens: currentTokens(), generated };
}

export function currentTokens(): Tokens {
  const { SWARMNET_ADMIN_TOKEN: admin, SWARMNET_VIEWER_TOKEN: viewer } = getEnv();
  if (!admin || !viewer)
    throw new Error("swarmnet tokens are not initialised (instrumentation.ts)");
  if (admin === viewer)
    throw new Error("SWARMNET_ADMIN_TOKEN and SWARMNET_VIEWER_TOKEN must differ");
  return { admin, viewer };
}

export const readOnlyMode = (): boolean => getEnv().SWARMNET_READ_ONLY;
