import { afterAll, describe, expect, it } from "vitest";
import { dockerCli, selectTestEngine } from "@/test/engine";

selectTestEngine();
const { openDockerEvents } = await import("./events");
const { createLiveEvents } = await import("@/lib/live/service");

const name = `live-evt-${Date.now().toString(36)}`;

describe("the Docker events stream against the sandbox engine", () => {
  afterAll(() => {
    try {
      dockerCli(["network", "rm", name]);
    } catch {
      // already removed by the test
    }
  });

  it("delivers a CLI change as a parsed event, and replays it when resuming from before it", async () => {
    const events: { name: string; action: string }[] = [];
    const live = createLiveEvents({
      open: openDockerEvents,
      onEvents: (e) => void events.push(...e),
    });
    live.subscribe(() => {});
    await expect.poll(() => live.stats().state).toBe("live");
    const before = Math.floor(Date.now() / 1000) - 1;

    dockerCli(["network", "create", "-d", "overlay", name]);
    await expect
      .poll(() => events.some((e) => e.name === name && e.action === "create"))
      .toBe(true);
    expect(live.stats()).toMatchObject({ streamsActive: 1, streamsOpened: 1 });
    live.shutdown();
    expect(live.stats().streamsActive).toBe(0);

    // A stream opened with `since` from before the change still sees it (what a reconnect relies on).
    const text: string[] = [];
    const handle = await openDockerEvents(String(before), {
      onText: (t) => void text.push(t),
      onEnd: () => {},
    });
    await expect.poll(() => text.join("").includes(`"name":"${name}"`)).toBe(true);
    expect(handle.listeners()).toBeGreaterThan(0);
    handle.close();
    expect(handle.listeners()).toBe(0);
  });
});
