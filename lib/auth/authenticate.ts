import type { NextRequest } from "next/server";
import { clientAddress } from "./client-address";
import { readSessionCookie } from "./cookie-name";
import { revokedSessions } from "./revocation";
import type { Role } from "./roles";
import { verifySession } from "./session";
import { checkToken, type TokenCheck } from "./token-check";
import { currentTokens } from "./tokens";

export type Credential = { role: Role; via: "bearer" | "cookie" };

export type AuthResult =
  | { kind: "credential"; credential: Credential }
  /** Nothing presented (or an expired or revoked session cookie). */
  | { kind: "none" }
  /** A Bearer token that is wrong, or from an address that must wait. */
  | { kind: "bearer-refused"; check: Exclude<TokenCheck, { ok: true }> };

export function bearerToken(req: { headers: { get(name: string): string | null } }): string | null {
  const header = req.headers.get("authorization");
  if (header === null) return null;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? "";
}

/**
 * Scripts send `Authorization: Bearer <token>` (counted by the login limits like any other
 * token); browsers carry the signed session cookie. A wrong bearer token is not silently
 * downgraded to the cookie.
 */
export async function authenticateRequest(req: NextRequest): Promise<AuthResult> {
  const bearer = bearerToken(req);
  if (bearer !== null) {
    const check = checkToken(bearer, clientAddress(req), { clearOnSuccess: false });
    return check.ok
      ? { kind: "credential", credential: { role: check.role, via: "bearer" } }
      : { kind: "bearer-refused", check };
  }
  const role = await verifySession(readSessionCookie(req), currentTokens(), Date.now(), (id) =>
    revokedSessions().isRevoked(id),
  );
  return role ? { kind: "credential", credential: { role, via: "cookie" } } : { kind: "none" };
}

/** The credential, or null for anonymous callers and refused tokens. */
export async function authenticate(req: NextRequest): Promise<Credential | null> {
  const result = await authenticateRequest(req);
  return result.kind === "credential" ? result.credential : null;
}
