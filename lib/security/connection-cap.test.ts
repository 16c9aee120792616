import { describe, expect, it, vi } from "vitest";
import { ConnectionCap, releaseWhenDone } from "./connection-cap";
import { ttlCache } from "./ttl-cache";

describe("ConnectionCap", () => {
  it("caps each client on its own and frees a slot once, on release", () => {
    const cap = new ConnectionCap(2);
    const a1 = cap.acquire("a");
    const a2 = cap.acquire("a");
    expect(a1 && a2).toBeTruthy();
    expect(cap.acquire("a")).toBeNull();
    expect(cap.acquire("b")).not.toBeNull();
    a1?.();
    a1?.();
    expect(cap.count("a")).toBe(1);
    expect(cap.acquire("a")).not.toBeNull();
    expect(cap.acquire("a")).toBeNull();
  });
});

describe("releaseWhenDone", () => {
  it("releases when the client cancels the stream", async () => {
    const release = vi.fn();
    const source = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array([1])),
    });
    const res = releaseWhenDone(new Response(source, { headers: { "x-a": "1" } }), release);
    expect(res.headers.get("x-a")).toBe("1");
    const reader = res.body?.getReader();
    await reader?.read();
    expect(release).not.toHaveBeenCalled();
    await reader?.cancel();
    expect(release).toHaveBeenCalledTimes(1);
  });

  it("releases when the stream ends by itself", async () => {
    const release = vi.fn();
    const res = releaseWhenDone(new Response("done"), release);
    expect(await res.text()).toBe("done");
    expect(release).toHaveBeenCalledTimes(1);
  });
});

describe("ttlCache", () => {
  it("computes once per period and retries after a failure", async () => {
    let t = 0;
    let calls = 0;
    const fail = { on: false };
    const get = ttlCache(
      async () => {
        calls++;
        if (fail.on) throw new Error("down");
        return calls;
      },
      1500,
      () => t,
    );
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    t = 1499;
    expect(await get()).toBe(1);
    t = 1500;
    expect(await get()).toBe(2);
    fail.on = true;
    t = 4000;
    await expect(get()).rejects.toThrow("down");
    fail.on = false;
    expect(await get()).toBe(4);
  });
});
