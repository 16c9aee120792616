import { expect, test } from "@playwright/test";
import { DOCKER_HOST, VIEWER_STATE } from "./support";
import { planScaleSeed, removeScale, type ScaleSeed, seedScale, waitSettled } from "./wall-seed";
import {
  fitsScreen,
  fontSizes,
  minTextPx,
  openWall,
  type PageSeen,
  screenshot,
  watchCycle,
} from "./wall-support";

// The wall at real scale (issue #11): 300 services on 100 overlays, at three screen sizes.
// @exclusive: the seed would crowd every other spec's views, so this runs alone, after them,
// and removes everything it created.
test.use({ storageState: VIEWER_STATE });
test.describe.configure({ mode: "serial" });

const PREFIX = `wsc${Date.now().toString(36).slice(-4)}`;
let seed: ScaleSeed;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await removeScale(DOCKER_HOST, PREFIX);
  seed = await seedScale(DOCKER_HOST, PREFIX);
  await waitSettled(DOCKER_HOST, seed);
});

test.afterAll(async () => {
  test.setTimeout(180_000);
  await removeScale(DOCKER_HOST, PREFIX);
});

const union = (pages: PageSeen[], pick: (p: PageSeen) => string[]) => new Set(pages.flatMap(pick));

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`at ${width}×${height}, one cycle shows every service and overlay, legibly, with the failing service pinned @exclusive`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    // The default period keeps a 300-service cycle within two minutes.
    await openWall(page);
    const marker = page.locator("[data-pages]");
    await expect(
      page.locator("main [data-service-name]").filter({ hasText: seed.failing }),
    ).not.toHaveCount(0);
    const pages = Number(await marker.getAttribute("data-pages"));
    const period = Number(await marker.getAttribute("data-period"));
    expect(pages).toBeGreaterThan(1);
    expect(pages * period).toBeLessThanOrEqual(120);
    expect(period).toBeLessThanOrEqual(15);
    await screenshot(page, testInfo, `wall-scale-${width}x${height}`);

    // A short period to walk the cycle quickly.
    await openWall(page, "?period=2");
    const seen = await watchCycle(page, async (current) => {
      // Pinned on every page: the service whose tasks keep failing.
      expect(current.attention, `page ${current.page}`).toContain(seed.failing);
      const sizes = await fontSizes(page);
      expect(sizes.names).toBeGreaterThanOrEqual(minTextPx(width) + 2);
      expect(sizes.text).toBeGreaterThanOrEqual(minTextPx(width));
      expect(await fitsScreen(page)).toBe(true);
    });
    expect(seen.length).toBe(seen[0]?.pages);
    const services = union(seen, (p) => p.services);
    const missing = seed.services.filter((s) => !services.has(s));
    expect(missing, `services never shown in one cycle`).toEqual([]);
    const cards = union(seen, (p) => p.cards);
    expect(seed.networks.filter((n) => !cards.has(n))).toEqual([]);
    // Stable order: the next cycle shows the same pages (checked at one size: it costs a cycle).
    if (width === 1920) {
      const again = await watchCycle(page);
      expect(again.map((p) => p.services)).toEqual(seen.map((p) => p.services));
    }
  });
}

test("filters: ?stack=, ?network=, ?service=, combined @exclusive", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const plan = planScaleSeed(PREFIX);
  const shownAll = async (query: string) => {
    await openWall(page, `${query}&period=2`);
    const seen = await watchCycle(page);
    return {
      services: [...union(seen, (p) => p.services)].filter((n) => n.startsWith(`${PREFIX}-`)),
      cards: [...union(seen, (p) => p.cards)].filter((n) => n.startsWith(`${PREFIX}-`)),
      attention: [...union(seen, (p) => p.attention)],
    };
  };
  const sorted = (xs: string[]) => [...xs].sort();

  const beta = await shownAll("?stack=team-beta");
  expect(sorted(beta.services)).toEqual(
    sorted(seed.services.filter((s) => seed.stackOf[s] === "team-beta")),
  );
  // A team's wall keeps its own problems only.
  expect(beta.attention).not.toContain(seed.failing);

  const nets = [plan.networks[20], plan.networks[21]] as string[];
  const byNetwork = await shownAll(`?network=${nets.join(",")}`);
  expect(sorted(byNetwork.cards)).toEqual(sorted(nets));
  expect(sorted(byNetwork.services)).toEqual(
    sorted(
      plan.services.filter((s) => s.networks.some((n) => nets.includes(n))).map((s) => s.name),
    ),
  );

  const combined = await shownAll(`?stack=team-alpha&service=${PREFIX}-svc-1*,${PREFIX}-failing`);
  expect(sorted(combined.services)).toEqual(
    sorted(
      seed.services.filter(
        (s) =>
          seed.stackOf[s] === "team-alpha" &&
          (s.startsWith(`${PREFIX}-svc-1`) || s === seed.failing),
      ),
    ),
  );
  expect(combined.attention).toContain(seed.failing);
});
