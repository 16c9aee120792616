import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "./crypto";
import { LoginLimiter } from "./rate-limit";
import { roleForToken, signSession, verifySession } from "./session";
import { checkToken } from "./token-check";

const tokens = {
  admin: "admin-token-aaaaaaaaaaaaaaaaaaaaaaaa",
  viewer: "viewer-token-bbbbbbbbbbbbbbbbbbbbbbb",
};

describe("session cookies", () => {
  it("verify what they signed, for the role they name", async () => {
    expect(await verifySession(await signSession("admin", tokens), tokens)).toBe("admin");
    expect(await verifySession(await signSession("viewer", tokens), tokens)).toBe("viewer");
  });

  it("refuse a tampered role, a bad signature, garbage and expired cookies", async () => {
    const viewer = await signSession("viewer", tokens);
    expect(await verifySession(viewer.replace(/^viewer/, "admin"), tokens)).toBeNull();
    expect(await verifySession(`${viewer}x`, tokens)).toBeNull();
    expect(await verifySession("admin.1.abc", tokens)).toBeNull();
    expect(await verifySession(undefined, tokens)).toBeNull();
    const old = await signSession("admin", tokens, Date.now() - 31 * 24 * 3600 * 1000);
    expect(await verifySession(old, tokens)).toBeNull();
  });

  it("end when a token is rotated", async () => {
    const cookie = await signSession("admin", tokens);
    expect(
      await verifySession(cookie, { ...tokens, viewer: "rotated-viewer-token-cc" }),
    ).toBeNull();
  });
});

describe("tokens", () => {
  it("map to roles, and nothing else does", () => {
    expect(roleForToken(tokens.admin, tokens)).toBe("admin");
    expect(roleForToken(tokens.viewer, tokens)).toBe("viewer");
    expect(roleForToken(`${tokens.admin} `, tokens)).toBeNull();
    expect(roleForToken("", tokens)).toBeNull();
    expect(roleForToken(null, tokens)).toBeNull();
  });

  it("compare by content, whatever the lengths", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
  });
});

describe("LoginLimiter", () => {
  it("blocks an address after too many failures, for the rest of the window", () => {
    const limiter = new LoginLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect(limiter.fail("10.0.0.1", t0)).toBe("counted");
    expect(limiter.fail("10.0.0.1", t0)).toBe("counted");
    expect(limiter.retryAfter("10.0.0.1", t0)).toBe(0);
    expect(limiter.fail("10.0.0.1", t0)).toBe("address-locked");
    expect(limiter.retryAfter("10.0.0.1", t0 + 1_000)).toBe(59);
    // Other addresses are not affected; the window ends.
    expect(limiter.retryAfter("10.0.0.2", t0)).toBe(0);
    expect(limiter.retryAfter("10.0.0.1", t0 + 60_000)).toBe(0);
  });

  it("forgets an address that signs in", () => {
    const limiter = new LoginLimiter(2, 60_000);
    limiter.fail("a", 0);
    limiter.fail("a", 0);
    expect(limiter.retryAfter("a", 1)).toBeGreaterThan(0);
    limiter.succeed("a");
    expect(limiter.retryAfter("a", 1)).toBe(0);
  });

  it("has a global ceiling over all addresses together", () => {
    const limiter = new LoginLimiter(3, 60_000, 5);
    const outcomes = ["a", "b", "c", "d", "e"].map((a) => limiter.fail(a, 0));
    expect(outcomes).toEqual(["counted", "counted", "counted", "counted", "global-locked"]);
    expect(limiter.retryAfter("someone-else", 1_000)).toBe(59);
    expect(limiter.retryAfter("someone-else", 60_000)).toBe(0);
  });
});

describe("checkToken", () => {
  it("lets the right token in elsewhere while one address floods wrong ones", () => {
    const limiter = new LoginLimiter(10, 60_000, 200);
    const opts = { limiter, tokens, clearOnSuccess: false };
    const results = Array.from({ length: 1000 }, () => checkToken("wrong", "10.0.0.66", opts));
    expect(results.filter((r) => !r.ok && !r.locked)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, locked: true });
    // The flood stopped counting once its address was locked: the global ceiling is far away.
    expect(checkToken(tokens.admin, "10.0.0.7", opts)).toEqual({ ok: true, role: "admin" });
    // From the flooding address even the right token waits.
    expect(checkToken(tokens.admin, "10.0.0.66", opts)).toMatchObject({ locked: true });
  });

  it("does not let Bearer successes reset a guesser's count on a shared address", () => {
    const limiter = new LoginLimiter(3, 60_000);
    const opts = { limiter, tokens, clearOnSuccess: false };
    for (let i = 0; i < 3; i++) {
      checkToken("wrong", "nat", opts);
      checkToken(tokens.viewer, "nat", opts);
    }
    expect(checkToken("wrong", "nat", opts)).toMatchObject({ locked: true });
  });
});
