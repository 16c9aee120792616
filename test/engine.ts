import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * For *.engine.test.ts: the sandbox engine npm test started. Never a user's
 * daemon: the test runner sets SWARMNET_TEST_DOCKER_HOST only for its own engine.
 */
export function selectTestEngine(): string {
  const host = process.env.SWARMNET_TEST_DOCKER_HOST;
  if (!host) throw new Error("SWARMNET_TEST_DOCKER_HOST is not set: run through npm test");
  process.env.DOCKER_HOST = host;
  return host;
}

/** Runs the docker CLI against the test engine (for setting up state in tests). */
export function dockerCli(args: string[]): string {
  const host = selectTestEngine();
  // The Debian client matches the sandbox engine; another may sit earlier on PATH.
  const cli = existsSync("/usr/bin/docker") ? "/usr/bin/docker" : "docker";
  return execFileSync(cli, ["-H", host, ...args], { encoding: "utf8" }).trim();
}
