import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/log";
import { requestOrigin } from "@/lib/auth/client-address";
import { clearSessionCookie } from "@/lib/auth/cookie";
import { readSessionCookie } from "@/lib/auth/cookie-name";
import { revokedSessions } from "@/lib/auth/revocation";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { readSession } from "@/lib/auth/session";
import { currentTokens } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";

export const dynamic = "force-dynamic";

/**
 * Ends the session on the server too (its id is revoked, so a copy of the cookie stops
 * working), then clears the cookie. Same-origin only: another site must not sign people out.
 */
export const POST = route({ operation: "auth.logout", access: "public" }, async ({ req }) => {
  if (!isSameOrigin(req)) throw new AppError("forbidden", t().errors.crossSiteLogout);
  const session = await readSession(readSessionCookie(req), currentTokens());
  if (session) {
    revokedSessions().revoke(session.id, session.issued);
    await audit({
      time: new Date().toISOString(),
      role: session.role,
      via: "cookie",
      ...requestOrigin(req),
      operation: "auth.logout",
      target: {},
      cli: null,
      status: 200,
      result: "ok",
    });
  }
  const res = NextResponse.json({ loggedOut: true });
  clearSessionCookie(res, req);
  return res;
});
