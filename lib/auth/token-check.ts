import { type FailOutcome, type LoginLimiter, loginLimiter } from "./rate-limit";
import type { Role } from "./roles";
import { roleForToken, type Tokens } from "./session";
import { currentTokens } from "./tokens";

export type TokenCheck =
  | { ok: true; role: Role }
  | { ok: false; locked: true; retryAfter: number }
  | { ok: false; locked: false; outcome: FailOutcome };

type Options = {
  limiter?: LoginLimiter;
  tokens?: Tokens;
  /**
   * Whether a right token clears the address's failures. Yes for people signing in; no for
   * Bearer calls, which scripts repeat all day: each one would otherwise reset the count of a
   * guesser that shares their address.
   */
  clearOnSuccess?: boolean;
};

/**
 * One presented token (login form, `?token=` link, `Authorization: Bearer`), under the
 * per-address and global limits: a locked address is not even compared, a wrong token counts.
 */
export function checkToken(
  token: string | null | undefined,
  address: string,
  { limiter = loginLimiter, tokens = currentTokens(), clearOnSuccess = true }: Options = {},
): TokenCheck {
  const wait = limiter.retryAfter(address);
  if (wait > 0) return { ok: false, locked: true, retryAfter: wait };
  const role = roleForToken(token, tokens);
  if (!role) return { ok: false, locked: false, outcome: limiter.fail(address) };
  if (clearOnSuccess) limiter.succeed(address);
  return { ok: true, role };
}
