import type { AuditEntry } from "./types";

/**
 * Longest text kept per field. Path parameters and messages come from the caller, so without
 * a cap one request could write kilobytes; with it a line stays well under 4 kB.
 */
export const AUDIT_FIELD_CHARS = {
  operation: 64,
  target: 200,
  targetKeys: 4,
  cli: 1024,
  message: 512,
  userAgent: 200,
  address: 64,
} as const;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[+${text.length - max}]`;
}

/** The entry with every caller-controlled field cut to its cap. */
export function capEntry(entry: AuditEntry): AuditEntry {
  const c = AUDIT_FIELD_CHARS;
  const target = Object.fromEntries(
    Object.entries(entry.target)
      .slice(0, c.targetKeys)
      .map(([k, v]) => [truncate(k, 32), truncate(v, c.target)]),
  );
  return {
    ...entry,
    operation: truncate(entry.operation, c.operation),
    target,
    cli: entry.cli === null ? null : truncate(entry.cli, c.cli),
    ...(entry.message === undefined ? {} : { message: truncate(entry.message, c.message) }),
    ...(entry.userAgent === undefined ? {} : { userAgent: truncate(entry.userAgent, c.userAgent) }),
    ...(entry.address === undefined ? {} : { address: truncate(entry.address, c.address) }),
  };
}
