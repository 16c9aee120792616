import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { MAX_STREAMS_PER_CLIENT } from "../lib/security/connection-cap";
import { from, loopback, openStream } from "./security-support";
import { ADMIN_TOKEN, asViewer, BASE_URL, E2E_PORT, VIEWER_TOKEN } from "./support";

/** Login limits per client address, sessions, the post-login redirect, stream caps (#12). */
test.use({ storageState: { cookies: [], origins: [] } });

const auditLines = () =>
  readFileSync(`.swarmnet/e2e/audit-${E2E_PORT}.log`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test("a wrong-Bearer flood from one address does not lock out another that signs in", async () => {
  const attacker = loopback();
  const admin = loopback();
  const login = () =>
    from(
      admin,
      "POST",
      "/api/auth/login",
      { Origin: BASE_URL },
      JSON.stringify({ token: ADMIN_TOKEN }),
    );
  const flood = Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      from(attacker, "GET", "/api/snapshot", { Authorization: `Bearer wrong-${i}` }),
    ),
  );
  // Sign-ins from elsewhere while the flood runs, and after it.
  const during = await login();
  const statuses = (await flood).map((a) => a.status);
  expect(during.status).toBe(200);
  expect(during.headers["set-cookie"]?.join(";")).toMatch(/swarmnet_session=admin\./);
  expect(statuses.filter((s) => s === 401)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(50);
  expect((await login()).status).toBe(200);
  const bearer = await from(admin, "GET", "/api/auth/session", {
    Authorization: `Bearer ${ADMIN_TOKEN}`,
  });
  expect(bearer.status).toBe(200);
  // The flooding address waits, even with the right token.
  const locked = await from(attacker, "GET", "/api/auth/session", {
    Authorization: `Bearer ${ADMIN_TOKEN}`,
  });
  expect(locked.status).toBe(429);
  expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
  // Audited: ten wrong tokens and one lockout line, not sixty lines.
  const mine = auditLines().filter((e) => e.address === attacker);
  expect(mine.filter((e) => e.operation === "auth.bearer")).toHaveLength(10);
  expect(mine.filter((e) => e.operation === "auth.lockout")).toHaveLength(1);
  const signIns = auditLines().filter((e) => e.address === admin && e.operation === "auth.login");
  expect(signIns.map((e) => e.result)).toEqual(["ok", "ok"]);
});

test("event streams are capped per client address", async () => {
  const client = loopback();
  const streams = [];
  for (let i = 0; i < MAX_STREAMS_PER_CLIENT; i++) {
    streams.push(await openStream(client, "/api/events", asViewer));
  }
  expect(streams.map((s) => s.status)).toEqual(Array(MAX_STREAMS_PER_CLIENT).fill(200));
  const over = await from(client, "GET", "/api/events", asViewer);
  expect(over.status).toBe(429);
  // Another client is not affected; a closed stream frees its slot.
  const other = await openStream(loopback(), "/api/events", asViewer);
  expect(other.status).toBe(200);
  other.close();
  streams[0]?.close();
  await expect
    .poll(async () => {
      const s = await openStream(client, "/api/events", asViewer);
      s.close();
      return s.status;
    })
    .toBe(200);
  for (const s of streams) s.close();
});

test.describe("the page after signing in stays on the dashboard", () => {
  for (const next of [
    "/%5Cevil.example",
    "/%09/evil.example",
    "//evil.example",
    "/%5C%5Cevil.example",
    "https://evil.example/",
  ]) {
    test(`next=${next}`, async ({ page }) => {
      await page.goto(`/login?next=${next}`);
      await page.getByLabel("Token").fill(VIEWER_TOKEN);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${BASE_URL}/networks`);
      expect(new URL(page.url()).origin).toBe(BASE_URL);
    });
  }

  test("a path of our own is kept", async ({ page }) => {
    await page.goto(`/login?next=${encodeURIComponent("/nodes?x=1")}`);
    await page.getByLabel("Token").fill(VIEWER_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/nodes?x=1`);
  });
});

