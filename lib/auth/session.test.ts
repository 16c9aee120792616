import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "./crypto";
import { LoginLimiter } from "./rate-limit";
import { roleForToken, signSession, verifySession } from "./session";

const tokens = { admin: "admin-token-aaaaaaaaaaaa", viewer: "viewer-token-bbbbbbbbbbbb" };

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
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter("10.0.0.1", t0)).toBe(0);
      limiter.fail("10.0.0.1", t0);
    }
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
});
