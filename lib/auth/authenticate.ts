import type { NextRequest } from "next/server";
import { type Role, SESSION_COOKIE } from "./roles";
import { roleForToken, verifySession } from "./session";
import { currentTokens } from "./tokens";

export type Credential = { role: Role; via: "bearer" | "cookie" };

/** Scripts send `Authorization: Bearer <token>`; browsers carry the signed session cookie. */
export async function authenticate(req: NextRequest): Promise<Credential | null> {
  const tokens = currentTokens();
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const role = roleForToken(match?.[1], tokens);
    // A wrong bearer token is not silently downgraded to the cookie.
    return role ? { role, via: "bearer" } : null;
  }
  const role = await verifySession(req.cookies.get(SESSION_COOKIE)?.value, tokens);
  return role ? { role, via: "cookie" } : null;
}
