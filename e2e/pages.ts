import type { Page } from "@playwright/test";

/**
 * Every page of the product, with the seeded sandbox objects it shows
 * (scripts/engine-lib.sh seed_sample_state). Shared by the accessibility and phone specs so
 * a new page is checked by both once it is listed here.
 */
export const DASHBOARD_PAGES: readonly string[] = [
  "/networks",
  "/networks/new",
  "/networks/demo-secure",
  "/networks/ingress",
  "/ingress",
  "/gwbridge",
  "/services",
  "/services/web",
  "/services/syslog",
  "/nodes",
  "/swarm",
  "/diagnostics",
  "/connectivity",
  "/audit",
];

/** Every page a signed-in user (admin or viewer) can open; /login is for anonymous visitors. */
export const SIGNED_IN_PAGES: readonly string[] = [...DASHBOARD_PAGES, "/wall"];

export const ROLES = ["admin", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Opens a page and waits until its client part has rendered (the level-1 heading). */
export async function openPage(page: Page, path: string): Promise<void> {
  const res = await page.goto(path);
  if (!res || res.status() >= 400) throw new Error(`${path}: HTTP ${res?.status()}`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}
