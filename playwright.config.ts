import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import {
  ADMIN_STATE,
  ADMIN_TOKEN,
  E2E_PORT,
  UNREACHABLE_DOCKER_HOST,
  VIEWER_TOKEN,
} from "./e2e/support";

/**
 * End-to-end tests against the real sandbox engine that scripts/test-e2e.sh
 * starts and seeds. Playwright cannot download its browser here: it drives the
 * system Chromium (Debian's `chromium`), or CHROMIUM_PATH on other machines.
 */
const port = E2E_PORT;
const dockerHost = process.env.SWARMNET_TEST_DOCKER_HOST;
if (!dockerHost)
  throw new Error("SWARMNET_TEST_DOCKER_HOST is not set: run the e2e tests with npm run test:e2e");

const server = (p: number, env: Record<string, string>) => ({
  // server.mjs (npm start) gives route handlers the socket address for per-client limits.
  command: `node server.mjs -p ${p} -H 127.0.0.1`,
  url: `http://127.0.0.1:${p}/api/health`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    SWARMNET_ADMIN_TOKEN: ADMIN_TOKEN,
    SWARMNET_VIEWER_TOKEN: VIEWER_TOKEN,
    SWARMNET_AUDIT_LOG: `.swarmnet/e2e/audit-${p}.log`,
    // Each node's own engine, for per-node facts (set by scripts/test-e2e.sh for the cluster).
    SWARMNET_NODE_ENDPOINTS: process.env.SWARMNET_TEST_NODE_ENDPOINTS ?? "",
    // The image the test cluster imported into every node (scripts/cluster.sh probe-image).
    SWARMNET_PROBE_IMAGE: process.env.SWARMNET_TEST_PROBE_IMAGE ?? "swarmnet/busybox:latest",
    ...env,
  },
});

const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1600, height: 1000 } };

export default defineConfig({
  globalSetup: "./e2e/global-setup.ts",
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores here: one worker per core, at most two (the engine is shared).
  workers: Math.min(2, os.availableParallelism()),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: process.env.SWARMNET_E2E_OUTPUT ?? "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    storageState: ADMIN_STATE,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: desktop, grepInvert: /@exclusive/ },
    // Tests that disturb the shared engine for everyone (a dockerd restart, replacing the
    // ingress network) run alone, after all the others.
    { name: "exclusive", use: desktop, grep: /@exclusive/, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: [
    server(port, { DOCKER_HOST: dockerHost }),
    // The same build pointed at a socket that does not exist: the "cannot reach Docker" paths.
    server(port + 1, { DOCKER_HOST: UNREACHABLE_DOCKER_HOST }),
    // The same engine with every change turned off.
    // (It also trusts X-Forwarded-For, so the per-address login limit can be tested on it.)
    server(port + 2, {
      DOCKER_HOST: dockerHost,
      SWARMNET_READ_ONLY: "1",
      SWARMNET_TRUST_PROXY: "1",
    }),
  ],
});
