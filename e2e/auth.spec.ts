import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { docker, uniqueName } from "./docker";
import { recordApiAnswers } from "./security-support";
import {
  ADMIN_TOKEN,
  asAdmin,
  asViewer,
  BASE_URL,
  E2E_PORT,
  READ_ONLY_BASE_URL,
  VIEWER_STATE,
  VIEWER_TOKEN,
} from "./support";

/**
 * The auth matrix over EVERY route handler file under app/api (found on disk,
 * so a new route is in the matrix automatically): anonymous, viewer, admin and
 * read-only mode, with Docker's state compared before and after the refusals.
 */
const API_DIR = path.resolve(__dirname, "../app/api");
const PUBLIC = new Set(["GET /api/health", "POST /api/auth/login", "POST /api/auth/logout"]);
// Sample values for dynamic segments: seeded objects that refusals must leave intact.
const SAMPLE: Record<string, string> = { idOrName: "demo-tools", network: "demo-frontend" };
const SERVICE_SAMPLE = "resolver";

type Endpoint = { method: string; route: string; url: string };

function endpoints(): Endpoint[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : e.name === "route.ts"
          ? [path.join(dir, e.name)]
          : [],
    );
  return walk(API_DIR).flatMap((file) => {
    const route = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
    const url = route.replace(/\[(\w+)\]/g, (_, p: string) =>
      p === "idOrName" && route.startsWith("/api/services") ? SERVICE_SAMPLE : (SAMPLE[p] ?? "x"),
    );
    const src = readFileSync(file, "utf8");
    return [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({
      method: m[1] as string,
      route,
      url,
    }));
  });
}

const all = endpoints();
const isMutation = (e: Endpoint) => e.method !== "GET";
const isPublic = (e: Endpoint) => PUBLIC.has(`${e.method} ${e.route}`);
// Server-Sent Events never end, so the matrix checks them with a stream read (below).
const STREAMS = new Set(["/api/events"]);
const matrix = all.filter((e) => !isPublic(e) && !STREAMS.has(e.route));

async function call(
  request: APIRequestContext,
  base: string,
  e: Endpoint,
  headers: Record<string, string>,
) {
  return request.fetch(`${base}${e.url}`, {
    method: e.method,
    headers: { ...headers, Origin: base },
    data: e.method === "GET" ? undefined : { version: 0 },
    maxRedirects: 0,
  });
}

/** The status of a stream, without waiting for it to end. */
async function streamStatus(url: string, headers: Record<string, string>): Promise<number> {
  const abort = new AbortController();
  const res = await fetch(url, { headers, signal: abort.signal });
  abort.abort();
  return res.status;
}

/**
 * What refusals must not change: the objects the matrix's requests name (other spec files
 * create and remove their own objects in parallel, so a global listing would not do).
 */
function dockerState(): string {
  return [
    docker(["network", "inspect", "-f", "{{.Id}} {{.Name}}", "demo-tools", "demo-frontend"]),
    docker(["service", "inspect", "-f", "{{.ID}} {{.Version.Index}}", "resolver"]),
    docker(["network", "ls", "-q", "--filter", "name=ro-should-not-exist"]),
  ].join("\n");
}

