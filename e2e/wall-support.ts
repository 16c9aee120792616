import { mkdirSync } from "node:fs";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** Helpers for the wall specs: open it, measure its type, walk its pages. */

export const SHOTS = "test-results/wall";

export async function openWall(page: Page, query = "") {
  await page.goto(`/wall${query}`);
  await expect(page.getByRole("status", { name: "Live updates" })).toHaveAttribute(
    "data-live-state",
    "live",
  );
}

export const fitsScreen = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollHeight <= window.innerHeight &&
      document.documentElement.scrollWidth <= window.innerWidth,
  );

/** Smallest computed font size of every service name, and of any visible text at all. */
export const fontSizes = (page: Page) =>
  page.evaluate(() => {
    const px = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize);
    const names = [...document.querySelectorAll("main [data-service-name]")].map(px);
    const text = [...document.querySelectorAll("main *")]
      .filter((e) =>
        [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      )
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map(px);
    return { names: Math.min(...names), text: Math.min(...text), count: names.length };
  });

/** The smallest text the wall may use at this width: 16 px at 1920, scaled with the width. */
export const minTextPx = (width: number) => (16 * width) / 1920;

export type PageSeen = {
  page: number;
  pages: number;
  services: string[];
  cards: string[];
  attention: string[];
};

async function currentPage(page: Page): Promise<PageSeen> {
  return page.evaluate(() => {
    const marker = document.querySelector("[data-pages]");
    return {
      page: Number(marker?.getAttribute("data-page")),
      pages: Number(marker?.getAttribute("data-pages")),
      services: [...document.querySelectorAll("main [data-service-name]")].map(
        (e) => e.textContent ?? "",
      ),
      cards: [...document.querySelectorAll("main section[data-card]")].map(
        (e) => e.getAttribute("aria-label") ?? "",
      ),
      attention: [...document.querySelectorAll("main [data-subject]")].map(
        (e) => e.getAttribute("data-subject") ?? "",
      ),
    };
  });
}

/**
 * Watches one whole cycle (page 1 to page n, as the wall turns them by itself) and returns
 * what each page showed. `onPage` runs on every page while it is on screen.
 */
export async function watchCycle(
  page: Page,
  onPage?: (seen: PageSeen) => Promise<void>,
): Promise<PageSeen[]> {
  const pageNumber = () => page.locator("[data-pages]").getAttribute("data-page").then(Number);
  // Start from page 1 so the cycle is seen in the wall's own order.
  await expect.poll(pageNumber, { timeout: 60_000, intervals: [100] }).toBe(1);
  const seen: PageSeen[] = [];
  for (;;) {
    const current = await currentPage(page);
    seen.push(current);
    if (onPage) await onPage(current);
    if (current.page >= current.pages) return seen;
    await expect.poll(pageNumber, { timeout: 30_000, intervals: [100] }).toBe(current.page + 1);
  }
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}
