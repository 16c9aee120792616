/** One line per mutation attempt: who, what, the docker equivalent, and how it ended. */
export type AuditEntry = {
  time: string;
  role: "admin" | "viewer" | "anonymous";
  operation: string;
  target: Record<string, string>;
  cli: string | null;
  status: number;
  result: "ok" | "refused" | "failed";
  message?: string;
};
