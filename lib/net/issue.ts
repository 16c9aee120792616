/**
 * One validation finding, shared by lib/net, lib/ports and the schemas so that forms and
 * route handlers show every rule's outcome the same way.
 * `field` is a dot path into the request body (`ipam.0.subnet`, `ports.2.published`).
 */
export type Severity = "error" | "warning";

export type Issue = { field: string; message: string; severity: Severity };

export function issueError(field: string, message: string): Issue {
  return { field, message, severity: "error" };
}

export function issueWarning(field: string, message: string): Issue {
  return { field, message, severity: "warning" };
}

/** Warnings never block a request; only errors do. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

export function errorsOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === "error");
}

export function warningsOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === "warning");
}
