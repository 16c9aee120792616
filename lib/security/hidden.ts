import "server-only";
import type { Role } from "@/lib/auth/roles";
import { serverSession } from "@/lib/auth/server-session";
import { parseNodeEndpoints } from "@/lib/docker/node-endpoints";
import { getEnv } from "@/lib/env";
import { redactPayload } from "./redact";

/**
 * Where the engines are (DOCKER_HOST and SWARMNET_NODE_ENDPOINTS), with and without their
 * scheme, since error texts quote either ("connect ENOENT /run/docker.sock"): for admins only.
 */
export function hiddenStrings(): string[] {
  const env = getEnv();
  let endpoints: string[] = [];
  try {
    endpoints = [...parseNodeEndpoints(env.SWARMNET_NODE_ENDPOINTS).values()];
  } catch {
    // A malformed setting is reported where it is used; nothing to hide from it here.
  }
  return [env.DOCKER_HOST, ...endpoints]
    .flatMap((url) => [url, url.replace(/^[a-z]+:\/\//i, "")])
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length); // longest first: a URL before the path inside it
}

/** A payload as this role may see it (see lib/security/redact.ts). */
export function forRole<T>(value: T, role: Role | null): T {
  return redactPayload(value, role, hiddenStrings());
}

/** For server components: the payload as the signed-in user may see it. */
export async function forSession<T>(value: T): Promise<T> {
  return forRole(value, (await serverSession())?.role ?? null);
}
