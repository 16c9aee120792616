import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { clientAddress, setSessionCookie } from "@/lib/auth/cookie";
import { loginLimiter } from "@/lib/auth/rate-limit";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { roleForToken } from "@/lib/auth/session";
import { currentTokens, readOnlyMode } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
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
      throw new AppError("forbidden", "Cross-site login refused.");
    }
    const address = clientAddress(req);
    const wait = loginLimiter.retryAfter(address);
    if (wait > 0) {
      return NextResponse.json(
        {
          error: {
            code: "rate_limited",
            message: `Too many wrong tokens: try again in ${wait} s.`,
          },
        },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
    const role = roleForToken(body.token, currentTokens());
    if (!role) {
      loginLimiter.fail(address);
      throw new AppError("unauthorized", "That token is not valid.", [
        { field: "token", message: "not a valid token" },
      ]);
    }
    loginLimiter.succeed(address);
    const res = NextResponse.json({ role, readOnly: readOnlyMode() });
    await setSessionCookie(res, req, role);
    return res;
  },
);
