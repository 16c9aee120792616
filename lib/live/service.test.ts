import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLiveEvents, type OpenStream, type StreamHandlers } from "./service";

/** A stand-in for dockerd: records opens, can refuse them, and can end the current stream. */
function fakeDocker() {
  const streams: { since: string | undefined; handlers: StreamHandlers; closed: boolean }[] = [];
  let refusing = false;
  const open: OpenStream = async (since, handlers) => {
    if (refusing) throw new Error("connect ECONNREFUSED");
    const s = { since, handlers, closed: false };
    streams.push(s);
    return {
      close: () => {
        s.closed = true;
      },
      listeners: () => (s.closed ? 0 : 3),
    };
  };
  const current = () => streams.at(-1);
  return {
    open,
    streams,
    open_: () => streams.filter((s) => !s.closed).length,
    refuse: (v: boolean) => {
      refusing = v;
    },
    send: (text: string) => current()?.handlers.onText(text),
    /** The engine goes away: the stream ends. */
    kill: () => {
      const s = current();
      if (s && !s.closed) {
        s.closed = true;
        s.handlers.onEnd(new Error("socket hang up"));
      }
    },
  };
}

const frames = () => {
  const got: string[] = [];
  return { got, send: (f: string) => void got.push(f) };
};

const flushPromises = () => new Promise<void>((r) => setImmediate(r));

const networkLine = (name: string, nano: bigint) =>
  `{"Type":"network","Action":"create","Actor":{"ID":"id-${name}","Attributes":{"name":"${name}"}},"time":${nano / 1_000_000_000n},"timeNano":${nano}}\n`;

