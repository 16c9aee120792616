import { ensureTokens } from "@/lib/auth/tokens";
import { getEnv } from "@/lib/env";

/**
 * Runs once when the server starts (instrumentation.ts): validates the
 * environment (exiting when it is invalid, e.g. a token under 32 characters), and generates tokens that were not given, printing their login
 * links on the console only (never to a log file or a response).
 */
export function startup(): void {
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch (e) {
    // Refuse to start rather than serve errors (or weak tokens) until someone notices.
    console.error(`swarmnet: ${(e as Error).message}`);
    process.exit(1);
  }
  const { tokens, generated } = ensureTokens();
  const base = (process.env.SWARMNET_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(
    /\/$/,
    "",
  );
  if (generated.length > 0) {
    const lines = generated.map((role) => `  ${role.padEnd(6)} ${base}/?token=${tokens[role]}`);
    console.log(
      `\nswarmnet: generated ${generated.join(" and ")} token(s) for this run (set SWARMNET_ADMIN_TOKEN / SWARMNET_VIEWER_TOKEN to keep them):\n${lines.join("\n")}\n`,
    );
  }
  if (process.env.SWARMNET_READ_ONLY === "1" || process.env.SWARMNET_READ_ONLY === "true") {
    console.log("swarmnet: read-only mode (SWARMNET_READ_ONLY=1): every change is refused.");
  }
}
