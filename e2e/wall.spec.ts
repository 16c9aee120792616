import { spawn } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { createService, docker, uniqueName } from "./docker";
import { removeQuietly, restartEngineCommand } from "./live-support";
import { VIEWER_STATE } from "./support";
import { fitsScreen, fontSizes, minTextPx, openWall, screenshot } from "./wall-support";

// The wall display: read-only, legible, fits the screen, live, honest when it is not, and it
// recovers from an engine restart by itself. Opened as a viewer, as the TV would be.
test.use({ storageState: VIEWER_STATE });

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

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the wall at ${width}×${height}: topology, legible, no scrolling, no controls, no secrets`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    // One team's view (the cards of the services it names), so other specs' objects created
    // meanwhile cannot push these onto another page.
    await openWall(page, `?service=${SVC},resolver,web`);
    const ingress = page.getByRole("region", { name: "ingress", exact: true });
    await expect(ingress).toContainText("INGRESS");
    const row = (card: ReturnType<Page["getByRole"]>, name: string) =>
      card.getByRole("listitem").filter({ has: page.getByText(name, { exact: true }) });
    await expect(row(ingress, SVC)).toContainText(`${PORT}→80/tcp`);
    await expect(row(ingress, SVC)).toContainText(`${PORT + 1}→514/udp host`);
    await expect(row(ingress, SVC)).toContainText("1/1", { timeout: 30_000 });
    const net = page.getByRole("region", { name: NET, exact: true });
    const subnet = docker(["network", "inspect", "-f", "{{(index .IPAM.Config 0).Subnet}}", NET]);
    await expect(net).toContainText(subnet);
    await expect(net).toContainText(/encrypted/i);
    // The service's VIP on that overlay, as Docker reports it.
    const vip = docker([
      "service",
      "inspect",
      "-f",
      `{{range .Endpoint.VirtualIPs}}{{if eq .NetworkID "${docker(["network", "inspect", "-f", "{{.Id}}", NET])}"}}{{.Addr}}{{end}}{{end}}`,
      SVC,
    ]).split("/")[0] as string;
    await expect(row(net, SVC)).toContainText(vip);
    await expect(
      row(page.getByRole("region", { name: "demo-frontend", exact: true }), "resolver"),
    ).toContainText("dnsrr");
    const nodes = page.getByRole("region", { name: "Nodes", exact: true });
    await expect(nodes).toContainText(/leader/i);
    await expect(page.getByText(/Data as of \d\d:\d\d:\d\d/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Needs attention" })).toBeVisible();

    const sizes = await fontSizes(page);
    expect(sizes.names).toBeGreaterThanOrEqual(minTextPx(width) + 2);
    expect(sizes.text).toBeGreaterThanOrEqual(minTextPx(width));
    expect(await fitsScreen(page)).toBe(true);
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    // Neither on screen nor anywhere in the page (the hydration payload included).
    await expect(page.getByRole("main")).not.toContainText(/token|password|secret/i, {
      useInnerText: true,
    });
    expect(await page.content()).not.toContain("SWMTKN");
    await screenshot(page, testInfo, `wall-${width}x${height}`);
  });
}

test("old URL options still work: networks filter, light theme, rotate period", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWall(page, "?networks=demo-secure,demo-frontend&theme=light&rotate=5");
  const cards = page.locator("main section[data-card]");
  await expect(cards.filter({ hasText: "demo-secure" })).toHaveCount(1);
  await expect(cards.filter({ hasText: "demo-frontend" })).toHaveCount(1);
  await expect(cards.filter({ hasText: "demo-internal" })).toHaveCount(0);
  // Services not on the chosen networks are left out.
  const names = page.locator("main [data-service-name]");
  await expect(names.filter({ hasText: /^syslog$/ })).toHaveCount(0);
  await expect(names.filter({ hasText: /^web$/ }).first()).toBeVisible();
  await expect(page.getByRole("main")).toHaveAttribute("data-theme", "light");
  await expect(page.locator("[data-pages]")).toHaveAttribute("data-period", "5");
});

test("the wall survives a dockerd kill and restart: says so, then recovers by itself @exclusive", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWall(page, `?service=${SVC},web`);
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
  await screenshot(page, testInfo, "wall-engine-down");

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
  const names = page.locator("main [data-service-name]");
  await expect(names.filter({ hasText: SVC }).first()).toBeVisible();
  await expect(names.filter({ hasText: /^web$/ }).first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true),
  ).toBe(true);
});
