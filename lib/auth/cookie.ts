import type { NextRequest, NextResponse } from "next/server";
import { type Role, SESSION_COOKIE, SESSION_MAX_AGE_S } from "./roles";
import { isHttps } from "./same-origin";
import { signSession } from "./session";
import { currentTokens } from "./tokens";

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

/** The client address for rate limiting; `next start` fills X-Forwarded-For. */
export function clientAddress(req: NextRequest): string {
  return (
    req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    req.headers.get("x-real-ip") ||
    "unknown"
  );
}
