import { expect, type Page, test } from "@playwright/test";
import { docker, uniqueName } from "./docker";
import { removeQuietly } from "./live-support";

// Many tabs of one browser: they share one event stream (a leader tab holds it,
// the others hear it over a BroadcastChannel), so the 7th and later tabs are not
// starved of HTTP/1.1 connections (6 per host), and changes arrive as patches.

const TABS = 10;
const networks: string[] = [];

test.afterAll(async () => {
  await removeQuietly("network", networks);
});

/** Creates an overlay with the CLI and waits until every page's networks table shows it. */
async function createNetworkSeenBy(pages: Page[]) {
  const net = uniqueName("tabs-net");
  networks.push(net);
  docker(["network", "create", "-d", "overlay", net]);
  for (const page of pages) {
    await expect(
      page.getByRole("table", { name: "Networks" }).getByRole("row").filter({ hasText: net }),
    ).toBeVisible({ timeout: 15_000 });
  }
}

test("10 tabs in one browser all load, share one event stream and all show a change without refetching", async ({
  context,
}) => {
  test.setTimeout(120_000);
  const streams: string[] = [];
  const snapshotRequests: string[] = [];
  context.on("request", (r) => {
    if (r.url().includes("/api/events")) streams.push(r.url());
    if (r.url().includes("/api/snapshot")) snapshotRequests.push(r.url());
  });

  const pages: Page[] = [];
  for (let i = 0; i < TABS; i++) {
    const page = await context.newPage();
    pages.push(page);
    await page.goto("/networks");
    await expect(page.getByRole("table", { name: "Networks" })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("data-live", "live", { timeout: 15_000 });
  }
  expect(streams, "one EventSource for the whole browser").toHaveLength(1);
  // A tab that missed a patch while loading (other tests change the engine meanwhile) learns the
  // current revision from the leader and resyncs at once; let that settle before counting.
  await pages[0]?.waitForTimeout(1_000);
  snapshotRequests.length = 0;
  await createNetworkSeenBy(pages);
  expect(snapshotRequests, "the change came as a patch, not a refetch").toEqual([]);

  // The leader goes away: another tab takes the stream over and changes keep coming.
  await pages[0]?.close();
  await createNetworkSeenBy(pages.slice(1));
  expect(streams.length, "a second tab opened the stream once the first closed").toBe(2);
});
