import { ensureTokens } from "@/lib/auth/tokens";
import { type Env, getEnv } from "@/lib/env";

/**
 * Runs once when the server starts (instrumentation.ts): validates the environment
 * (exiting when it is invalid, e.g. a token under 32 characters or an unreadable token
 * file), and generates tokens that were not given, printing their login links on the
 * console only (never to a log file or a response).
 */
export function startup(): void {
  let env: Env;
  try {
    env = getEnv();
  } catch (e) {
    // Refuse to start rather than serve errors (or weak tokens) until someone notices.
    console.error(`swarmnet: ${(e as Error).message}`);
    process.exit(1);
  }
  const { tokens, generated } = ensureTokens();
  const base = env.SWARMNET_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  if (generated.length > 0) {
    const lines = generated.map((role) => `  ${role.padEnd(6)} ${base}/?token=${tokens[role]}`);
    console.log(
      `\nswarmnet: generated ${generated.join(" and ")} token(s) for this run (set SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN, or their _FILE, to keep them):\n${lines.join("\n")}\n`,
    );
  }
  if (env.SWARMNET_READ_ONLY) {
    console.log("swarmnet: read-only mode (SWARMNET_READ_ONLY=1): every change is refused.");
  }
}
