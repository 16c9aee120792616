import { readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { uniqueName } from "./docker";
import { from, loopback } from "./security-support";
import { ADMIN_TOKEN, BASE_URL, E2E_PORT } from "./support";

/** The audit log cannot be filled by anyone, and it says who did what from where (#12). */
test.use({ storageState: { cookies: [], origins: [] } });

const LOG = `.swarmnet/e2e/audit-${E2E_PORT}.log`;
const size = () => statSync(LOG, { throwIfNoEntry: false })?.size ?? 0;
const lines = () =>
  readFileSync(LOG, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test("30 anonymous DELETEs with 4 kB paths write no line", async ({ request }) => {
  const marker = uniqueName("fill");
  const before = size();
  for (let i = 0; i < 30; i++) {
    const res = await request.delete(`/api/networks/${marker}${"x".repeat(4096)}${i}`);
    expect(res.status()).toBe(401);
  }
  // Before the fix each was a line of over 4 kB (120 kB in all). Other spec files may write
  // their own lines meanwhile, hence a margin rather than zero.
  expect(size() - before).toBeLessThan(16 * 1024);
  expect(readFileSync(LOG, "utf8")).not.toContain(marker);
});

test("a change writes an attempt line and a result line with who, how and from where", async () => {
  const address = loopback();
  const name = uniqueName("sec-audit");
  const headers = {
    Authorization: `Bearer ${ADMIN_TOKEN}`,
    "User-Agent": "swarmnet-e2e/1.0",
    Origin: BASE_URL,
  };
  const created = await from(address, "POST", "/api/networks", headers, JSON.stringify({ name }));
  expect(created.status).toBe(201);
  const removed = await from(address, "DELETE", `/api/networks/${name}`, headers);
  expect(removed.status).toBe(200);
  const mine = lines().filter((e) => e.address === address);
  expect(mine.map((e) => [e.operation, e.result])).toEqual([
    ["network.create", "attempt"],
    ["network.create", "ok"],
    ["network.remove", "attempt"],
    ["network.remove", "ok"],
  ]);
  for (const e of mine) {
    expect(e).toMatchObject({ role: "admin", via: "bearer", userAgent: "swarmnet-e2e/1.0" });
  }
  expect(mine[0]?.id).toBe(mine[1]?.id);
  expect(mine[0]?.id).not.toBe(mine[2]?.id);
  expect(mine[0]?.status).toBeNull();
  expect(mine[1]).toMatchObject({ status: 201, cli: expect.stringContaining(name) });
});

test("sign-ins, wrong tokens and token links are audited with their address", async () => {
  const address = loopback();
  const body = (token: string) => JSON.stringify({ token });
  const headers = { Origin: BASE_URL, "User-Agent": "swarmnet-e2e/1.0" };
  expect((await from(address, "POST", "/api/auth/login", headers, body("nope"))).status).toBe(401);
  expect((await from(address, "POST", "/api/auth/login", headers, body(ADMIN_TOKEN))).status).toBe(
    200,
  );
  expect((await from(address, "GET", "/networks?token=also-wrong", headers)).status).toBe(307);
  const mine = lines().filter((e) => e.address === address);
  expect(mine.map((e) => [e.operation, e.via, e.result, e.status])).toEqual([
    ["auth.login", "login", "refused", 401],
    ["auth.login", "login", "ok", 200],
    ["auth.token-link", "token-link", "refused", 401],
  ]);
  expect(mine[1]?.role).toBe("admin");
  // Never the token itself.
  expect(JSON.stringify(mine)).not.toContain(ADMIN_TOKEN);
});
