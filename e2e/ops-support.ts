import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { type Page, test } from "@playwright/test";
import { docker, inspect } from "./docker";
import { DOCKER_HOST } from "./support";

/**
 * Helpers for the ops-* specs. Two workers may run spec files side by side against one engine.
 * The ingress wizard (ops-ingress-wizard.spec.ts) replaces ingress, rewrites services' ports and,
 * on this sandbox kernel, restarts the engine; so it takes this lock exclusively, and every other
 * ops test takes it shared (beforeEach/afterEach below): they never overlap with the wizard.
 */
const LOCK_DIR = `/tmp/swarmnet-e2e-ops-${DOCKER_HOST.replace(/[^A-Za-z0-9]+/g, "_")}`;
const WRITER = `${LOCK_DIR}/writer`;
const READERS = `${LOCK_DIR}/readers`;
const STALE_MS = 10 * 60_000;

const isStale = (path: string) => {
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 250));

function liveReaders(): string[] {
  mkdirSync(READERS, { recursive: true });
  return readdirSync(READERS).filter((name) => {
    const path = `${READERS}/${name}`;
    if (!isStale(path)) return true;
    rmSync(path, { force: true });
    return false;
  });
}

/** Shared hold: returns the release function. A killed run's hold expires after 10 minutes. */
export async function holdShared(waitMs = 240_000): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  mkdirSync(READERS, { recursive: true });
  const me = `${READERS}/${process.pid}-${Math.random().toString(36).slice(2)}`;
  for (;;) {
    if (isStale(WRITER)) rmSync(WRITER, { recursive: true, force: true });
    // Announce first, then look: a writer that arrives in between sees us and waits.
    writeFileSync(me, "");
    if (!existsSync(WRITER)) return () => rmSync(me, { force: true });
    rmSync(me, { force: true });
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${WRITER}`);
    await pause();
  }
}

/** Exclusive hold for the ingress wizard: waits for the other ops tests to finish. */
export async function withIngressLock<T>(fn: () => Promise<T>, waitMs = 240_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  mkdirSync(LOCK_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(WRITER);
      break;
    } catch {
      if (isStale(WRITER)) rmSync(WRITER, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${WRITER}`);
      await pause();
    }
  }
  try {
    while (liveReaders().length > 0) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${READERS} to empty`);
      await pause();
    }
    return await fn();
  } finally {
    rmSync(WRITER, { recursive: true, force: true });
  }
}

export const IMAGE = "swarmnet/busybox:latest";

/** A throwaway service (one at a time: a burst stalls Swarm's bulk sync). */
export function createService(name: string, args: string[] = []): void {
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
    "sleep",
    "1d",
  ]);
}

export function removeService(name: string): void {
  try {
    docker(["service", "rm", name]);
  } catch {
    // Already gone.
  }
}

export function removeNetwork(name: string): void {
  try {
    docker(["network", "rm", name]);
  } catch {
    // Already gone.
  }
}

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

/** Every non-wizard ops spec calls this once: each test holds the lock shared. */
export function shareIngressLock(): void {
  let release: (() => void) | null = null;
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from this pattern
  test.beforeEach(async ({}, testInfo) => {
    testInfo.setTimeout(testInfo.timeout + 240_000);
    release = await holdShared();
  });
  test.afterEach(() => {
    release?.();
    release = null;
  });
}

/**
 * Opens a page and waits for React to hydrate it (Next.js mounts its route announcer from an
 * effect), so that the first click or keystroke is not lost on server-rendered HTML.
 */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("#__next-route-announcer__").waitFor({ state: "attached" });
}
