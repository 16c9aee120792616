import { defineConfig } from "@playwright/test";
import { VIEWER_TOKEN } from "../../e2e/support";

/**
 * The wall benchmark (issue #11): first content and change → visible at 300 services.
 * Run by scripts/bench/wall-bench.sh, which sets the engine and the app directory (so the
 * same benchmark can run against an older build for a before/after comparison).
 */
const port = Number(process.env.SWARMNET_E2E_PORT ?? 3410);
const app = process.env.WALL_BENCH_APP_DIR ?? process.cwd();

export default defineConfig({
  testDir: ".",
  testMatch: "wall-first-content.bench.ts",
  workers: 1,
  timeout: 300_000,
  reporter: [["list"]],
  outputDir: "/tmp/swarmnet-wall-bench-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
  webServer: {
    command: `${app}/node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    cwd: app,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DOCKER_HOST: process.env.SWARMNET_TEST_DOCKER_HOST ?? "",
      SWARMNET_VIEWER_TOKEN: VIEWER_TOKEN,
      SWARMNET_ADMIN_TOKEN: "wall-bench-admin-token-0000-0000-0000",
      SWARMNET_AUDIT_LOG: "/tmp/swarmnet-wall-bench-audit.log",
    },
  },
});
