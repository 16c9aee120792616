import type { Role } from "@/lib/auth/roles";

/**
 * What viewers and the wall see instead of a secret. Labels and driver options often carry
 * credentials (Traefik `…basicauth.users=admin:$apr1$…`, `…password=…`), and the Docker
 * endpoint says where the engine can be reached; admins see everything, viewers not these.
 * Pure and shape-agnostic: it works on a whole snapshot, one DTO, a list of them, or a live
 * patch of any of those, so every path to a viewer can go through it.
 */
export const REDACTED = "[redacted]";

/** Key words that suggest a secret, anywhere in a label key, whatever the case. */
const SECRET_KEY =
  /auth|pass|pwd|secret|token|key|cred|private|cert|signature|salt|session|cookie|bearer|jwt|htpasswd|dsn|api[-_.]?key/i;

/** Password hashes (htpasswd, crypt) and credentials in URLs, whatever the key says. */
const SECRET_VALUE = /\$(?:apr1|2[abxy]?|1|5|6|argon2(?:id|i|d)?|y)\$|:\/\/[^/\s:@]+:[^/\s@]+@/i;

export function isSecretLabelKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function isSecretLabelValue(value: string): boolean {
  return SECRET_VALUE.test(value);
}

type StringRecord = Record<string, string>;

/** Labels (or driver options) with every secret-looking value replaced. */
export function redactLabels(labels: StringRecord): StringRecord {
  const out: StringRecord = {};
  for (const [key, value] of Object.entries(labels)) {
    out[key] = isSecretLabelKey(key) || isSecretLabelValue(value) ? REDACTED : value;
  }
  return out;
}

type Labelled = { labels?: StringRecord | undefined };

export function redactService<T extends Labelled>(service: T): T {
  return service.labels ? { ...service, labels: redactLabels(service.labels) } : service;
}

export function redactContainer<T extends Labelled>(container: T): T {
  return redactService(container);
}

export function redactNetwork<T extends Labelled & { options?: StringRecord | undefined }>(
  network: T,
): T {
  const out = redactService(network);
  return network.options ? { ...out, options: redactLabels(network.options) } : out;
}

type NodeLike = Labelled & {
  facts?: { gwbridge?: { options?: StringRecord } | null } | null;
};

export function redactNode<T extends NodeLike>(node: T): T {
  const out = redactService(node);
  const gwbridge = node.facts?.gwbridge;
  if (!gwbridge?.options || !node.facts) return out;
  return {
    ...out,
    facts: { ...node.facts, gwbridge: { ...gwbridge, options: redactLabels(gwbridge.options) } },
  };
}

/** The engine the dashboard talks to: its endpoint (DOCKER_HOST) is for admins. */
export function redactEngine<T extends { host?: string }>(engine: T): T {
  return engine.host === undefined ? engine : { ...engine, host: REDACTED };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isStringRecord = (v: unknown): v is StringRecord =>
  isRecord(v) && Object.values(v).every((x) => typeof x === "string");

/** `engine` objects are recognised by shape, so a bare engine patch is caught too. */
const looksLikeEngine = (v: Record<string, unknown>) =>
  typeof v.host === "string" && "apiVersion" in v && "swarmState" in v;

function hideStrings(text: string, hidden: readonly string[]): string {
  let out = text;
  for (const h of hidden) if (h !== "" && out.includes(h)) out = out.split(h).join(REDACTED);
  return out;
}

/**
 * Any payload for a viewer: every `labels` and `options` record redacted at any depth, the
 * engine endpoint removed, and each `hidden` string (DOCKER_HOST, node endpoints) cut out of
 * every text, error messages included.
 */
export function redactForViewer<T>(value: T, hidden: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return hidden.length > 0 ? hideStrings(v, hidden) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (!isRecord(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(v)) {
      out[key] =
        (key === "labels" || key === "options") && isStringRecord(child)
          ? redactLabels(walk(child) as StringRecord)
          : walk(child);
    }
    if (looksLikeEngine(out)) out.host = REDACTED;
    return out;
  };
  return walk(value) as T;
}

/** The payload as `role` may see it: unchanged for admins, redacted for everyone else. */
export function redactPayload<T>(value: T, role: Role | null, hidden: readonly string[] = []): T {
  return role === "admin" ? value : redactForViewer(value, hidden);
}

/** A whole snapshot (or any part of one) for `role`. */
export function redactSnapshot<T>(
  snapshot: T,
  role: Role | null,
  hidden: readonly string[] = [],
): T {
  return redactPayload(snapshot, role, hidden);
}
