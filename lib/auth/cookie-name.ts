import { getEnv } from "@/lib/env";
import { SESSION_COOKIE } from "./roles";

type HeadersLike = { get(name: string): string | null };
type CookiesLike = { get(name: string): { value: string } | undefined };

/** The name the session cookie takes when it must stay on this exact host over TLS. */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** Served over https, as the public URL says or the request (or its proxy) shows. */
export function isSecureContext(headers: HeadersLike, protocol?: string): boolean {
  if (getEnv().SWARMNET_PUBLIC_URL?.startsWith("https://")) return true;
  return (headers.get("x-forwarded-proto") ?? protocol?.replace(/:$/, "")) === "https";
}

/**
 * Over https the cookie is `__Host-swarmnet_session`: browsers accept that name only with
 * Secure, Path=/ and no Domain, so a sibling subdomain cannot plant a session of its own
 * ("cookie tossing"). Over plain http (a lab, the tests) it keeps the plain name.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session cookie under the name this context uses; the other name is ignored. */
export function readSessionCookie(req: {
  headers: HeadersLike;
  cookies: CookiesLike;
  nextUrl?: { protocol: string };
}): string | undefined {
  const secure = isSecureContext(req.headers, req.nextUrl?.protocol);
  return req.cookies.get(sessionCookieName(secure))?.value;
}
