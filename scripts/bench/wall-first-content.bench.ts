import { expect, type Page, test } from "@playwright/test";
import { percentile, sseClient } from "../../e2e/live-support";
import { BASE_URL, DOCKER_HOST, VIEWER_TOKEN } from "../../e2e/support";
import { engine, removeScale, seedScale, waitSettled } from "../../e2e/wall-seed";

/**
 * /wall at 1920×1080 with the scale seed (300 services and 100 overlays unless
 * WALL_BENCH_SERVICES / WALL_BENCH_NETWORKS say otherwise):
 * - first content: navigation start → the seed's services in the DOM, and the browser's FCP;
 * - change → visible: a new service's Docker event time → its name on the wall (the service
 *   publishes an ingress port and sorts first, so it lands on the first page).
 * Prints one line per measure; WALL_BENCH_KEEP_SEED=1 keeps the seed for the next run.
 */
const PREFIX = "wscale";
const LOADS = Number(process.env.WALL_BENCH_LOADS ?? 7);
const CHANGES = Number(process.env.WALL_BENCH_CHANGES ?? 10);
const label = process.env.WALL_BENCH_LABEL ?? "this build";
/** The seed's size (a seed already on the engine is reused whatever its size). */
const SERVICES = Number(process.env.WALL_BENCH_SERVICES ?? 300);
const NETWORKS = Number(process.env.WALL_BENCH_NETWORKS ?? 100);

test.beforeAll(async () => {
  const services = (await engine(DOCKER_HOST, "GET", "/services")).body as {
    Spec: { Name: string };
  }[];
  if (!services.some((s) => s.Spec.Name.startsWith(`${PREFIX}-svc-`)))
    await waitSettled(
      DOCKER_HOST,
      await seedScale(DOCKER_HOST, PREFIX, { services: SERVICES, networks: NETWORKS }),
    );
});

test.afterAll(async () => {
  if (process.env.WALL_BENCH_KEEP_SEED !== "1") await removeScale(DOCKER_HOST, PREFIX);
});

async function signIn(page: Page) {
  const res = await page.request.post("/api/auth/login", {
    data: { token: VIEWER_TOKEN },
    headers: { Origin: BASE_URL },
  });
  expect(res.ok()).toBe(true);
}

/** The page's clock when a service named `name` is on the wall (old matrix rows or new cards). */
const shownAt = (page: Page, name: string, timeout = 20_000) =>
  page
    .waitForFunction(
      (n) => {
        const found =
          document.querySelector(`tr[aria-label="${n}"]`) ||
          [...document.querySelectorAll("[data-service-name]")].some((e) => e.textContent === n);
        return found ? { now: Date.now(), perf: performance.now() } : false;
      },
      name,
      { polling: "raf", timeout },
    )
    .then((h) => h.jsonValue() as Promise<{ now: number; perf: number }>);

/** Percentiles of the measured values (a paint entry the browser did not record is left out). */
const stats = (all: number[]) => {
  const xs = all.filter(Number.isFinite);
  return `p50=${Math.round(percentile(xs, 50))}ms p95=${Math.round(percentile(xs, 95))}ms max=${Math.round(Math.max(...xs))}ms n=${xs.length} (all: ${all.map(Math.round).join(",")})`;
};
test("first content of /wall at 300 services", async ({ page }) => {
  await signIn(page);
  const visible: number[] = [];
  const fcp: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto("about:blank");
    const loaded = page.goto("/wall?period=3600", { waitUntil: "commit" });
    await loaded;
    // Any seed service: the first one in the wall's order is on the first page.
    const at = await shownAt(page, `${PREFIX}-svc-0`);
    const paint = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    );
    if (i > 0) {
      // The first load warms the server (compiled routes, Docker connection): reported apart.
      visible.push(at.perf);
      fcp.push(paint);
    } else console.log(`[${label}] first load (cold): services visible ${Math.round(at.perf)}ms`);
  }
  const domSize = await page.evaluate(() => document.querySelectorAll("*").length);
  console.log(`[${label}] wall first content (services visible): ${stats(visible)}`);
  console.log(`[${label}] wall first contentful paint: ${stats(fcp)}; DOM elements: ${domSize}`);
});

test("change → visible on /wall at 300 services", async ({ page }) => {
  await signIn(page);
  const events = sseClient(`${BASE_URL}/api/events`);
  await events.open;
  await page.goto("/wall?period=3600");
  await shownAt(page, `${PREFIX}-svc-0`);
  const latencies: number[] = [];
  // When each snapshot response finished arriving (Node's clock = the page's: same machine), to
  // split the latency into "data arrived" and "rendered after the data".
  const arrived: number[] = [];
  page.on("requestfinished", (r) => {
    if (r.url().includes("/api/snapshot")) arrived.push(Date.now());
  });
  const afterData: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const name = `aaa-wlat-${Date.now().toString(36)}-${i}`;
    const visible = shownAt(page, name);
    const created = await engine(DOCKER_HOST, "POST", "/services/create", {
      Name: name,
      TaskTemplate: {
        ContainerSpec: { Image: "swarmnet/busybox:latest", Command: ["sleep", "1d"] },
      },
      Mode: { Replicated: { Replicas: 0 } },
      EndpointSpec: {
        Ports: [
          { Protocol: "tcp", TargetPort: 80, PublishedPort: 28_000 + i, PublishMode: "ingress" },
        ],
      },
    });
    expect(created.status).toBe(201);
    const at = await visible;
    const event = await events.waitFor(
      (e) => e.type === "service" && e.name === name && e.action === "create",
    );
    latencies.push(at.now - event.time);
    const data = arrived.filter((t) => t <= at.now + 5).at(-1);
    if (data !== undefined && data >= event.time) afterData.push(at.now - data);
    await engine(DOCKER_HOST, "DELETE", `/services/${name}`);
    await page.waitForTimeout(1_000);
  }
  events.close();
  console.log(`[${label}] wall change → visible (Docker event → DOM): ${stats(latencies)}`);
  console.log(`[${label}] of which after the snapshot arrived (render): ${stats(afterData)}`);
});
