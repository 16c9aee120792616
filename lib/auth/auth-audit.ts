import "server-only";
import { audit } from "@/lib/audit/log";
import type { AuditEntry } from "@/lib/audit/types";
import type { TokenCheck } from "./token-check";

type Via = "login" | "token-link" | "bearer";
type Origin = { address: string; userAgent: string };

const OPERATION: Record<Via, string> = {
  login: "auth.login",
  "token-link": "auth.token-link",
  bearer: "auth.bearer",
};

function line(via: Via, origin: Origin, fields: Partial<AuditEntry>): AuditEntry {
  return {
    time: new Date().toISOString(),
    role: "anonymous",
    via,
    ...origin,
    operation: OPERATION[via],
    target: {},
    cli: null,
    status: 401,
    result: "refused",
    ...fields,
  };
}

/**
 * Sign-ins, wrong tokens and the start of a lockout. Requests turned away while locked are
 * not written one by one (the lockout line says how long it lasts), and neither are Bearer
 * calls with the right token (every script call would be a line; mutations write their own).
 */
export async function auditTokenCheck(via: Via, check: TokenCheck, origin: Origin): Promise<void> {
  if (check.ok) {
    if (via !== "bearer")
      await audit(line(via, origin, { role: check.role, status: 200, result: "ok" }));
    return;
  }
  if (check.locked) return;
  await audit(line(via, origin, { message: "wrong token" }));
  if (check.outcome === "counted") return;
  const who = check.outcome === "global-locked" ? "every client" : `address ${origin.address}`;
  await audit(
    line(via, origin, {
      operation: "auth.lockout",
      status: 429,
      result: "locked",
      message: `too many wrong tokens: token checks for ${who} wait for the rest of the window`,
    }),
  );
}
