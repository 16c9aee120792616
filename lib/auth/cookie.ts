import type { NextRequest, NextResponse } from "next/server";
import { HOST_SESSION_COOKIE, isSecureContext, sessionCookieName } from "./cookie-name";
import { type Role, SESSION_COOKIE, SESSION_MAX_AGE_S } from "./roles";
import { signSession } from "./session";
import { currentTokens } from "./tokens";

/**
 * httpOnly (no script reads it), SameSite=Strict (no cross-site sends), and over https
 * Secure with the `__Host-` name.
 */
export async function setSessionCookie(
  res: NextResponse,
  req: NextRequest,
  role: Role,
): Promise<void> {
  const secure = isSecureContext(req.headers, req.nextUrl.protocol);
  res.cookies.set(sessionCookieName(secure), await signSession(role, currentTokens()), {
    httpOnly: true,
    sameSite: "strict",
    secure,
    path: "/",
    maxAge: SESSION_MAX_AGE_S,
  });
}

/** Both names: a deployment may have moved from http to https while a browser kept a cookie. */
export function clearSessionCookie(res: NextResponse, req: NextRequest): void {
  const secure = isSecureContext(req.headers, req.nextUrl.protocol);
  res.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "strict", path: "/", maxAge: 0 });
  if (secure) {
    res.cookies.set(HOST_SESSION_COOKIE, "", {
      httpOnly: true,
      sameSite: "strict",
      secure: true,
      path: "/",
      maxAge: 0,
    });
  }
}
