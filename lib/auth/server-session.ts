import "server-only";
import { cookies, headers } from "next/headers";
import { SESSION_COOKIE, type SessionInfo } from "./roles";
import { roleForToken, verifySession } from "./session";
import { currentTokens, readOnlyMode } from "./tokens";

/** The signed-in role for server components (the proxy already turned anonymous visitors away). */
export async function serverSession(): Promise<SessionInfo | null> {
  const tokens = currentTokens();
  const bearer = /^Bearer\s+(\S+)$/i.exec((await headers()).get("authorization") ?? "")?.[1];
  const role = bearer
    ? roleForToken(bearer, tokens)
    : await verifySession((await cookies()).get(SESSION_COOKIE)?.value, tokens);
  return role ? { role, readOnly: readOnlyMode() } : null;
}