test.describe("auth matrix", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the matrix covers every route file", () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.some((e) => e.method === "DELETE")).toBe(true);
  });

  test("anonymous: 401 on every non-public route, Docker unchanged", async ({ request }) => {
    const before = dockerState();
    for (const e of matrix) {
      const res = await call(request, BASE_URL, e, {});
      expect(res.status(), `${e.method} ${e.url}`).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
    expect(dockerState()).toBe(before);
  });

  test("viewer: reads allowed, every mutation 403, Docker unchanged", async ({ request }) => {
    const before = dockerState();
    for (const e of matrix) {
      const res = await call(request, BASE_URL, e, asViewer);
      if (isMutation(e)) {
        expect(res.status(), `${e.method} ${e.url}`).toBe(403);
      } else if (e.url === "/api/audit") {
        expect(res.status(), "audit log is admin-only").toBe(403);
      } else {
        expect(res.status(), `${e.method} ${e.url}`).toBeLessThan(400);
      }
    }
    expect(dockerState()).toBe(before);
  });

  test("admin: reads allowed and mutations reach validation (no 401/403)", async ({ request }) => {
    const before = dockerState();
    for (const e of matrix) {
      const res = await call(request, BASE_URL, e, asAdmin);
      // Mutations get the dummy body { version: 0 }: refused as invalid or conflicting, never as unauthorised.
      expect([401, 403], `${e.method} ${e.url}`).not.toContain(res.status());
    }
    expect(dockerState()).toBe(before);
  });

  test("read-only mode: every mutation 403 even for admins, reads still work", async ({
    request,
  }) => {
    const before = dockerState();
    for (const e of matrix) {
      const res = await call(request, READ_ONLY_BASE_URL, e, asAdmin);
      if (isMutation(e)) {
        expect(res.status(), `${e.method} ${e.url}`).toBe(403);
        expect((await res.json()).error.message).toContain("read-only");
      } else expect(res.status(), `${e.method} ${e.url}`).toBeLessThan(400);
    }
    // A valid mutation too: still refused, nothing created.
    const res = await request.post(`${READ_ONLY_BASE_URL}/api/networks`, {
      headers: asAdmin,
      data: { name: "ro-should-not-exist" },
    });
    expect(res.status()).toBe(403);
    expect(dockerState()).toBe(before);
  });

  test("the event stream: 401 anonymous, open for viewers", async () => {
    const streams = all.filter((e) => STREAMS.has(e.route)).map((e) => e.route);
    expect(streams).toEqual(["/api/events"]);
    for (const route of streams) {
      expect(await streamStatus(`${BASE_URL}${route}`, {})).toBe(401);
      expect(await streamStatus(`${BASE_URL}${route}`, asViewer)).toBe(200);
    }
  });

  test("a wrong bearer token is 401, never a downgrade to the cookie", async ({ playwright }) => {
    // With a valid admin cookie in the same request: still refused (one wrong token from this
    // address counts towards its login limit; e2e/security-auth.spec.ts floods from others).
    const ctx = await playwright.request.newContext({ baseURL: BASE_URL });
    await ctx.post("/api/auth/login", {
      data: { token: ADMIN_TOKEN },
      headers: { Origin: BASE_URL },
    });
    const res = await ctx.get("/api/snapshot", { headers: { Authorization: "Bearer nope" } });
    expect(res.status()).toBe(401);
    expect((await ctx.get("/api/snapshot")).status()).toBe(200);
    await ctx.dispose();
  });

  test("health is public and reveals nothing else", async ({ request }) => {
    const body = await (await request.get(`${BASE_URL}/api/health`)).json();
    expect(Object.keys(body).sort()).toEqual(["docker", "ok"]);
    expect(Object.keys(body.docker).sort()).toEqual(["apiVersion", "reachable", "swarm"]);
  });
});

test.describe("sessions and cookies", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page redirects anonymous visitors to /login?next=…", async ({ request }) => {
    for (const p of [
      "/networks",
      "/networks/demo-secure",
      "/ingress",
      "/gwbridge",
      "/services",
      "/services/web",
      "/nodes",
      "/swarm",
      "/audit",
      "/wall",
    ]) {
      const res = await request.get(`${BASE_URL}${p}`, { maxRedirects: 0 });
      expect(res.status(), p).toBe(307);
      expect(res.headers().location, p).toBe(`/login?next=${encodeURIComponent(p)}`);
    }
  });

  test("?token= sets an httpOnly SameSite=Strict cookie and strips the token", async ({
    request,
  }) => {
    const res = await request.get(`${BASE_URL}/wall?token=${VIEWER_TOKEN}`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toBe("/wall");
    const cookie = res.headers()["set-cookie"] ?? "";
    expect(cookie).toMatch(/^swarmnet_session=viewer\./);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=strict/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure is set behind https
    const https = await request.get(`${BASE_URL}/wall?token=${VIEWER_TOKEN}`, {
      maxRedirects: 0,
      headers: { "X-Forwarded-Proto": "https" },
    });
    // Over https the cookie takes the __Host- name, which browsers accept only with Secure.
    expect(https.headers()["set-cookie"]).toMatch(/^__Host-swarmnet_session=viewer\./);
    expect(https.headers()["set-cookie"]).toMatch(/Secure/i);
  });

  test("a bad ?token= goes to the login page with an error", async ({ request }) => {
    const res = await request.get(`${BASE_URL}/networks?token=wrong`, { maxRedirects: 0 });
    expect(res.headers().location).toContain("/login?next=%2Fnetworks&error=invalid");
  });

  test("cross-site mutations with the admin cookie are refused", async ({ playwright }) => {
    const ctx = await playwright.request.newContext({ baseURL: BASE_URL });
    await ctx.post("/api/auth/login", {
      data: { token: ADMIN_TOKEN },
      headers: { Origin: BASE_URL },
    });
    const before = dockerState();
    const evil = await ctx.delete("/api/networks/demo-tools", {
      headers: { Origin: "https://evil.example" },
    });
    expect(evil.status()).toBe(403);
    const noOrigin = await ctx.delete("/api/networks/demo-tools");
    expect(noOrigin.status()).toBe(403);
    const fetchSite = await ctx.delete("/api/networks/demo-tools", {
      headers: { "Sec-Fetch-Site": "cross-site" },
    });
    expect(fetchSite.status()).toBe(403);
    // Same origin passes the check and reaches the real rule (the network is in use → 409).
    const same = await ctx.delete("/api/networks/demo-tools", { headers: { Origin: BASE_URL } });
    expect(same.status()).toBe(409);
    expect(dockerState()).toBe(before);
    await ctx.dispose();
  });

  test("security headers on pages and API", async ({ request }) => {
    const page = await request.get(`${BASE_URL}/login`);
    const h = page.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    const api = await request.get(`${BASE_URL}/api/health`);
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  });
});

