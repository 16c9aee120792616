import type { NextRequest, NextResponse } from "next/server";
import { type Role, SESSION_COOKIE, SESSION_MAX_AGE_S } from "./roles";
import { isHttps } from "./same-origin";
import { signSession } from "./session";
import { currentTokens, trustProxy } from "./tokens";

/** httpOnly (no script reads it), SameSite=Strict (no cross-site sends), Secure over https. */
export async function setSessionCookie(
  res: NextResponse,
  req: NextRequest,
  role: Role,
): Promise<void> {
  res.cookies.set(SESSION_COOKIE, await signSession(role, currentTokens()), {
    httpOnly: true,
    sameSite: "strict",
    secure: isHttps(req),
    path: "/",
    maxAge: SESSION_MAX_AGE_S,
  });
}

export function clearSessionCookie(res: NextResponse): void {
  res.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "strict", path: "/", maxAge: 0 });
}

/**
 * The client address for rate limiting. Next.js fills X-Forwarded-For from the socket only
 * when the request has none (measured: a client-sent value is kept), so the header is trusted
 * only behind a proxy that sets it (SWARMNET_TRUST_PROXY=1; its last hop is the client).
 * Otherwise every client shares one bucket: brute force stays bounded, at the price of a
 * shared lock-out window.
 */
export function clientAddress(req: NextRequest): string {
  if (!trustProxy()) return "all-clients";
  const hops = req.headers.get("x-forwarded-for")?.split(",") ?? [];
  return hops[hops.length - 1]?.trim() || "unknown";
}
