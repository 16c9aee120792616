import { describe, expect, it, vi } from "vitest";
import { createHub } from "./hub";

describe("createHub", () => {
  it("fans a frame out to every subscriber and drops one that throws", () => {
    const onEmpty = vi.fn();
    const hub = createHub(onEmpty);
    const a: string[] = [];
    hub.subscribe((f) => a.push(f));
    hub.subscribe(() => {
      throw new Error("closed");
    });
    hub.broadcast("x");
    hub.broadcast("y");
    expect(a).toEqual(["x", "y"]);
    expect(hub.size).toBe(1);
    expect(onEmpty).not.toHaveBeenCalled();
  });

  it("subscribing and unsubscribing 200 times leaves nothing behind", () => {
    const onEmpty = vi.fn();
    const hub = createHub(onEmpty);
    const keep = hub.subscribe(() => {});
    for (let i = 0; i < 200; i++) {
      const off = hub.subscribe(() => {});
      off();
      off(); // idempotent
    }
    expect(hub.size).toBe(1);
    keep();
    expect(hub.size).toBe(0);
    expect(onEmpty).toHaveBeenCalledTimes(1);
  });

  it("builds a frame once per audience and sends each client its audience's", () => {
    const hub = createHub();
    const admin: string[] = [];
    const viewers: string[][] = [[], [], []];
    hub.subscribe((f) => admin.push(f), "admin");
    for (const v of viewers) hub.subscribe((f) => v.push(f), "viewer");
    const build = vi.fn((audience: string) => `frame for ${audience}`);
    hub.broadcast(build);
    expect(admin).toEqual(["frame for admin"]);
    for (const v of viewers) expect(v).toEqual(["frame for viewer"]);
    expect(build).toHaveBeenCalledTimes(2);
  });
});
