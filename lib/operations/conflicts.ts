import "server-only";
import { AppError } from "@/lib/errors";
import { errorsOnly, type Issue } from "@/lib/net/issue";

/**
 * Findings that depend on Docker's current state (an overlap with an existing
 * network, a port another service holds) are conflicts: 409 with the details.
 */
export function throwConflicts(issues: Issue[], summary: string): void {
  const errors = errorsOnly(issues);
  if (errors.length === 0) return;
  throw new AppError(
    "conflict",
    `${summary}: ${errors.map((e) => e.message).join("; ")}`,
    errors.map(({ field, message }) => ({ field, message })),
  );
}

export const warningTexts = (issues: Issue[]): string[] =>
  issues.filter((i) => i.severity === "warning").map((i) => i.message);
