import { expect, type Page, test } from "@playwright/test";
import { docker, uniqueName } from "./docker";
import {
  dockerEventListeners,
  liveStats,
  percentile,
  removeQuietly,
  sseClient,
} from "./live-support";

// Live updates: changes made with the docker CLI, outside the dashboard, appear in
// open pages without a reload, over one shared Docker events stream.

const IMAGE = "swarmnet/busybox:latest";
const networks: string[] = [];
const services: string[] = [];

test.afterAll(async () => {
  test.setTimeout(60_000);
  await removeQuietly("service", services);
  await removeQuietly("network", networks);
});

async function openLive(page: Page, path: string) {
  await page.goto(path);
  // The tab's live connection (the provider mirrors its state on <html data-live>).
  await expect(page.locator("html")).toHaveAttribute("data-live", "live");
  // Survives only if the page is never reloaded.
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

test("network create, service scale and publish-add appear on /networks and /wall without reload", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openLive(page, "/networks");
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  // The wall filtered to this test's networks (a wildcard), so other specs' objects created
  // meanwhile cannot push them onto another page of the rotation.
  await openLive(wall, "/wall?network=live-net-*");

  // Nothing polls, and changes arrive as patches: while live, the pages make no snapshot
  // request at all, idle or through every change below (tasks settling on other nodes
  // included: the server's model settles them once for everybody).
  const requests: string[] = [];
  for (const p of [page, wall]) {
    p.on("request", (r) => {
      if (r.url().includes("/api/snapshot")) requests.push(r.url());
    });
  }
  await page.waitForTimeout(3_000);
  expect(requests, "no snapshot request while idle (no polling)").toEqual([]);

  const net = uniqueName("live-net");
  networks.push(net);
  docker(["network", "create", "-d", "overlay", "--attachable", net]);
  const table = page.getByRole("table", { name: "Networks" });
  await expect(table.getByRole("row").filter({ hasText: net })).toBeVisible({ timeout: 10_000 });
  // A changed row lights up briefly on the dashboard tables too.
  await expect(table.getByRole("row").filter({ hasText: net })).toHaveAttribute(
    "data-changed",
    "true",
  );
  const card = wall.getByRole("region", { name: net, exact: true });
  await expect(card).toBeVisible({ timeout: 10_000 });

  const svc = uniqueName("live-svc");
  services.push(svc);
  docker([
    "service",
    "create",
    "--detach",
    "--no-resolve-image",
    "--name",
    svc,
    "--network",
    net,
    "--replicas",
    "1",
    IMAGE,
    "sleep",
    "1d",
  ]);
  const row = card.getByRole("listitem").filter({ hasText: svc });
  await expect(row).toContainText("1/1", { timeout: 20_000 });

  docker(["service", "scale", "--detach", `${svc}=3`]);
  // The changed row lights up for a few seconds.
  await expect(row).toHaveAttribute("data-changed", "true", { timeout: 5_000 });
  await expect(row).toContainText("3/3", { timeout: 30_000 });

  // Each spec file has its own range below 30000 (Docker auto-assigns from 30000).
  const port = 22_000 + Math.floor(Math.random() * 4_000);
  docker(["service", "update", "--detach", "--publish-add", `${port}:80`, svc]);
  // Published ports have their own card on the wall.
  const published = wall.getByRole("region", { name: "Published ports", exact: true });
  await expect(published.getByRole("listitem").filter({ hasText: svc })).toContainText(
    `${port}→80/tcp`,
    { timeout: 30_000 },
  );

  expect(await notReloaded(page)).toBe(true);
  expect(await notReloaded(wall)).toBe(true);
  expect(requests, "every change came as a patch, none as a refetch").toEqual([]);
});

