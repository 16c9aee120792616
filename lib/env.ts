import "server-only";
import { z } from "zod";
import { MAX_STREAMS_PER_CLIENT } from "@/lib/security/connection-cap";

export const MIN_TOKEN_CHARS = 32;

/**
 * Every environment variable the server reads, validated once.
 * Nothing else in the tree reads process.env directly.
 */
const envSchema = z.object({
  DOCKER_HOST: z.string().default("unix:///var/run/docker.sock"),
  DOCKER_TLS_VERIFY: z.string().optional(),
  DOCKER_CERT_PATH: z.string().optional(),
  /** Milliseconds before a Docker call is abandoned and reported as unavailable. */
  SWARMNET_DOCKER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * Per-node engines for facts a manager cannot give (docker_gwbridge, local network
   * copies): "hostname-or-node-id=unix:///path.sock,other=tcp://host:2376".
   */
  SWARMNET_NODE_ENDPOINTS: z.string().default(""),
  /**
   * Image of the connectivity probe (busybox: sh, nslookup, nc, timeout). It is never pulled
   * by swarmnet: the nodes need it locally or from their registry.
   */
  SWARMNET_PROBE_IMAGE: z.string().min(1).default("busybox:stable"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** At least 32 characters: with the login limits, guessing one is out of reach. */
  SWARMNET_ADMIN_TOKEN: z.string().min(MIN_TOKEN_CHARS).optional(),
  SWARMNET_VIEWER_TOKEN: z.string().min(MIN_TOKEN_CHARS).optional(),
  /** JSON lines, one per mutation attempt. */
  SWARMNET_AUDIT_LOG: z.string().default(".swarmnet/audit.log"),
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
  SWARMNET_READ_ONLY: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
