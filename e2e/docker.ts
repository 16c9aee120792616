import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect } from "@playwright/test";
import { DOCKER_HOST } from "./support";

const CLI = existsSync("/usr/bin/docker") ? "/usr/bin/docker" : "docker";

/** Runs the docker CLI against the sandbox engine the suite was started with. */
export function docker(args: string[]): string {
  if (!DOCKER_HOST) throw new Error("SWARMNET_TEST_DOCKER_HOST is not set");
  return execFileSync(CLI, ["-H", DOCKER_HOST, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** Runs a CLI line as the product printed it (`docker …`), against the sandbox engine. */
export function runCliLine(line: string): string {
  if (!line.startsWith("docker ")) throw new Error(`not a docker command: ${line}`);
  return execFileSync("bash", ["-c", `${CLI} -H ${DOCKER_HOST} ${line.slice("docker ".length)}`], {
    encoding: "utf8",
  }).trim();
}

export function inspect<T = unknown>(kind: "network" | "service", name: string): T {
  return (JSON.parse(docker([kind, "inspect", name])) as T[])[0] as T;
}

/** A unique name per test run, so reruns and parallel workers never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** The address the dashboard's engine (node 1) advertises to the swarm. */
export function engineAddr(): string {
  return docker(["info", "--format", "{{.Swarm.NodeAddr}}"]);
}

/** The image the sandbox engines import from busybox-static (never pulled). */
export const IMAGE = "swarmnet/busybox:latest";

/** A throwaway service (one at a time: a burst stalls Swarm's bulk sync). */
export function createService(
  name: string,
  args: string[] = [],
  command: string[] = ["sleep", "1d"],
): void {
  docker([
    "service",
    "create",
    "--detach",
    "--quiet",
    "--no-resolve-image",
    "--name",
    name,
    ...args,
    IMAGE,
    ...command,
  ]);
}

export const removeService = (name: string): void => dockerQuietly(["service", "rm", name]);

/** Runs a docker command whose failure does not matter (removing what may already be gone). */
export function dockerQuietly(args: string[]): void {
  try {
    docker(args);
  } catch {
    // Already gone.
  }
}

/** Removes a network or service, retrying while Docker still releases a task's endpoint. */
export async function removeEventually(kind: "network" | "service", name: string): Promise<void> {
  await expect
    .poll(
      () => {
        try {
          docker([kind, "rm", name]);
          return "gone";
        } catch (e) {
          return /not found|No such/i.test(String(e)) ? "gone" : String(e);
        }
      },
      { timeout: 30_000 },
    )
    .toBe("gone");
}
