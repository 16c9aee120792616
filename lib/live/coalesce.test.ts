import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCoalescer } from "./coalesce";
import type { LiveEvent } from "./message";

const ev = (id: string, action = "update", time = 1): LiveEvent => ({
  type: "service",
  action,
  id,
  name: `svc-${id}`,
  time,
});

describe("createCoalescer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends a burst as one batch, at most one window after its first event", () => {
    const batches: LiveEvent[][] = [];
    const c = createCoalescer((b) => batches.push(b), 100);
    c.push(ev("a"));
    vi.advanceTimersByTime(60);
    c.push(ev("b"));
    vi.advanceTimersByTime(39);
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([[ev("a"), ev("b")]]);
  });

  it("collapses repeats of one object and action, keeping first order and latest time", () => {
    const batches: LiveEvent[][] = [];
    const c = createCoalescer((b) => batches.push(b), 100);
    c.push(ev("a", "update", 1));
    c.push(ev("b", "update", 2));
    c.push(ev("a", "update", 3));
    c.push(ev("a", "remove", 4));
    vi.advanceTimersByTime(100);
    expect(batches).toEqual([[ev("a", "update", 3), ev("b", "update", 2), ev("a", "remove", 4)]]);
  });

  it("starts a new window after a flush, and dispose drops what is pending", () => {
    const batches: LiveEvent[][] = [];
    const c = createCoalescer((b) => batches.push(b), 100);
    c.push(ev("a"));
    c.flush();
    c.push(ev("b"));
    vi.advanceTimersByTime(100);
    expect(batches).toEqual([[ev("a")], [ev("b")]]);
    c.push(ev("c"));
    c.dispose();
    vi.advanceTimersByTime(500);
    expect(batches).toHaveLength(2);
    expect(c.pending).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
