import { t } from "@/lib/i18n/current";
import { type Issue, issueError } from "@/lib/net/issue";

/**
 * Swarm-scoped objects (overlay networks, ingress, services) are validated by SwarmKit's
 * controlapi `validateAnnotations`, not by the daemon's looser container-name rule
 * `^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`: the name must be a DNS label component (service names are
 * resolvable on the overlay), so no dots, no trailing "-"/"_", and at most 63 characters
 * (the DNS label limit). Checking the looser rule here would let names through that the
 * swarm manager then refuses with "name must be valid as a DNS name component".
 *
 * Written without nested quantifiers: the earlier `(?:[-_]*[A-Za-z0-9]+)*` backtracked
 * exponentially (a 31-character name followed by "!" took 4 s and blocked the whole server).
 * lib/security/regex-safety.test.ts runs every regex of the project against such inputs.
 */
export const SWARM_NAME_PATTERN = /^[a-zA-Z0-9](?:[-_a-zA-Z0-9]*[a-zA-Z0-9])?$/;
export const SWARM_NAME_MAX = 63;

/** The message to show for an invalid swarm object name, or null when it is valid. */
export function swarmNameError(name: string): string | null {
  if (name === "") return t().validation.nameRequired;
  if (name.length > SWARM_NAME_MAX) {
    return t().validation.nameTooLong(name.length, SWARM_NAME_MAX);
  }
  if (SWARM_NAME_PATTERN.test(name)) return null;
  if (name.includes(".")) return t().validation.nameDots;
  if (!/^[a-zA-Z0-9]/.test(name)) return t().validation.nameStart;
  if (!/[a-zA-Z0-9]$/.test(name)) return t().validation.nameEnd;
  return t().validation.nameChars;
}

export function isValidSwarmName(name: string): boolean {
  return swarmNameError(name) === null;
}

export type KeyValueResult = { ok: boolean; values: Record<string, string>; issues: Issue[] };

/**
 * Labels and driver options as typed in a textarea, one `key=value` per line. Blank lines are
 * skipped; the value is everything after the first "=" (values may contain "="). Unlike the
 * docker CLI, a bare `key` is refused: an accidental missing "=" would silently mean "".
 */
export function parseKeyValues(lines: string[], fieldName = "labels"): KeyValueResult {
  const values: Record<string, string> = {};
  const firstLine = new Map<string, number>();
  const issues: Issue[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const at = `${fieldName}.${index}`;
    const equals = line.indexOf("=");
    if (equals < 0) {
      issues.push(issueError(at, t().validation.notKeyValue(line, line.trim())));
      continue;
    }
    const key = line.slice(0, equals).trim();
    if (key === "") {
      issues.push(issueError(at, t().validation.emptyKey(line)));
      continue;
    }
    if (/\s/.test(key)) {
      issues.push(issueError(at, t().validation.keyWhitespace(key)));
      continue;
    }
    const previous = firstLine.get(key);
    if (previous !== undefined) {
      issues.push(issueError(at, t().validation.duplicateLineKey(key, previous + 1)));
      continue;
    }
    firstLine.set(key, index);
    values[key] = line.slice(equals + 1);
  }
  return { ok: issues.length === 0, values, issues };
}
