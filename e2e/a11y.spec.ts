import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { openPage, ROLES, SIGNED_IN_PAGES } from "./pages";
import { ADMIN_STATE, VIEWER_STATE } from "./support";

/**
 * axe-core over every page, in each UI language and both roles: no serious or critical
 * violation. The languages are a parameter: add one here (its Accept-Language) and every
 * page is checked in it too.
 */
const LANGUAGES = ["en"] as const;

const STATES = { admin: ADMIN_STATE, viewer: VIEWER_STATE } as const;

/** The serious and critical violations, one readable line each (rule, impact, where). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
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

for (const lang of LANGUAGES) {
  test.describe(`axe, ${lang}`, () => {
    test.use({ locale: lang, extraHTTPHeaders: { "Accept-Language": lang } });

    for (const role of ROLES) {
      test.describe(role, () => {
        test.use({ storageState: STATES[role] });
        for (const path of SIGNED_IN_PAGES) {
          test(`${path} as ${role}`, async ({ page }) => {
            await openPage(page, path);
            expect(await seriousViolations(page)).toEqual([]);
          });
        }
      });
    }

    test.describe("anonymous", () => {
      test.use({ storageState: { cookies: [], origins: [] } });
      test("/login", async ({ page }) => {
        await openPage(page, "/login?next=/networks");
        expect(await seriousViolations(page)).toEqual([]);
      });
      // The invalid-link message, without spending a wrong-token attempt on the login limit.
      test("/login with the invalid-link message", async ({ page }) => {
        await openPage(page, "/login?error=invalid");
        await expect(page.getByRole("alert")).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  });
}
