import { expect, type Page, test } from "@playwright/test";
import { DASHBOARD_PAGES, openPage } from "./pages";

/**
 * On a phone (an admin paged at night opens swarmnet there first): no page is wider than
 * the screen, and the navigation is a menu behind a button. 390×844 is today's common phone,
 * 360 the narrowest we promise.
 */
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 = fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const viewport of PHONES) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    // Not isMobile: a mobile browser zooms out to fit a page that is too wide (innerWidth
    // grows with it), which would hide exactly the overflow this measures.
    test.use({ viewport });

    test("no page is wider than the screen", async ({ page }) => {
      const wide: string[] = [];
      for (const path of [...DASHBOARD_PAGES, "/wall"]) {
        await openPage(page, path);
        const px = await overflow(page);
        if (px > 0) wide.push(`${path}: ${px}px too wide`);
      }
      // The ingress wizard once started (its steps hold forms and command lines).
      await openPage(page, "/ingress");
      await page.getByRole("button", { name: "Customize ingress" }).click();
      await page.locator("[aria-current=step]").waitFor();
      const wizard = await overflow(page);
      if (wizard > 0) wide.push(`/ingress (wizard started): ${wizard}px too wide`);
      expect(wide).toEqual([]);
      // The measure itself can fail: something wider than the screen is seen.
      await openPage(page, "/networks");
      await page.evaluate(() => {
        const wider = document.createElement("div");
        wider.style.width = `${window.innerWidth + 40}px`;
        wider.style.height = "1px";
        document.body.append(wider);
      });
      expect(await overflow(page)).toBeGreaterThan(0);
    });

    test("the navigation is a menu button, operable by keyboard", async ({ page }) => {
      await openPage(page, "/networks");
      const nav = page.getByRole("navigation", { name: "Main" });
      const button = page.getByRole("button", { name: "Menu" });
      await expect(nav).toBeHidden();
      await expect(button).toHaveAttribute("aria-expanded", "false");
      // The heading is in the first screenful, not below half a screen of links.
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      expect(heading?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(viewport.height / 3);

      await button.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("button", { name: "Close menu" })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
      await expect(nav).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(nav).toBeHidden();
      await expect(button).toBeFocused();

      // Open it again and follow a link with the keyboard: the menu closes on the new page.
      await page.keyboard.press("Space");
      await nav.getByRole("link", { name: "Services" }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/services$/);
      await expect(nav).toBeHidden();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });

    test("the create-overlay form fits and takes input", async ({ page }) => {
      await openPage(page, "/networks/new");
      const name = page.getByLabel("Name", { exact: true });
      const box = await name.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
      await name.fill("phone-check");
      await page.getByRole("button", { name: "Add subnet" }).click();
      await page.getByLabel("Subnet 1").fill("10.231.0.0/24");
      await expect(page.getByRole("figure", { name: "Equivalent docker command" })).toContainText(
        "--subnet 10.231.0.0/24",
      );
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe("sign-in on a phone", () => {
  test.use({ viewport: PHONES[1], storageState: { cookies: [], origins: [] } });
  test("the login page fits", async ({ page }) => {
    await openPage(page, "/login?error=invalid");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