test.describe("sessions", () => {
  test("logout revokes the session on the server: a copy of the cookie stops working", async ({
    playwright,
  }) => {
    const ctx = await playwright.request.newContext({ baseURL: BASE_URL });
    await ctx.post("/api/auth/login", {
      data: { token: ADMIN_TOKEN },
      headers: { Origin: BASE_URL },
    });
    const cookie = (await ctx.storageState()).cookies.find((c) => c.name === "swarmnet_session");
    expect(cookie).toBeDefined();
    const copy = { Cookie: `swarmnet_session=${cookie?.value}` };
    expect((await ctx.get("/api/auth/session", { headers: copy })).status()).toBe(200);
    // Another site cannot sign anyone out.
    const cross = await ctx.post("/api/auth/logout", {
      headers: { Origin: "https://evil.example" },
    });
    expect(cross.status()).toBe(403);
    expect((await ctx.get("/api/auth/session", { headers: copy })).status()).toBe(200);
    expect((await ctx.post("/api/auth/logout", { headers: { Origin: BASE_URL } })).status()).toBe(
      200,
    );
    const other = await playwright.request.newContext({ baseURL: BASE_URL });
    expect((await other.get("/api/auth/session", { headers: copy })).status()).toBe(401);
    await other.dispose();
    await ctx.dispose();
  });

  test("a viewer ?token= link does not demote an admin session", async ({ playwright }) => {
    const ctx = await playwright.request.newContext({ baseURL: BASE_URL });
    await ctx.post("/api/auth/login", {
      data: { token: ADMIN_TOKEN },
      headers: { Origin: BASE_URL },
    });
    const res = await ctx.get(`/wall?token=${VIEWER_TOKEN}`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toBe("/wall");
    expect(res.headers()["set-cookie"]).toBeUndefined();
    expect((await (await ctx.get("/api/auth/session")).json()).role).toBe("admin");
    // An admin link in a viewer's browser does upgrade it.
    const viewer = await playwright.request.newContext({ baseURL: BASE_URL });
    await viewer.get(`/wall?token=${VIEWER_TOKEN}`);
    await viewer.get(`/wall?token=${ADMIN_TOKEN}`);
    expect((await (await viewer.get("/api/auth/session")).json()).role).toBe("admin");
    await viewer.dispose();
    await ctx.dispose();
  });

  test("over https: a __Host- Secure cookie, read only under that name, and HSTS", async ({
    request,
  }) => {
    const https = { "X-Forwarded-Proto": "https", Origin: "https://127.0.0.1" };
    const res = await request.post("/api/auth/login", {
      data: { token: VIEWER_TOKEN },
      headers: { ...https, "X-Forwarded-Host": "127.0.0.1" },
    });
    expect(res.status()).toBe(200);
    const setCookie = res.headers()["set-cookie"] ?? "";
    expect(setCookie).toMatch(/^__Host-swarmnet_session=viewer\./);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/Path=\//i);
    expect(setCookie).not.toMatch(/Domain=/i);
    const value = /^__Host-swarmnet_session=([^;]+)/.exec(setCookie)?.[1];
    const withCookie = { Cookie: `__Host-swarmnet_session=${value}` };
    const ok = await request.get("/api/auth/session", {
      headers: { ...withCookie, "X-Forwarded-Proto": "https" },
    });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
    // Over plain http that name is not the session cookie, and there is no HSTS.
    const plain = await request.get("/api/auth/session", { headers: withCookie });
    expect(plain.status()).toBe(401);
    expect(plain.headers()["strict-transport-security"]).toBeUndefined();
    const page = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });
});

test("the server refuses to start with a token shorter than 32 characters", () => {
  const run = spawnSync(
    process.execPath,
    ["server.mjs", "-p", String(E2E_PORT + 7), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        SWARMNET_ADMIN_TOKEN: "only-twenty-chars-xx",
        SWARMNET_VIEWER_TOKEN: VIEWER_TOKEN,
        SWARMNET_AUDIT_LOG: ".swarmnet/e2e/short-token.log",
        DOCKER_HOST: "unix:///nonexistent.sock",
      },
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("SWARMNET_ADMIN_TOKEN");
  expect(run.stderr).toContain("32");
});
