import type { NextRequest } from "next/server";

/**
 * A browser mutation must come from our own pages, or another site could drive
 * an admin's browser (CSRF). Browsers send Origin on every POST/PUT/DELETE and
 * Sec-Fetch-Site in current versions; a cookie-borne mutation with neither is refused.
 * Bearer-token clients (scripts) carry no ambient credential and are not checked.
 */
export function isSameOrigin(req: NextRequest): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = req.headers.get("origin");
  if (origin) return origin === expectedOrigin(req);
  return site === "same-origin";
}

function expectedOrigin(req: NextRequest): string {
  // Behind a reverse proxy the public host arrives in X-Forwarded-*.
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? req.nextUrl.host;
  const proto = req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}
