/**
 * One diagnostics finding, exactly as `GET /api/diagnostics` returns it (DESIGN.md):
 * `{ id, severity, title, detail, objects, fix: { text, commands } }`.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Finding = {
  /** Stable across runs for the same problem, e.g. `subnet-overlap:net-a:net-b`. */
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  /** Names of the networks, services and nodes involved. */
  objects: string[];
  fix: { text: string; commands: string[] };
};

export type DiagnosticsResponse = { findings: Finding[]; checkedAt: string };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; by id within a severity so the order is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.id.localeCompare(b.id),
  );
}

/** Findings by severity, every severity present (possibly empty), in display order. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of sortFindings(findings)) groups[f.severity].push(f);
  return groups;
}
