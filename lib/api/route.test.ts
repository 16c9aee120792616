import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

/**
 * The wrapper's security duties, on real requests: audit before Docker, no line for
 * anonymous refusals, body limits, Bearer failures counted, viewers' answers redacted.
 * The environment is set before the modules read it (getEnv caches it).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmnet-route-"));
const ADMIN = "admin-token-for-route-tests-aaaaaaaaaaa";
const VIEWER = "viewer-token-for-route-tests-bbbbbbbbbb";
const ENV = {
  SWARMNET_ADMIN_TOKEN: ADMIN,
  SWARMNET_VIEWER_TOKEN: VIEWER,
  SWARMNET_AUDIT_LOG: path.join(dir, "audit.log"),
  DOCKER_HOST: "unix:///run/route-test.sock",
  SWARMNET_SOCKET_ADDRESS_HEADER: "1",
};
for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);

type Route = typeof import("./route");
let route: Route["route"];
beforeAll(async () => {
  ({ route } = await import("./route"));
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const auditLines = () =>
  fs.existsSync(path.join(dir, "audit.log"))
    ? fs.readFileSync(path.join(dir, "audit.log"), "utf8").trim().split("\n").filter(Boolean)
    : [];

function request(method: string, headers: Record<string, string> = {}, body?: string) {
  return new NextRequest("http://localhost/api/x", {
    method,
    headers: { "x-swarmnet-client-address": "10.9.9.9", ...headers },
    ...(body === undefined ? {} : { body }),
  });
}

const admin = { Authorization: `Bearer ${ADMIN}` };

describe("route()", () => {
  it("writes the attempt line before the handler runs, and the result after", async () => {
    const seen: number[] = [];
    const h = route({ operation: "t.change", access: "admin" }, async () => {
      seen.push(auditLines().length);
      return { cli: "docker thing" };
    });
    const before = auditLines().length;
    expect((await h(request("POST", admin))).status).toBe(200);
    expect(seen).toEqual([before + 1]);
    const [attempt, result] = auditLines()
      .slice(-2)
      .map((l) => JSON.parse(l));
    expect(attempt).toMatchObject({
      result: "attempt",
      status: null,
      address: "10.9.9.9",
      via: "bearer",
    });
    expect(result).toMatchObject({
      result: "ok",
      status: 200,
      cli: "docker thing",
      id: attempt.id,
    });
  });

  it("writes nothing for a mutation without any credential", async () => {
    const h = route({ operation: "t.change", access: "admin" }, async () => ({}));
    const before = auditLines().length;
    for (let i = 0; i < 5; i++) {
      expect((await h(request("DELETE", {}))).status).toBe(401);
    }
    expect(auditLines()).toHaveLength(before);
  });

  it("answers 413 past the body limit, without calling the handler", async () => {
    const handler = vi.fn(async () => ({}));
    const h = route(
      {
        operation: "t.body",
        access: "admin",
        body: z.object({ a: z.string() }),
        maxBodyBytes: 100,
      },
      handler,
    );
    const res = await h(request("POST", admin, JSON.stringify({ a: "x".repeat(200) })));
    expect(res.status).toBe(413);
    expect(handler).not.toHaveBeenCalled();
  });

  it("redacts viewers' answers and errors, not admins'", async () => {
    const payload = {
      labels: { "x.password": "pw" },
      engine: { host: "unix:///run/route-test.sock", apiVersion: "1", swarmState: "active" },
    };
    const h = route({ operation: "t.read", access: "viewer" }, async () => payload);
    const viewer = await (await h(request("GET", { Authorization: `Bearer ${VIEWER}` }))).json();
    expect(viewer.labels["x.password"]).toBe("[redacted]");
    expect(viewer.engine.host).toBe("[redacted]");
    const asAdmin = await (await h(request("GET", admin))).json();
    expect(asAdmin).toEqual(payload);
    const failing = route({ operation: "t.fail", access: "viewer" }, async () => {
      const { AppError } = await import("@/lib/errors");
      throw new AppError(
        "unavailable",
        "Cannot reach Docker at unix:///run/route-test.sock: ENOENT",
      );
    });
    const err = await (await failing(request("GET", { Authorization: `Bearer ${VIEWER}` }))).json();
    expect(err.error.message).toBe("Cannot reach Docker at [redacted]: ENOENT");
  });

  it("counts wrong Bearer tokens per address: 401, then 429 with Retry-After", async () => {
    const h = route({ operation: "t.read", access: "viewer" }, async () => ({}));
    const from = (address: string, token: string) =>
      h(request("GET", { Authorization: `Bearer ${token}`, "x-swarmnet-client-address": address }));
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await from("10.1.1.1", "wrong")).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const locked = await from("10.1.1.1", VIEWER);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await from("10.1.1.2", VIEWER)).status).toBe(200);
  });

  it("refuses the change when the attempt line cannot be written", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = vi.fn(async () => ({}));
    const h = route({ operation: "t.change", access: "admin" }, handler);
    // Replace the log file by a directory: appending to it fails.
    const file = path.join(dir, "audit.log");
    fs.rmSync(file, { force: true });
    fs.mkdirSync(file);
    const res = await h(request("POST", admin));
    expect(res.status).toBe(503);
    expect(handler).not.toHaveBeenCalled();
    fs.rmSync(file, { recursive: true, force: true });
  });
});

describe("route() language", () => {
  const schema = z.object({ name: z.string().min(1, { error: "name is required" }) }).strict();

  it("answers in the request's language: Accept-Language, overridden by the cookie; codes unchanged", async () => {
    const h = route({ operation: "t.lang", access: "admin", body: schema }, async () => ({}));
    const send = (headers: Record<string, string>) =>
      h(request("POST", { ...admin, "content-type": "application/json", ...headers }, '{"x":1}'));

    const es = await (await send({ "accept-language": "es-ES,es;q=0.9" })).json();
    expect(es.error.code).toBe("invalid");
    expect(es.error.message).toBe("Hay campos no válidos.");
    expect(es.error.details).toContainEqual({ field: "x", message: 'campo desconocido "x"' });

    const en = await (await send({ "accept-language": "es", cookie: "swarmnet_lang=en" })).json();
    expect(en.error.code).toBe("invalid");
    expect(en.error.message).toBe("Some fields are not valid.");

    const anonymous = await h(request("POST", { "accept-language": "es" }));
    expect((await anonymous.json()).error).toMatchObject({
      code: "unauthorized",
      message: expect.stringMatching(/^Inicie sesión primero/),
    });
  });

  it("keeps the language through the handler's awaits", async () => {
    const { t } = await import("@/lib/i18n/current");
    const h = route({ operation: "t.lang-read", access: "viewer" }, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { text: t().errors.unexpected };
    });
    const res = await h(
      request("GET", { Authorization: `Bearer ${VIEWER}`, "accept-language": "es" }),
    );
    expect((await res.json()).text).toBe("Error inesperado del servidor.");
  });
});