describe("createLiveEvents", () => {
  let docker: ReturnType<typeof fakeDocker>;
  beforeEach(() => {
    docker = fakeDocker();
  });
  afterEach(() => {});

  it("opens one Docker stream for many clients, and 200 connect/disconnect cycles leak nothing", async () => {
    const live = createLiveEvents({ open: docker.open, onEvents: () => {}, lingerMs: 60_000 });
    const clients = Array.from({ length: 50 }, () => live.subscribe(() => {}));
    await flushPromises();
    expect(docker.streams).toHaveLength(1);
    expect(live.stats()).toMatchObject({
      streamsOpened: 1,
      streamsActive: 1,
      subscribers: 50,
      state: "live",
    });
    const listenersBefore = live.stats().streamListeners;
    for (const off of clients) off();
    for (let i = 0; i < 200; i++) {
      const off = live.subscribe(() => {});
      await flushPromises();
      off();
    }
    expect(docker.streams).toHaveLength(1);
    expect(live.stats()).toMatchObject({ streamsOpened: 1, streamsActive: 1, subscribers: 0 });
    expect(live.stats().streamListeners).toBe(listenersBefore);
    live.shutdown();
    expect(docker.open_()).toBe(0);
    expect(live.stats().streamsActive).toBe(0);
  });

  it("parses chunks split anywhere and hands each chunk's events to the model, in order", async () => {
    const got: unknown[][] = [];
    const live = createLiveEvents({ open: docker.open, onEvents: (e) => void got.push(e) });
    live.subscribe(() => {});
    await flushPromises();
    const text =
      networkLine("live-a", 1_700_000_000_000_000_001n) +
      networkLine("live-b", 1_700_000_000_500_000_000n);
    docker.send(text.slice(0, 37));
    docker.send(text.slice(37, 150));
    docker.send(text.slice(150));
    docker.send(networkLine("live-c", 1_700_000_000_600_000_000n));
    expect(got.flat()).toEqual([
      {
        type: "network",
        action: "create",
        id: "id-live-a",
        name: "live-a",
        time: 1_700_000_000_000,
      },
      {
        type: "network",
        action: "create",
        id: "id-live-b",
        name: "live-b",
        time: 1_700_000_000_500,
      },
      {
        type: "network",
        action: "create",
        id: "id-live-c",
        name: "live-c",
        time: 1_700_000_000_600,
      },
    ]);
    // Nothing reaches SSE clients directly: the model broadcasts once it has re-read the change.
    live.shutdown();
  });

  it("broadcasts a frame to every client and tags status messages with the model position", async () => {
    const live = createLiveEvents({
      open: docker.open,
      onEvents: () => {},
      position: () => ({ epoch: "e1", revision: 7 }),
    });
    const a = frames();
    const b = frames();
    live.subscribe(a.send);
    live.subscribe(b.send);
    await flushPromises();
    live.broadcast("data: {}\n\n");
    expect(a.got).toContain("data: {}\n\n");
    expect(b.got).toEqual(a.got);
    expect(a.got.some((f) => f.includes('"state":"live"') && f.includes('"revision":7'))).toBe(
      true,
    );
    live.shutdown();
  });

  it("hold keeps the stream open without SSE clients, then closes it", async () => {
    let t = 0;
    const live = createLiveEvents({
      open: docker.open,
      onEvents: () => {},
      lingerMs: 5,
      now: () => t,
    });
    live.hold(20);
    await flushPromises();
    expect(docker.open_()).toBe(1);
    await new Promise((r) => setTimeout(r, 15));
    expect(docker.open_()).toBe(1);
    t = 25;
    await new Promise((r) => setTimeout(r, 30));
    expect(docker.open_()).toBe(0);
    live.shutdown();
  });

  it("reconnects with backoff from the last event, says reconnecting → down → live", async () => {
    const live = createLiveEvents({
      open: docker.open,
      onEvents: () => {},
      backoffMs: [5, 5, 5],
      downAfter: 3,
    });
    const c = frames();
    live.subscribe(c.send);
    await flushPromises();
    const nano = BigInt(Date.now() + 5_000) * 1_000_000n + 41n; // after the stream started
    docker.send(networkLine("live-a", nano));
    docker.refuse(true);
    docker.kill();
    await new Promise((r) => setTimeout(r, 40));
    expect(live.stats().state).toBe("down");
    docker.refuse(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(live.stats()).toMatchObject({ state: "live", streamsActive: 1, streamsOpened: 2 });
    const next = nano + 1n;
    expect(docker.streams[1]?.since).toBe(
      `${next / 1_000_000_000n}.${(next % 1_000_000_000n).toString().padStart(9, "0")}`,
    );
    const states = c.got
      .filter((f) => f.includes('"status"'))
      .map((f) => JSON.parse(f.slice(6)).state);
    expect(states).toEqual(["live", "reconnecting", "down", "live"]);
    live.shutdown();
  });

  it("tells a newcomer the current state at once", async () => {
    const live = createLiveEvents({ open: docker.open, onEvents: () => {} });
    live.subscribe(() => {});
    await flushPromises();
    const c = frames();
    live.subscribe(c.send);
    expect(c.got).toEqual(['data: {"type":"status","state":"live"}\n\n']);
    live.shutdown();
  });

  it("closes the Docker stream once the last client has been gone for the linger time", async () => {
    const live = createLiveEvents({ open: docker.open, onEvents: () => {}, lingerMs: 10 });
    const off = live.subscribe(() => {});
    await flushPromises();
    off();
    await new Promise((r) => setTimeout(r, 30));
    expect(live.stats()).toMatchObject({ streamsActive: 0, state: "idle" });
    expect(docker.open_()).toBe(0);
    live.subscribe(() => {});
    await flushPromises();
    expect(live.stats()).toMatchObject({ streamsActive: 1, streamsOpened: 2, state: "live" });
    live.shutdown();
  });

  it("sends heartbeats while clients are connected", async () => {
    const live = createLiveEvents({ open: docker.open, onEvents: () => {}, heartbeatMs: 10 });
    const c = frames();
    live.subscribe(c.send);
    await new Promise((r) => setTimeout(r, 35));
    expect(c.got.filter((f) => f === ": hb\n\n").length).toBeGreaterThanOrEqual(2);
    live.shutdown();
  });
});