test.describe("secrets", () => {
  test("join tokens: admins only", async ({ request }) => {
    const admin = await (await request.get(`${BASE_URL}/api/swarm`, { headers: asAdmin })).json();
    expect(admin.joinTokens.worker).toMatch(/^SWMTKN-/);
    const viewer = await (await request.get(`${BASE_URL}/api/swarm`, { headers: asViewer })).json();
    expect(viewer.joinTokens).toBeNull();
    const snapshot = await (
      await request.get(`${BASE_URL}/api/snapshot`, { headers: asViewer })
    ).text();
    expect(snapshot).not.toContain("SWMTKN-");
  });

  test.describe("as a viewer in the browser", () => {
    test.use({ storageState: VIEWER_STATE });

    test("the wall and the swarm page show no join token", async ({ page }) => {
      const seen = recordApiAnswers(page);
      await page.goto("/swarm");
      await expect(page.getByRole("heading", { name: "Swarm", level: 1 })).toBeVisible();
      await expect(page.getByText("SWMTKN-")).toHaveCount(0);
      await page.goto("/wall");
      await page.waitForLoadState("networkidle").catch(() => {});
      expect(await page.content()).not.toContain("SWMTKN-");
      expect(seen.join("\n")).not.toContain("SWMTKN-");
    });
  });
});

test.describe("browser login, one change, and its audit line", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an admin signs in on /login, removes a network from the UI, and /audit shows it", async ({
    page,
  }) => {
    const name = uniqueName("audit-net");
    docker(["network", "create", "-d", "overlay", name]);
    await page.goto(`/networks/${name}`);
    await expect(page).toHaveURL(/\/login\?next=/);
    await page.getByLabel("Token").fill(ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/networks/${name}$`));
    await page.getByRole("button", { name: "Remove network" }).click();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await expect.poll(() => docker(["network", "ls", "-q", "--filter", `name=^${name}$`])).toBe("");

    await page.goto("/audit");
    const row = page
      .getByRole("table", { name: "Audit log" })
      .getByRole("row")
      .filter({ hasText: name });
    await expect(row.first()).toContainText(`docker network rm ${name}`);
    await expect(row.first()).toContainText("admin");
    await expect(row.first()).toContainText("ok");
    // The file: one JSON line per change, with who, what, the docker equivalent and the result.
    const lines = readFileSync(`.swarmnet/e2e/audit-${E2E_PORT}.log`, "utf8").trim().split("\n");
    const entry = lines
      .map((l) => JSON.parse(l))
      .find((e) => e.cli === `docker network rm ${name}`);
    expect(entry).toMatchObject({
      role: "admin",
      via: "cookie",
      address: "127.0.0.1",
      userAgent: expect.stringContaining("Chrome"),
      operation: "network.remove",
      cli: `docker network rm ${name}`,
      status: 200,
      result: "ok",
    });
    // Written before Docker was called: the attempt line, with the same id.
    const attempt = lines.map((l) => JSON.parse(l)).find((e) => e.id === entry.id && e !== entry);
    expect(attempt).toMatchObject({
      result: "attempt",
      status: null,
      operation: "network.remove",
      target: entry.target,
    });
  });

  test("wrong tokens are rate-limited per client address", async ({ request }) => {
    // The read-only server trusts X-Forwarded-For (SWARMNET_TRUST_PROXY=1) and has its own limiter.
    const login = (token: string, from: string) =>
      request.post(`${READ_ONLY_BASE_URL}/api/auth/login`, {
        data: { token },
        headers: { Origin: READ_ONLY_BASE_URL, "X-Forwarded-For": from },
      });
    const attacker = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) expect((await login("wrong-token", attacker)).status()).toBe(401);
    const blocked = await login("wrong-token", attacker);
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    // Even the right token waits out the window from that address; others are not affected.
    expect((await login(ADMIN_TOKEN, attacker)).status()).toBe(429);
    expect((await login(VIEWER_TOKEN, "203.0.113.7")).status()).toBe(200);
  });
});

test("read-only mode in the browser: an admin sees why, and no change controls", async ({
  page,
}) => {
  const name = uniqueName("ro-net");
  docker(["network", "create", "-d", "overlay", name]);
  try {
    // The admin session cookie (default storage state) works on the read-only server too.
    await page.goto(`${READ_ONLY_BASE_URL}/networks/${name}`);
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(
      page.getByText("Read-only mode: changes are turned off on this server").first(),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove network" })).toHaveCount(0);
    // The same page on the normal server offers the control.
    await page.goto(`${BASE_URL}/networks/${name}`);
    await expect(page.getByRole("button", { name: "Remove network" })).toBeVisible();
  } finally {
    docker(["network", "rm", name]);
  }
});
