import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { en } from "../lib/messages/en";
import { es } from "../lib/messages/es";
import { openPage, ROLES, SIGNED_IN_PAGES } from "./pages";
import { ADMIN_STATE, VIEWER_STATE } from "./support";

/**
 * axe-core over every page, in each UI language and both roles, in the dark and the light
 * theme: no serious or critical violation. The languages are a parameter: add one here (its
 * Accept-Language) and every page is checked in it too.
 */
const LANGUAGES = ["en", "es"] as const;

const STATES = { admin: ADMIN_STATE, viewer: VIEWER_STATE } as const;
/** The texts the interactive states click on, in the language under test. */
const TEXTS = { en, es } as const;

/** The serious and critical violations, one readable line each (rule, impact, where). */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules(rules) : axe).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/**
 * Switches the colour scheme and waits for running transitions to end: a row that has just
 * changed fades its colours (transition-colors), and mid-fade after a scheme switch it is
 * neither theme, which axe would measure (seen once: light-ish background, dark-theme text).
 */
async function scheme(page: Page, colorScheme: "dark" | "light"): Promise<void> {
  await page.emulateMedia({ colorScheme });
  // Transitions only: a pulsing live dot is an endless animation whose `finished` never comes.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Checks the page as it is now: every rule in the dark theme; in the light theme, which
 * changes colours only, the contrast rule; then every rule at phone width (tables that
 * scroll sideways, the menu button). No reload between them.
 */
async function expectAccessible(page: Page, { phone = true } = {}): Promise<void> {
  const found: Record<string, string[]> = {};
  await scheme(page, "dark");
  found.dark = await seriousViolations(page);
  await scheme(page, "light");
  found.light = await seriousViolations(page, ["color-contrast"]);
  await scheme(page, "dark");
  if (phone) {
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 740 });
    // Tables become focusable regions (or stop being one) once their ResizeObserver has run
    // and React has re-rendered (seen once: axe measured before that). Wait for it, not a time.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>("[data-scroll-region]")].filter(
              (el) => el.scrollWidth > el.clientWidth + 1 !== (el.tabIndex === 0),
            ).length,
        ),
      )
      .toBe(0);
    found.phone = await seriousViolations(page);
    if (desktop) await page.setViewportSize(desktop);
  }
  expect(found).toEqual({ dark: [], light: [], ...(phone ? { phone: [] } : {}) });
}

for (const lang of LANGUAGES) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale: lang, extraHTTPHeaders: { "Accept-Language": lang } });

    for (const role of ROLES) {
      test.describe(role, () => {
        test.use({ storageState: STATES[role] });
        for (const path of SIGNED_IN_PAGES) {
          test(`${path} as ${role}`, async ({ page }) => {
            await openPage(page, path);
            // The phone layout is the same for both roles: checked once, as admin (time).
            await expectAccessible(page, { phone: role === "admin" });
          });
        }
      });
    }

    // The states a page load does not show: errors, dialogs, a started wizard, the phone menu.
    test.describe("admin, interactive states", () => {
      test.use({ storageState: ADMIN_STATE });
      const m = TEXTS[lang];

      test("create overlay with validation errors", async ({ page }) => {
        await openPage(page, "/networks/new");
        await page.getByLabel(m.networkForm.name, { exact: true }).fill("bad name!");
        await page.getByRole("button", { name: m.networkForm.addRow }).click();
        await page.getByLabel(`${m.networkForm.subnet} 1`).fill("10.0.0.300/24");
        await page.getByRole("button", { name: m.networkForm.submit }).click();
        await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
        await expectAccessible(page);
      });

      test("ports editor with an invalid row", async ({ page }) => {
        await openPage(page, "/services/web");
        const form = page.getByRole("form", { name: m.servicesOps.portsTitle });
        await form.getByRole("button", { name: m.servicesOps.addPort }).click();
        await form.getByRole("textbox").last().fill("99999:80");
        await expect(form.locator("[aria-invalid=true]")).toBeVisible();
        await expectAccessible(page);
      });

      test("remove-network confirmation dialog", async ({ page }) => {
        await openPage(page, "/networks/demo-tools");
        await page.getByRole("button", { name: m.removeNetwork.button }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectAccessible(page);
      });

      test("ingress wizard started", async ({ page }) => {
        await openPage(page, "/ingress");
        await page.getByRole("button", { name: m.ingressWizard.open }).click();
        await expect(page.locator("[aria-current=step]")).toBeVisible();
        await expectAccessible(page);
      });

      test("phone menu open", async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await openPage(page, "/networks");
        await page.getByRole("button", { name: m.nav.openMenu }).click();
        await expect(page.getByRole("navigation", { name: m.nav.label })).toBeVisible();
        await expectAccessible(page);
      });
    });

    test.describe("anonymous", () => {
      test.use({ storageState: { cookies: [], origins: [] } });
      test("/login", async ({ page }) => {
        await openPage(page, "/login?next=/networks");
        await expectAccessible(page);
      });
      // The invalid-link message, without spending a wrong-token attempt on the login limit.
      test("/login with the invalid-link message", async ({ page }) => {
        await openPage(page, "/login?error=invalid");
        await expect(page.locator("form").getByRole("alert")).toBeVisible();
        await expectAccessible(page);
      });
    });
  });
}
