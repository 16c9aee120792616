import { expect, type Page, test } from "@playwright/test";
import { createService, removeService, uniqueName } from "./docker";
import { openPage } from "./pages";
import { VIEWER_STATE } from "./support";

/** What browsers fetch without a session: icons, the web manifest, robots.txt. */
test.describe("public assets, without a session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("manifest: the wall as a full-screen app, with icons that are served", async ({
    request,
  }) => {
    const res = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ display: "fullscreen", start_url: "/wall" });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const got = await request.get(icon.src, { maxRedirects: 0 });
      expect(got.status(), icon.src).toBe(200);
      expect(got.headers()["content-type"], icon.src).toContain(icon.type);
    }
  });

  test("favicon, apple-touch icon and robots.txt", async ({ request }) => {
    for (const [path, type] of [
      ["/favicon.ico", "image/"],
      ["/apple-touch-icon.png", "image/png"],
      ["/robots.txt", "text/plain"],
    ] as const) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      expect(res.headers()["content-type"], path).toContain(type);
    }
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/User-agent: \*\s+Disallow: \/\s*$/m);
  });

  test("pages still need a login", async ({ request }) => {
    const res = await request.get("/icon-page-that-is-not-an-asset", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toContain("/login");
  });

  test("the login page links the icons and the manifest", async ({ page }) => {
    await openPage(page, "/login");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      "href",
      "/manifest.webmanifest",
    );
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  });
});

/** Whether a computed colour of an element is light (relative luminance over one half). */
async function isLight(page: Page, selector: string, property: "backgroundColor" | "color") {
  return page.locator(selector).evaluate((el, prop) => {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) throw new Error("no canvas");
    // The canvas turns any CSS colour (oklch included) into sRGB bytes.
    ctx.fillStyle = getComputedStyle(el)[prop];
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.5;
  }, property);
}

test("the dashboard follows the system theme; the wall stays dark", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openPage(page, "/networks");
  expect(await isLight(page, "body", "backgroundColor")).toBe(true);
  expect(await isLight(page, "h1", "color")).toBe(false);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await isLight(page, "body", "backgroundColor")).toBe(false);
  expect(await isLight(page, "h1", "color")).toBe(true);

  await page.emulateMedia({ colorScheme: "light" });
  await openPage(page, "/wall");
  expect(await isLight(page, "[data-kiosk]", "backgroundColor")).toBe(false);
  // Its greys too: the light palette must not leak into the wall's muted text.
  expect(await isLight(page, "[data-kiosk] [data-fetched-at]", "color")).toBe(true);
});

test.describe("the wall without colour", () => {
  test.use({ storageState: VIEWER_STATE });

  test("every coloured state also says it in text or a sign", async ({ page }) => {
    // A service that cannot run anywhere: its row and the task count turn to alarms.
    const name = uniqueName("a11y-wall-alarm");
    createService(name, ["--constraint", "node.hostname==no-such-node"]);
    try {
      await page.goto(`/wall?service=${name},web`);
      const alarm = page.locator("[data-wall-entry][data-alarm]").filter({ hasText: name });
      await expect(alarm.first()).toBeVisible();
      const entries = page.locator("[data-wall-entry]");
      for (const entry of await entries.all()) {
        const alarmed = (await entry.getAttribute("data-alarm")) !== null;
        // The badge: "✗ 0/1" on an alarm (red), the bare count otherwise (green).
        const badge = (await entry.locator("span").first().textContent()) ?? "";
        if (alarmed) expect(badge).toMatch(/^✗ \d+\/\d+/);
        else expect(badge).not.toContain("✗");
      }
      for (const count of await page.locator("[data-summary] [data-ok]").all()) {
        const ok = (await count.getAttribute("data-ok")) === "true";
        await expect(count).toContainText(ok ? "✓ OK" : "✗ ALERT");
      }
      await expect(page.locator("[data-summary] [data-ok=false]")).not.toHaveCount(0);
      // The live state is a word beside its dot.
      await expect(page.getByRole("status", { name: "Live updates" })).toContainText(
        /Live|Reconnecting|Offline|Connecting/,
      );
    } finally {
      removeService(name);
    }
  });
});
