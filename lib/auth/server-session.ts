import "server-only";
import { cookies, headers } from "next/headers";
import { bearerToken } from "./authenticate";
import { readSessionCookie } from "./cookie-name";
import { revokedSessions } from "./revocation";
import type { SessionInfo } from "./roles";
import { roleForToken, verifySession } from "./session";
import { currentTokens, readOnlyMode } from "./tokens";

/**
 * The signed-in role for server components. The proxy already turned anonymous visitors away
 * and counted a wrong Bearer token, so this only reads what the request carries.
 */
export async function serverSession(): Promise<SessionInfo | null> {
  const tokens = currentTokens();
  const h = await headers();
  const bearer = bearerToken({ headers: h });
  const role =
    bearer !== null
      ? roleForToken(bearer, tokens)
      : await verifySession(
          readSessionCookie({ headers: h, cookies: await cookies() }),
          tokens,
          Date.now(),
          (id) => revokedSessions().isRevoked(id),
        );
  return role ? { role, readOnly: readOnlyMode() } : null;
}
