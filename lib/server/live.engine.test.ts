import { afterAll, describe, expect, it } from "vitest";
import { dockerCli, selectTestEngine } from "@/test/engine";

selectTestEngine();
const { buildSnapshot, dockerCallCount, readRefresh, SNAPSHOT_DOCKER_CALLS } = await import(
  "@/lib/docker"
);
const { createLiveModel } = await import("@/lib/live/model");
const { live, readSnapshot } = await import("./live");

const name = `model-evt-${Date.now().toString(36)}`;

describe("the live model against the test engine", () => {
  afterAll(() => {
    live().events.shutdown();
    live().model.shutdown();
    try {
      dockerCli(["network", "rm", name]);
    } catch {
      // removed by the test
    }
  });

  it("serves 30 concurrent first reads with one build's Docker calls", async () => {
    // The model alone (no events stream, so no reconcile in the count).
    const model = createLiveModel({
      build: buildSnapshot,
      refresh: readRefresh,
      publish: () => {},
    });
    const before = dockerCallCount();
    const reads = await Promise.all(Array.from({ length: 30 }, () => model.read()));
    expect(dockerCallCount() - before).toBe(SNAPSHOT_DOCKER_CALLS);
    expect(new Set(reads.map((r) => r.fetchedAt)).size).toBe(1);
    model.shutdown();
  });

  it("once following events: reads cost no Docker call, a change costs one targeted re-read", {
    timeout: 30_000,
  }, async () => {
    const { events, model } = live();
    const frames: string[] = [];
    // What GET /api/events does for a client.
    const unsubscribe = events.subscribe((f) => void frames.push(f));
    void model.ensure();
    await expect.poll(() => events.stats().state).toBe("live");
    // The first "live" reconciles once; wait for it to finish.
    await expect.poll(() => model.stats().builds, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 300));

    const idle = dockerCallCount();
    for (let i = 0; i < 20; i++) await readSnapshot();
    expect(dockerCallCount() - idle).toBe(0);

    const revision = model.position().revision;
    const beforeChange = dockerCallCount();
    dockerCli(["network", "create", "-d", "overlay", name]);
    await expect
      .poll(async () => (await readSnapshot()).networks.some((n) => n.name === name))
      .toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    // One filtered network list per event batch (create may arrive with a follow-up event).
    const cost = dockerCallCount() - beforeChange;
    expect(cost).toBeGreaterThanOrEqual(1);
    expect(cost).toBeLessThanOrEqual(3);
    expect(model.position().revision).toBeGreaterThan(revision);
    const patch = frames.find((f) => f.includes('"type":"patch"') && f.includes(name));
    expect(patch, "the change was pushed as a patch").toBeDefined();
    unsubscribe();
  });
});
