import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
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
