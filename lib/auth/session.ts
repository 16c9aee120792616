import { constantTimeEqual, hmac } from "./crypto";
import { ROLES, type Role, SESSION_MAX_AGE_S } from "./roles";

/**
 * A session cookie is `role.issuedAt.signature`, signed with a key derived from
 * both tokens: rotating either token ends every session.
 */
export type Tokens = { admin: string; viewer: string };

const signingKey = (t: Tokens) => `swarmnet-session:${t.admin}:${t.viewer}`;

export async function signSession(role: Role, tokens: Tokens, now = Date.now()): Promise<string> {
  const payload = `${role}.${Math.floor(now / 1000)}`;
  return `${payload}.${await hmac(signingKey(tokens), payload)}`;
}

export async function verifySession(
  value: string | undefined,
  tokens: Tokens,
  now = Date.now(),
): Promise<Role | null> {
  if (!value) return null;
  const [role, issued, signature] = value.split(".");
  if (!role || !issued || !signature || !(ROLES as readonly string[]).includes(role)) return null;
  const expected = await hmac(signingKey(tokens), `${role}.${issued}`);
  if (!constantTimeEqual(signature, expected)) return null;
  const age = Math.floor(now / 1000) - Number(issued);
  if (!Number.isFinite(age) || age < 0 || age > SESSION_MAX_AGE_S) return null;
  return role as Role;
}

/** Which role a presented token grants, compared in constant time against both. */
export function roleForToken(token: string | null | undefined, tokens: Tokens): Role | null {
  if (!token) return null;
  const admin = constantTimeEqual(token, tokens.admin);
  const viewer = constantTimeEqual(token, tokens.viewer);
  return admin ? "admin" : viewer ? "viewer" : null;
}
