import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { MAX_STREAMS_PER_CLIENT } from "@/lib/security/connection-cap";

export const MIN_TOKEN_CHARS = 32;

/** "1"/"true" on, "0"/"false"/empty/unset off; anything else is a typo worth refusing. */
const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** In linear time (an anchored /\/+$/ is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end--;
  return url.slice(0, end);
}

const token = z.string().min(MIN_TOKEN_CHARS, `must be at least ${MIN_TOKEN_CHARS} characters`);

/**
 * Every environment variable the server reads, validated once. Nothing else in the
 * server reads process.env (instrumentation.ts's NEXT_RUNTIME aside: Next.js sets it, and
 * it decides whether this module may load at all).
 */
const envSchema = z.object({
  NODE_ENV: z.string().default("production"),
  DOCKER_HOST: z.string().default("unix:///var/run/docker.sock"),
  DOCKER_TLS_VERIFY: z.string().optional(),
  DOCKER_CERT_PATH: z.string().optional(),
  /** Milliseconds before a Docker call is abandoned and reported as unavailable. */
  SWARMNET_DOCKER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * Per-node engines for facts a manager cannot give (docker_gwbridge, local network
   * copies): "hostname-or-node-id=unix:///path.sock,other=tcp://host:2376", and/or
   * "*=tcp://tasks.proxy:2375": every address behind that name, matched to its node by
   * asking it (lib/docker/discovery.ts).
   */
  SWARMNET_NODE_ENDPOINTS: z.string().default(""),
  /**
   * Image of the connectivity probe (busybox: sh, nslookup, nc, timeout). It is never pulled
   * by swarmnet: the nodes need it locally or from their registry.
   */
  SWARMNET_PROBE_IMAGE: z.string().min(1).default("busybox:stable"),
  /**
   * This server's own swarm node (a stack sets it to {{.Node.ID}}). When DOCKER_HOST names
   * several engines (one socket proxy per manager), the one on this node is used.
   */
  SWARMNET_NODE_ID: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** At least 32 characters: with the login limits, guessing one is out of reach. */
  SWARMNET_ADMIN_TOKEN: token.optional(),
  SWARMNET_VIEWER_TOKEN: token.optional(),
  /** Files holding the tokens (Docker secrets: /run/secrets/…), when the variables are unset. */
  SWARMNET_ADMIN_TOKEN_FILE: z.string().optional(),
  SWARMNET_VIEWER_TOKEN_FILE: z.string().optional(),
  /** JSON lines, one per mutation attempt. */
  SWARMNET_AUDIT_LOG: z.string().default(".swarmnet/audit.log"),
  /** Also write each audit line to stdout (`docker service logs`). */
  SWARMNET_AUDIT_STDOUT: flag,
  /** The audit log is rotated to `<file>.1` when it would grow past this many bytes. */
  SWARMNET_AUDIT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(10 * 1024 * 1024),
  /** Open event streams one client address may hold (lib/security/connection-cap.ts). */
  SWARMNET_MAX_STREAMS_PER_CLIENT: z.coerce
    .number()
    .int()
    .positive()
    .default(MAX_STREAMS_PER_CLIENT),
  SWARMNET_READ_ONLY: flag,
  /** Behind a reverse proxy that sets X-Forwarded-For (lib/auth/client-address.ts). */
  SWARMNET_TRUST_PROXY: flag,
  /** Set by server.mjs: it writes each request's socket address into a header. */
  SWARMNET_SOCKET_ADDRESS_HEADER: flag,
  /** Base URL of the login links; https:// makes the session cookie Secure. */
  // Empty is unset: a stack file passes ${SWARMNET_PUBLIC_URL:-} through as "".
  SWARMNET_PUBLIC_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+/, "must be an http:// or https:// URL")
      .transform(withoutTrailingSlashes)
      .optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

type Source = Record<string, string | undefined>;

/** VAR from the environment, else the contents of VAR_FILE (a Docker secret), trimmed. */
function withFileTokens(source: Source, read: (file: string) => string): Source {
  const out = { ...source };
  for (const name of ["SWARMNET_ADMIN_TOKEN", "SWARMNET_VIEWER_TOKEN"]) {
    const file = source[`${name}_FILE`];
    if (!file) continue;
    if (source[name]) throw new Error(`  ${name}: set either ${name} or ${name}_FILE, not both`);
    try {
      out[name] = read(file).trim();
    } catch (e) {
      throw new Error(`  ${name}_FILE: cannot read ${file}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Pure: validates a given environment (tests pass their own). */
export function parseEnv(
  source: Source,
  read: (file: string) => string = (f) => readFileSync(f, "utf8"),
): Env {
  const parsed = envSchema.safeParse(withFileTokens(source, read));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    try {
      cached = parseEnv(process.env);
    } catch (e) {
      const message = (e as Error).message;
      throw new Error(message.startsWith("Invalid") ? message : `Invalid environment:\n${message}`);
    }
  }
  return cached;
}

/** Tests that change process.env between cases call this; the server never does. */
export function resetEnv(): void {
  cached = undefined;
}

/**
 * Tokens generated at start are kept in process.env: the proxy and the route handlers
 * are separate bundles (each with its own copy of this module), and the environment is
 * what they share. Called once, at start, before any request.
 */
export function publishGeneratedTokens(tokens: { admin?: string; viewer?: string }): void {
  if (tokens.admin) process.env.SWARMNET_ADMIN_TOKEN = tokens.admin;
  if (tokens.viewer) process.env.SWARMNET_VIEWER_TOKEN = tokens.viewer;
  // The _FILE variables were not set (or the tokens would not be generated): nothing to clear.
  resetEnv();
}

/** Is this a development server (next dev)? */
export const isDevelopment = () => getEnv().NODE_ENV !== "production";
