import { NextResponse } from "next/server";
import { rateLimited, route } from "@/lib/api/route";
import { auditTokenCheck } from "@/lib/auth/auth-audit";
import { requestOrigin } from "@/lib/auth/client-address";
import { setSessionCookie } from "@/lib/auth/cookie";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { checkToken } from "@/lib/auth/token-check";
import { readOnlyMode } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { LIMITS } from "@/lib/schemas/limits";
import { loginSchema } from "@/lib/schemas/login";

export const dynamic = "force-dynamic";

/** Exchanges a token for the session cookie; wrong tokens are rate-limited per address. */
export const POST = route(
  {
    operation: "auth.login",
    access: "public",
    body: loginSchema,
    maxBodyBytes: LIMITS.loginBodyBytes,
  },
  async ({ req, body }) => {
    if (req.headers.get("origin") && !isSameOrigin(req)) {
      throw new AppError("forbidden", t().errors.crossSiteLogin);
    }
    const origin = requestOrigin(req);
    const check = checkToken(body.token, origin.address);
    await auditTokenCheck("login", check, origin);
    if (!check.ok && check.locked) throw rateLimited(check.retryAfter);
    if (!check.ok) {
      throw new AppError("unauthorized", t().errors.badToken, [
        { field: "token", message: t().errors.badTokenField },
      ]);
    }
    const res = NextResponse.json({ role: check.role, readOnly: readOnlyMode() });
    await setSessionCookie(res, req, check.role);
    return res;
  },
);
