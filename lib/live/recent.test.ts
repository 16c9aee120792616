import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRecentStore } from "./recent";

describe("createRecentStore", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("remembers a name for the ttl, renewed by a new event, and notifies on both edges", () => {
    const store = createRecentStore(3000);
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.mark(["web", ""]);
    expect(store.has("web")).toBe(true);
    expect(store.has("")).toBe(false);
    vi.advanceTimersByTime(2000);
    store.mark(["web"]);
    vi.advanceTimersByTime(2000);
    expect(store.has("web")).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(store.has("web")).toBe(false);
    expect(listener).toHaveBeenCalledTimes(3);
    off();
    expect(store.listeners).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
