/**
 * One line of the audit log. A mutation writes an `attempt` line before Docker is called and a
 * result line (`ok`, `failed`, …) after, both with the same `id`; refusals and sign-ins write
 * one line. Lines written before these fields existed lack them, hence the optionals.
 */
export type AuditEntry = {
  time: string;
  /** Shared by the attempt and the result line of one request. */
  id?: string;
  role: "admin" | "viewer" | "anonymous";
  /** How the caller proved who they are. */
  via?: "cookie" | "bearer" | "login" | "token-link" | null;
  /** The client's address (the socket's, or the trusted proxy's last hop). */
  address?: string;
  userAgent?: string;
  operation: string;
  target: Record<string, string>;
  cli: string | null;
  /** null on an attempt line: the answer is not known yet. */
  status: number | null;
  result: "attempt" | "ok" | "refused" | "failed" | "locked";
  message?: string;
  /** On summary lines: how many requests the line stands for (e.g. anonymous refusals). */
  count?: number;
};
