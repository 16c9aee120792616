import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { createService, docker, uniqueName } from "./docker";
import { removeQuietly, restartEngineCommand } from "./live-support";
import { VIEWER_STATE } from "./support";

// The wall display: read-only, fits the screen, live, honest when it is not, and it
// recovers from an engine restart by itself. Opened as a viewer, as the TV would be.
test.use({ storageState: VIEWER_STATE });

const SHOTS = "test-results/wall";

// The wall's own objects, so its checks do not depend on what other specs do to the seed.
const NET = uniqueName("live-wall-net");
const SVC = uniqueName("live-wall-svc");
// Below 30000: Docker assigns ports for "target only" publishing from 30000-32767.
const PORT = 20_000 + Math.floor(Math.random() * 2_000);

test.beforeAll(() => {
  docker([
    "network",
    "create",
    "-d",
    "overlay",
    "--opt",
    "encrypted",
    // No fixed subnet: a node's stale copy of a removed network keeps its pool for a while
    // ("Pool overlaps with other one on this address space"), so reruns must not reuse one.
    NET,
  ]);
  createService(SVC, [
    "--network",
    NET,
    "--publish",
    `${PORT}:80`,
    "--publish",
    `published=${PORT + 1},target=514,protocol=udp,mode=host`,
  ]);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await removeQuietly("service", [SVC]);
  await removeQuietly("network", [NET]);
});

async function openWall(page: Page, query = "") {
  await page.goto(`/wall${query}`);
  await expect(page.getByRole("status", { name: "Live updates" })).toHaveAttribute(
    "data-live-state",
    "live",
  );
}

const fitsScreen = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollHeight <= window.innerHeight &&
      document.documentElement.scrollWidth <= window.innerWidth,
  );

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the wall at ${width}×${height}: topology, no scrolling, no controls, no secrets`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await openWall(page);
    const table = page.getByRole("table", { name: "Swarm network topology" });
    await expect(table.getByRole("columnheader", { name: "ingress" })).toContainText("INGRESS");
    const subnet = docker(["network", "inspect", "-f", "{{(index .IPAM.Config 0).Subnet}}", NET]);
    await expect(table.getByRole("columnheader", { name: NET })).toContainText(subnet);
    await expect(table.getByRole("columnheader", { name: NET })).toContainText("encrypted");
    const row = table.getByRole("row", { name: SVC });
    await expect(row).toContainText(`${PORT}→80/tcp`);
    await expect(row).toContainText(`${PORT + 1}→514/udp host`);
    await expect(row).toContainText("1/1", { timeout: 30_000 });
    await expect(table.getByRole("row", { name: "resolver" })).toContainText("dnsrr");
    const nodes = page.getByRole("region", { name: "Nodes" });
    await expect(nodes).toContainText(/manager/i);
    await expect(nodes).toContainText("advertise");
    await expect(page.getByText(/Data as of \d\d:\d\d:\d\d/)).toBeVisible();

    expect(await fitsScreen(page)).toBe(true);
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    // Neither on screen nor anywhere in the page (the hydration payload included).
    await expect(page.getByRole("main")).not.toContainText(/token|password|secret/i, {
      useInnerText: true,
    });
    expect(await page.content()).not.toContain("SWMTKN");

    mkdirSync(SHOTS, { recursive: true });
    const path = `${SHOTS}/wall-${width}x${height}.png`;
    await page.screenshot({ path });
    await testInfo.attach(`wall-${width}x${height}`, { path, contentType: "image/png" });
  });
}

test("query options: networks filter, light theme, rotation", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWall(page, "?networks=demo-secure,demo-frontend&theme=light&rotate=5");
  const table = page.getByRole("table", { name: "Swarm network topology" });
  const headers = table.getByRole("columnheader");
  await expect(headers.filter({ hasText: "demo-secure" })).toHaveCount(1);
  await expect(headers.filter({ hasText: "demo-frontend" })).toHaveCount(1);
  await expect(headers.filter({ hasText: "demo-internal" })).toHaveCount(0);
  // Services not on the chosen networks are left out.
  await expect(table.getByRole("row", { name: "syslog" })).toHaveCount(0);
  await expect(table.getByRole("row", { name: "web" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveAttribute("data-theme", "light");
});

test("the wall survives a dockerd kill and restart: says so, then recovers by itself @exclusive", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWall(page);
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });

  const command = restartEngineCommand();
  const restart = spawn("bash", command.args, {
    env: command.env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const restarted = new Promise<number | null>((resolve) => restart.on("exit", resolve));

  const banner = page.getByRole("alert").filter({ hasText: /reconnecting|NOT LIVE/i });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("status", { name: "Live updates" })).toHaveAttribute(
    "data-live-state",
    /reconnecting|down/,
  );
  await expect(page.getByRole("status", { name: "Live updates" })).toContainText("stale since");
  const staleAsOf = (await page.getByText(/Data as of \d\d:\d\d:\d\d/).textContent()) ?? "";
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/wall-engine-down.png` });
  await testInfo.attach("wall-engine-down", {
    path: `${SHOTS}/wall-engine-down.png`,
    contentType: "image/png",
  });

  expect(await restarted).toBe(0);
  await expect(page.getByRole("status", { name: "Live updates" })).toHaveAttribute(
    "data-live-state",
    "live",
    { timeout: 60_000 },
  );
  await expect(banner).toHaveCount(0);
  // Fresh data after the gap: a newer "data as of" than during the outage, with the
  // services listed. (Whether Docker brings a killed node's tasks back within a minute is
  // Docker's business: on this kernel a task with an encrypted overlay sometimes takes longer.)
  await expect(page.getByText(/Data as of \d\d:\d\d:\d\d/)).not.toHaveText(staleAsOf, {
    timeout: 60_000,
  });
  await expect(page.getByRole("row", { name: SVC })).toBeVisible();
  await expect(page.getByRole("row", { name: "web" })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true),
  ).toBe(true);
});
