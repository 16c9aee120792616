import { randomToken } from "./crypto";
import type { Tokens } from "./session";

/**
 * The tokens, from SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN, or generated once
 * at start (instrumentation.ts) and kept in process.env: the proxy and the route
 * handlers are separate bundles, and the environment is what they share.
 */
export function ensureTokens(): { tokens: Tokens; generated: (keyof Tokens)[] } {
  const generated: (keyof Tokens)[] = [];
  if (!process.env.SWARMNET_ADMIN_TOKEN) {
    process.env.SWARMNET_ADMIN_TOKEN = randomToken();
    generated.push("admin");
  }
  if (!process.env.SWARMNET_VIEWER_TOKEN) {
    process.env.SWARMNET_VIEWER_TOKEN = randomToken();
    generated.push("viewer");
  }
  return { tokens: currentTokens(), generated };
}

export function currentTokens(): Tokens {
  const admin = process.env.SWARMNET_ADMIN_TOKEN;
  const viewer = process.env.SWARMNET_VIEWER_TOKEN;
  if (!admin || !viewer)
    throw new Error("swarmnet tokens are not initialised (instrumentation.ts)");
  if (admin === viewer)
    throw new Error("SWARMNET_ADMIN_TOKEN and SWARMNET_VIEWER_TOKEN must differ");
  return { admin, viewer };
}

export function readOnlyMode(): boolean {
  const v = process.env.SWARMNET_READ_ONLY;
  return v === "1" || v === "true";
}

/** Behind a reverse proxy that sets X-Forwarded-For (see clientAddress). */
export function trustProxy(): boolean {
  return process.env.SWARMNET_TRUST_PROXY === "1";
}