test("change → visible latency over 24 changes (Docker event time to DOM)", async ({ page }) => {
  test.setTimeout(180_000);
  const events = sseClient();
  await events.open;
  await openLive(page, "/networks");

  /** Resolves with the page's clock when the networks table shows (or no longer shows) `name`. */
  const seenAt = async (name: string, present: boolean) => {
    const handle = await page.waitForFunction(
      ([n, want]) => {
        const links = [...document.querySelectorAll('table[aria-label="Networks"] a')];
        const shown = links.some((a) => a.textContent === n);
        return shown === want ? Date.now() : false;
      },
      [name, present] as const,
      { polling: 10, timeout: 15_000 },
    );
    return (await handle.jsonValue()) as number;
  };

  const latencies: number[] = [];
  const names = Array.from({ length: 12 }, (_, i) => `${uniqueName("live-lat")}-${i}`);
  for (const name of names) {
    networks.push(name);
    docker(["network", "create", "-d", "overlay", name]);
    const visible = await seenAt(name, true);
    const event = await events.waitFor(
      (e) => e.type === "network" && e.name === name && e.action === "create",
    );
    latencies.push(visible - event.time);
  }
  for (const name of names) {
    docker(["network", "rm", name]);
    const gone = await seenAt(name, false);
    const event = await events.waitFor(
      (e) =>
        e.type === "network" &&
        e.name === name &&
        (e.action === "destroy" || e.action === "remove"),
    );
    latencies.push(gone - event.time);
  }
  events.close();

  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  console.log(
    `live latency p50=${Math.round(p50)}ms p95=${Math.round(p95)}ms n=${latencies.length} (all: ${latencies.map(Math.round).join(",")})`,
  );
  // The table cannot show a change before Docker made it (same clock, ms timestamps): a
  // negative latency means the page showed a stale or wrong row, not a fast update.
  expect(Math.min(...latencies)).toBeGreaterThanOrEqual(-50);
  expect(p95).toBeLessThan(3_000);
});

test("50 SSE clients share exactly one Docker events stream; 200 connects and disconnects leak nothing", async () => {
  test.setTimeout(120_000);
  // Make sure the shared stream exists, then take the baseline.
  const warm = sseClient();
  await warm.open;
  await expect.poll(async () => (await liveStats()).state).toBe("live");
  const before = await liveStats();
  const dockerBefore = dockerEventListeners();

  const clients = Array.from({ length: 50 }, () => sseClient());
  await Promise.all(clients.map((c) => c.open));
  await expect.poll(async () => (await liveStats()).subscribers).toBe(before.subscribers + 50);
  const during = await liveStats();
  expect(during.streamsActive).toBe(1);
  expect(during.streamsOpened).toBe(before.streamsOpened);
  expect(during.streamListeners).toBe(before.streamListeners);
  // Docker itself sees no new listener (others, e.g. other servers on this engine, may hold theirs).
  expect(dockerEventListeners()).toBeLessThanOrEqual(dockerBefore);

  // Every client hears one change.
  const net = uniqueName("live-fan");
  networks.push(net);
  docker(["network", "create", "-d", "overlay", net]);
  await Promise.all(clients.map((c) => c.waitFor((e) => e.name === net && e.action === "create")));
  console.log(
    `fan-out: 50 SSE clients → streamsActive=${during.streamsActive}, streamsOpened=${during.streamsOpened} (before ${before.streamsOpened}), docker NEventsListener ${dockerBefore} → ${dockerEventListeners()}`,
  );
  for (const c of clients) c.close();
  await expect.poll(async () => (await liveStats()).subscribers).toBe(before.subscribers);

  for (let round = 0; round < 20; round++) {
    const batch = Array.from({ length: 10 }, () => sseClient());
    await Promise.all(batch.map((c) => c.open));
    for (const c of batch) c.close();
  }
  await expect.poll(async () => (await liveStats()).subscribers).toBe(before.subscribers);
  const after = await liveStats();
  expect(after).toMatchObject({
    streamsActive: 1,
    streamsOpened: before.streamsOpened,
    streamListeners: before.streamListeners,
  });
  warm.close();
});
