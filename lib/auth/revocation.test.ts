import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import {
  HOST_SESSION_COOKIE,
  isSecureContext,
  readSessionCookie,
  sessionCookieName,
} from "./cookie-name";
import { RevocationList } from "./revocation";
import { SESSION_COOKIE, SESSION_MAX_AGE_S } from "./roles";
import { readSession, signSession, verifySession } from "./session";

const tokens = {
  admin: "admin-token-aaaaaaaaaaaaaaaaaaaaaaaa",
  viewer: "viewer-token-bbbbbbbbbbbbbbbbbbbbbbb",
};

describe("session revocation", () => {
  it("each sign-in gets its own id; a revoked one stops verifying, others keep working", async () => {
    const list = new RevocationList(null);
    const a = await signSession("admin", tokens);
    const b = await signSession("admin", tokens);
    const sa = await readSession(a, tokens);
    expect(sa?.id).not.toBe((await readSession(b, tokens))?.id);
    list.revoke(sa?.id ?? "", sa?.issued ?? 0);
    const revoked = (id: string) => list.isRevoked(id);
    expect(await verifySession(a, tokens, Date.now(), revoked)).toBeNull();
    expect(await verifySession(b, tokens, Date.now(), revoked)).toBe("admin");
  });

  it("survives a restart (the list is saved) and forgets sessions past their expiry", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmnet-rev-"));
    const file = path.join(dir, "sub", "revoked.json");
    const now = Date.now();
    const first = new RevocationList(file);
    first.revoke("old", Math.floor(now / 1000) - SESSION_MAX_AGE_S - 10, now);
    first.revoke("x", Math.floor(now / 1000), now);
    const second = new RevocationList(file);
    expect(second.isRevoked("x")).toBe(true);
    second.revoke("y", Math.floor(now / 1000), now);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, "utf8"))).sort()).toEqual(["x", "y"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses cookies of the old three-part format", async () => {
    expect(await verifySession("admin.1700000000.sig", tokens)).toBeNull();
  });
});

describe("cookie name", () => {
  afterEach(() => {
    delete process.env.SWARMNET_PUBLIC_URL;
    resetEnv();
  });

  const req = (headers: Record<string, string>, cookies: Record<string, string>) => ({
    headers: new Headers(headers),
    cookies: { get: (n: string) => (n in cookies ? { value: cookies[n] as string } : undefined) },
  });

  it("is __Host- prefixed over https and plain over http", () => {
    expect(sessionCookieName(true)).toBe(HOST_SESSION_COOKIE);
    expect(sessionCookieName(false)).toBe(SESSION_COOKIE);
    expect(isSecureContext(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecureContext(new Headers(), "http:")).toBe(false);
    process.env.SWARMNET_PUBLIC_URL = "https://swarm.example";
    resetEnv();
    expect(isSecureContext(new Headers(), "http:")).toBe(true);
  });

  it("reads only the name the context uses (no plain cookie tossed in over https)", () => {
    const both = { [SESSION_COOKIE]: "plain", [HOST_SESSION_COOKIE]: "host" };
    expect(readSessionCookie(req({}, both))).toBe("plain");
    expect(readSessionCookie(req({ "x-forwarded-proto": "https" }, both))).toBe("host");
    expect(
      readSessionCookie(req({ "x-forwarded-proto": "https" }, { [SESSION_COOKIE]: "p" })),
    ).toBeUndefined();
  });
});
