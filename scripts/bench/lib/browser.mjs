// Headless Chromium for the benchmarks: viewer contexts, live-state waits, DOM watchers.
import { createRequire } from "node:module";
import path from "node:path";

/** playwright-core from this checkout, or from the app under test. */
function loadChromium(appDir) {
  for (const from of [import.meta.url, path.join(appDir ?? process.cwd(), "package.json")]) {
    try {
      return createRequire(from)("playwright-core").chromium;
    } catch {
      // try the next place
    }
  }
  throw new Error("playwright-core not found: run npm ci");
}

export async function launchBrowser(appDir) {
  return loadChromium(appDir).launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // Background tabs must keep running their timers and rendering like a wall display does.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
    ],
  });
}

/**
 * A browser context signed in as viewer through a `?token=` link (the token becomes a
 * session cookie; the redirect is not followed, so nothing is rendered for it).
 * Returns the context and how to build page URLs (with `?token=` if no cookie came back).
 */
export async function viewerContext(
  browser,
  { baseUrl, token, viewport = { width: 1920, height: 1080 }, path: p = "/wall" },
) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const res = await context.request.get(`${p}?token=${encodeURIComponent(token)}`, {
    maxRedirects: 0,
  });
  const cookies = await context.cookies();
  const signedIn = cookies.length > 0 && res.status() < 400;
  const url = (target) =>
    signedIn
      ? target
      : `${target}${target.includes("?") ? "&" : "?"}token=${encodeURIComponent(token)}`;
  return { context, url, signedIn };
}

/** Waits for `html[data-live="live"]` (the app's live indicator); resolves false on timeout. */
export async function waitLive(page, timeoutMs) {
  try {
    await page.waitForSelector('html[data-live="live"]', { state: "attached", timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs, in the page, a MutationObserver that records the page's wall-clock time
 * (performance.timeOrigin + performance.now()) when an element whose own text contains
 * `name` appears (present=true) or disappears (present=false). Returns once installed;
 * collect the time with `watchedAt`.
 */
export async function watchName(page, name, present, timeoutMs = 30_000) {
  await page.evaluate(
    ([n, want, ms]) => {
      const w = window;
      w.__bench ??= {};
      const xpath = `count(//body//*[contains(text(), ${JSON.stringify(n)})])`;
      const has = () =>
        document.evaluate(xpath, document, null, XPathResult.NUMBER_TYPE, null).numberValue > 0;
      const now = () => performance.timeOrigin + performance.now();
      w.__bench[n] = new Promise((resolve) => {
        if (has() === want) return resolve({ at: now(), already: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({ at: null });
        }, ms);
        const observer = new MutationObserver(() => {
          if (has() !== want) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ at: now() });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    [name, present, timeoutMs],
  );
}

/** The time recorded by watchName for `name` ({ at: null } after its timeout). */
export function watchedAt(page, name) {
  return page.evaluate((n) => window.__bench[n], name);
}

/**
 * An init script for first-content timing: records, relative to navigation start
 * (performance.now() of the new document), the first animation frame in which an
 * element whose text matches `pattern` is laid out inside the viewport.
 */
export function firstContentScript(pattern) {
  return `(() => {
    const re = new RegExp(${JSON.stringify(pattern)});
    window.__firstContent = null;
    let scheduled = false;
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    };
    const check = () => {
      scheduled = false;
      if (window.__firstContent !== null || !document.body) return;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (re.test(n.data) && n.parentElement && visible(n.parentElement)) {
          window.__firstContent = { ms: performance.now(), text: n.data.slice(0, 40), fontPx: parseFloat(getComputedStyle(n.parentElement).fontSize) };
          observer.disconnect();
          return;
        }
      }
    };
    const observer = new MutationObserver(() => {
      if (scheduled || window.__firstContent !== null) return;
      scheduled = true;
      requestAnimationFrame(check);
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
}
