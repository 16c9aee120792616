/**
 * The wall's URL: `/wall?stack=a,b&network=n&service=web-*&period=15&theme=light`
 * (DESIGN.md). The older `?networks=` and `?rotate=` still work as aliases, so
 * TVs bookmarked before keep their view. Pure; tested beside it.
 */
export type WallTheme = "dark" | "light";

export type WallOptions = {
  /** Stack namespaces (`com.docker.stack.namespace`) to show; null: every one, and none. */
  stacks: string[] | null;
  /** Network names or ids (`*` wildcards); null: every overlay. */
  networks: string[] | null;
  /** Service names or ids (`*` wildcards); null: every service. */
  services: string[] | null;
  /** Seconds per page when the wall rotates; null: the default for the page count. */
  period: number | null;
  theme: WallTheme;
};

type SearchParams = Record<string, string | string[] | undefined>;

const MIN_PERIOD = 2;
const MAX_PERIOD = 3600;

/** Every value of every given key, comma-split: `?stack=a&stack=b,c` → [a, b, c]. */
function list(params: SearchParams, ...keys: string[]): string[] | null {
  const values = keys
    .flatMap((k) => {
      const v = params[k];
      return Array.isArray(v) ? v : v === undefined ? [] : [v];
    })
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return values.length > 0 ? [...new Set(values)] : null;
}

function firstOf(params: SearchParams, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = params[k];
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Anything unreadable falls back to the default: a TV cannot show a form error to anyone. */
export function parseWallOptions(params: SearchParams): WallOptions {
  const period = Number(firstOf(params, "period", "rotate"));
  return {
    stacks: list(params, "stack", "stacks"),
    networks: list(params, "network", "networks"),
    services: list(params, "service", "services"),
    period:
      Number.isFinite(period) && period >= MIN_PERIOD
        ? Math.min(Math.round(period), MAX_PERIOD)
        : null,
    theme: firstOf(params, "theme") === "light" ? "light" : "dark",
  };
}

/**
 * `web-*` style patterns: `*` matches any run of characters, everything else is
 * literal. Matched without a RegExp (a URL-supplied `*a*a*a…` pattern must not
 * backtrack): the pieces between stars are found in order, leftmost first,
 * which is exact for patterns whose only wildcard is `*`.
 */
export function globMatch(pattern: string, value: string): boolean {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pattern === value;
  const first = pieces[0] ?? "";
  const last = pieces[pieces.length - 1] ?? "";
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = value.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

export function matchesAny(patterns: readonly string[], ...values: string[]): boolean {
  return patterns.some((p) => values.some((v) => globMatch(p, v)));
}

/** True when any filter is set: the wall then shows one team's part of the swarm. */
export const isFiltered = (o: WallOptions) =>
  o.stacks !== null || o.networks !== null || o.services !== null;
