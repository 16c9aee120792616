import { type NextRequest, NextResponse } from "next/server";
import { audit } from "@/lib/audit/log";
import { auditTokenCheck } from "@/lib/auth/auth-audit";
import { authenticate } from "@/lib/auth/authenticate";
import { requestOrigin } from "@/lib/auth/client-address";
import { setSessionCookie } from "@/lib/auth/cookie";
import { isSecureContext } from "@/lib/auth/cookie-name";
import { checkToken } from "@/lib/auth/token-check";
import { isDevelopment } from "@/lib/env";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_PARAM } from "@/lib/i18n/locales";
import { contentSecurityPolicy } from "@/lib/security-headers";

/**
 * Pages: `?token=` links become a session cookie (then the token leaves the URL),
 * anonymous visitors go to /login, and every page gets a nonce-based CSP.
 * API routes authenticate in lib/api/route.ts, which answers 401/403 as JSON.
 */
export async function proxy(req: NextRequest) {
  return withHsts(req, await answer(req));
}

async function answer(req: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = req.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();

  const lang = searchParams.get(LOCALE_PARAM);
  if (lang !== null) return switchLocale(req, lang);

  const token = searchParams.get("token");
  if (token !== null) return exchangeToken(req, token);

  if (pathname !== "/login" && !(await authenticate(req))) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("next", `${pathname}${req.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return withCsp(req);
}

/** Over TLS, browsers are told to use https only from now on (two years, as preload asks). */
function withHsts(req: NextRequest, res: NextResponse): NextResponse {
  if (isSecureContext(req.headers, req.nextUrl.protocol)) {
    res.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return res;
}

async function exchangeToken(req: NextRequest, token: string) {
  const origin = requestOrigin(req);
  const clean = req.nextUrl.clone();
  clean.searchParams.delete("token");
  const check = checkToken(token, origin.address);
  await auditTokenCheck("token-link", check, origin);
  if (!check.ok) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("next", `${clean.pathname}${clean.search}`);
    login.searchParams.set("error", "invalid");
    return NextResponse.redirect(login);
  }
  const res = NextResponse.redirect(clean);
  // A viewer link (the wall's) opened in an admin's browser must not quietly demote it: the
  // admin session stays, and the audit log says so.
  const current = await authenticate(req);
  if (current?.role === "admin" && check.role === "viewer") {
    await audit({
      time: new Date().toISOString(),
      role: "admin",
      via: "token-link",
      ...origin,
      operation: "auth.token-link",
      target: {},
      cli: null,
      status: 307,
      result: "refused",
      message: "viewer token link while signed in as admin: the admin session was kept",
    });
    return res;
  }
  await setSessionCookie(res, req, check.role);
  return res;
}

/**
 * `?lang=es` (the language switch's links, or a TV's bookmark) remembers the language in a
 * cookie and leaves the URL, like `?token=`; an unknown value is dropped without a cookie.
 */
function switchLocale(req: NextRequest, lang: string): NextResponse {
  const clean = req.nextUrl.clone();
  clean.searchParams.delete(LOCALE_PARAM);
  const res = NextResponse.redirect(clean, 303);
  if (isLocale(lang)) {
    res.cookies.set(LOCALE_COOKIE, lang, {
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
      secure: isSecureContext(req.headers, req.nextUrl.protocol),
    });
  }
  return res;
}

function withCsp(req: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, isDevelopment());
  const requestHeaders = new Headers(req.headers);
  // Next.js reads the nonce from this request header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

// Static assets and the public files browsers fetch without credentials (icons, the web
// manifest, robots.txt) skip the proxy: no login redirect, nothing secret in them.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico$|robots\\.txt$|manifest\\.webmanifest$|apple-touch-icon\\.png$|icon(?:-[a-z0-9-]+)?\\.(?:svg|png)$).*)",
  ],
};
