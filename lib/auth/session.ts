import { constantTimeEqual, hmac, randomToken } from "./crypto";
import { ROLES, type Role, SESSION_MAX_AGE_S } from "./roles";

/**
 * A session cookie is `role.issuedAt.sessionId.signature`, signed with a key derived from
 * both tokens: rotating either token ends every session, and logging out revokes one session
 * by its id (lib/auth/revocation.ts).
 */
export type Tokens = { admin: string; viewer: string };

export type Session = { role: Role; id: string; issued: number };

const signingKey = (t: Tokens) => `swarmnet-session:${t.admin}:${t.viewer}`;

export async function signSession(
  role: Role,
  tokens: Tokens,
  now = Date.now(),
  id = randomToken(12),
): Promise<string> {
  const payload = `${role}.${Math.floor(now / 1000)}.${id}`;
  return `${payload}.${await hmac(signingKey(tokens), payload)}`;
}

/** The session a cookie carries, if it is ours, unexpired and untampered (revocation aside). */
export async function readSession(
  value: string | undefined,
  tokens: Tokens,
  now = Date.now(),
): Promise<Session | null> {
  if (!value) return null;
  const [role, issued, id, signature, ...rest] = value.split(".");
  if (!role || !issued || !id || !signature || rest.length > 0) return null;
  if (!(ROLES as readonly string[]).includes(role)) return null;
  const expected = await hmac(signingKey(tokens), `${role}.${issued}.${id}`);
  if (!constantTimeEqual(signature, expected)) return null;
  const age = Math.floor(now / 1000) - Number(issued);
  if (!Number.isFinite(age) || age < 0 || age > SESSION_MAX_AGE_S) return null;
  return { role: role as Role, id, issued: Number(issued) };
}

export async function verifySession(
  value: string | undefined,
  tokens: Tokens,
  now = Date.now(),
  isRevoked: (id: string) => boolean = () => false,
): Promise<Role | null> {
  const session = await readSession(value, tokens, now);
  return session && !isRevoked(session.id) ? session.role : null;
}

/** Which role a presented token grants, compared in constant time against both. */
export function roleForToken(token: string | null | undefined, tokens: Tokens): Role | null {
  if (!token) return null;
  const admin = constantTimeEqual(token, tokens.admin);
  const viewer = constantTimeEqual(token, tokens.viewer);
  return admin ? "admin" : viewer ? "viewer" : null;
}
