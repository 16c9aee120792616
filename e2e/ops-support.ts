import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { docker, dockerQuietly, inspect } from "./docker";
import { DOCKER_HOST } from "./support";

/**
 * Helpers for the ops-* specs. Two workers may run spec files side by side against one engine;
 * the ingress wizard, which replaces ingress and restarts engines, is tagged @exclusive and runs
 * alone after everything else (playwright.config.ts).
 */
// Shared with the other specs: e2e/docker.ts.
export { createService, IMAGE, removeService } from "./docker";

export const removeNetwork = (name: string): void => dockerQuietly(["network", "rm", name]);

export function exists(kind: "network" | "service", name: string): boolean {
  try {
    docker([kind, "inspect", name]);
    return true;
  } catch {
    return false;
  }
}

export type RawPort = {
  Protocol: string;
  TargetPort: number;
  PublishedPort?: number;
  PublishMode: string;
};

type RawService = {
  Version: { Index: number };
  Spec: {
    EndpointSpec?: { Mode?: string; Ports?: RawPort[] };
    TaskTemplate: { Networks?: { Target: string; Aliases?: string[] }[] };
    Labels?: Record<string, string>;
  };
};

export const serviceSpec = (name: string) => inspect<RawService>("service", name);

/**
 * What a refused change must leave untouched: the spec and its version. (Docker fills
 * `Endpoint` in asynchronously after a create, so the whole inspect can move by itself.)
 */
export const serviceState = (name: string) => {
  const { Spec, Version } = serviceSpec(name);
  return { Spec, Version };
};

/** The spec's ports as `published:target/protocol/mode` strings, sorted. */
export function specPorts(name: string): string[] {
  return (serviceSpec(name).Spec.EndpointSpec?.Ports ?? [])
    .map((p) => `${p.PublishedPort ?? ""}:${p.TargetPort}/${p.Protocol}/${p.PublishMode}`)
    .sort();
}

/** A port unlikely to be taken by the seed or another run. */
export function randomPort(): number {
  // Its own range below 30000 (Docker auto-assigns from 30000; wall and live specs use 20000-25999).
  return 26_000 + Math.floor(Math.random() * 4_000);
}

export function networkId(name: string): string {
  return inspect<{ Id: string }>("network", name).Id;
}

/**
 * Restarts the sandbox engine (scripts/sandbox.sh restart-daemon, falling back to `up`).
 * Needed by the ingress wizard test only: this sandbox kernel has no IPVS, so when ingress is
 * removed Docker cannot tear down the node's ingress sandbox ("Failed to delete firewall mark
 * rule in sbox ingress") and keeps a stale local copy of the old ingress until it restarts —
 * exactly what the wizard tells the admin to do on such a node.
 */
export function restartSandboxDaemon(): void {
  const cluster = process.env.SWARMNET_TEST_CLUSTER_SCRIPT;
  if (cluster) {
    // Every node keeps its stale copy of the old ingress: restart them all, one by one.
    execFileSync("bash", [cluster, "restart-nodes"], { stdio: "ignore", timeout: 240_000 });
  } else {
    const dir = DOCKER_HOST.replace(/^unix:\/\//, "").replace(/\/docker\.sock$/, "");
    const env = { ...process.env, SWARMNET_SANDBOX_DIR: dir };
    const run = (command: string) =>
      execFileSync("bash", ["scripts/sandbox.sh", command], {
        env,
        stdio: "ignore",
        timeout: 120_000,
      });
    try {
      run("restart-daemon");
    } catch {
      run("up");
    }
  }
  for (let i = 0; i < 60; i++) {
    try {
      docker(["info", "--format", "{{.Swarm.LocalNodeState}}"]);
      break;
    } catch {
      sleepSync(1_000);
    }
  }
  try {
    docker(["start", "demo-toolbox"]);
  } catch {
    // Not seeded here, or already running.
  }
}

export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Opens a page and waits for React to hydrate it (Next.js mounts its route announcer from an
 * effect), so that the first click or keystroke is not lost on server-rendered HTML.
 */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("#__next-route-announcer__").waitFor({ state: "attached" });
}
