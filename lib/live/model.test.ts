import { afterEach, describe, expect, it, vi } from "vitest";
import type { Snapshot } from "@/lib/model/snapshot";
import { fixtureService, fixtureSnapshot, fixtureTask } from "@/test/fixtures/snapshot";
import { CONFIRM_REREAD_MS } from "./confirm-removals";
import type { LiveEvent, PatchMessage } from "./message";
import { createLiveModel, type ModelDeps } from "./model";
import { applyChanges, type Refresh } from "./patch";
import type { IdSet, RefreshPlan } from "./refresh-plan";

const inSet = (set: IdSet, id: string) => set === "all" || set.includes(id);
const scope = (set: IdSet) => (set === "all" ? ("all" as const) : { ids: set });

/**
 * A stand-in for Docker: a world the test edits, read by `build` and `refresh`
 * the way lib/docker does (filtered by the plan). Reads can be held open to
 * test what happens while one is in flight.
 */
function fakeDocker(world: Snapshot) {
  const calls = { build: 0, refresh: 0, plans: [] as RefreshPlan[] };
  let gate: Promise<void> = Promise.resolve();
  let release = () => {};
  return {
    world,
    calls,
    hold() {
      gate = new Promise((r) => {
        release = r;
      });
    },
    release: () => release(),
    build: async () => {
      calls.build += 1;
      await gate;
      return structuredClone(world);
    },
    refresh: async (plan: RefreshPlan): Promise<Refresh> => {
      calls.refresh += 1;
      calls.plans.push(plan);
      await gate;
      const r: Refresh = {};
      const services = plan.services;
      if (services) {
        r.services = {
          scope: scope(services),
          items: structuredClone(world.services.filter((s) => inSet(services, s.id))),
        };
      }
      const tasksOf = plan.tasksOf;
      if (tasksOf) {
        r.tasks = {
          scope: tasksOf === "all" ? "all" : { serviceIds: tasksOf },
          items: structuredClone(world.tasks.filter((t) => inSet(tasksOf, t.serviceId))),
        };
      }
      return r;
    },
  };
}

function setup(world: Snapshot, over: Partial<ModelDeps> = {}) {
  const docker = fakeDocker(world);
  const published: { patch: PatchMessage | null; events: LiveEvent[] }[] = [];
  const model = createLiveModel({
    build: docker.build,
    refresh: docker.refresh,
    publish: (patch, events) => void published.push({ patch, events }),
    epoch: "e1",
    ...over,
  });
  return { docker, model, published, patches: () => published.flatMap((p) => p.patch ?? []) };
}

const web = fixtureService({ name: "web" });
const serviceEvent = (id = web.id): LiveEvent => ({
  type: "service",
  action: "update",
  id,
  name: "web",
  time: 1,
});
const tick = () => new Promise<void>((r) => setImmediate(r));

afterEach(() => {
  vi.useRealTimers();
});

describe("createLiveModel", () => {
  it("builds once for any number of concurrent readers (single flight)", async () => {
    const { docker, model } = setup(fixtureSnapshot({ services: [web] }));
    docker.hold();
    const reads = Array.from({ length: 25 }, () => model.read());
    docker.release();
    const results = await Promise.all(reads);
    expect(docker.calls.build).toBe(1);
    expect(new Set(results.map((r) => r.services[0]?.name))).toEqual(new Set(["web"]));
    model.shutdown();
  });

  it("answers from the model without reading Docker while the stream is live", async () => {
    const { docker, model } = setup(fixtureSnapshot({ services: [web] }));
    await model.ensure();
    model.setStreamLive(true);
    for (let i = 0; i < 20; i++) await model.read();
    expect(docker.calls.build).toBe(1);
    expect((await model.read()).live).toBe(true);
    model.shutdown();
  });

  it("re-reads only what an event names, at once, and publishes one revision with its events", async () => {
    vi.useFakeTimers();
    const world = fixtureSnapshot({ services: [web] });
    const { docker, model, published } = setup(world);
    await model.ensure();
    model.setStreamLive(true);
    await vi.advanceTimersByTimeAsync(0); // the stream's first "live" reconciles once
    expect(docker.calls.build).toBe(2);
    expect(published).toEqual([]);
    world.services = [{ ...web, replicas: 3, version: 2 }];
    model.onEvents([serviceEvent()]);
    // Leading edge: the re-read runs and publishes with no time passing (no coalescing window).
    await vi.advanceTimersByTimeAsync(0);
    expect(docker.calls.refresh).toBe(1);
    expect(docker.calls.plans[0]).toMatchObject({ services: [web.id], tasksOf: [web.id] });
    expect(published).toHaveLength(1);
    const [{ patch, events }] = published as [(typeof published)[number]];
    expect(patch).toMatchObject({ type: "patch", epoch: "e1", revision: 1 });
    expect(patch?.changes.upsert?.services?.[0]?.replicas).toBe(3);
    expect(events).toEqual([{ ...serviceEvent(), revision: 1 }]);
    expect(model.position()).toEqual({ epoch: "e1", revision: 1 });
    model.shutdown();
  });

  it("coalesces the events that arrive during a re-read into one more re-read", async () => {
    const world = fixtureSnapshot({ services: [web] });
    const { docker, model, patches } = setup(world);
    await model.ensure();
    docker.hold();
    model.onEvents([serviceEvent()]);
    for (let i = 0; i < 10; i++) model.onEvents([serviceEvent()]);
    world.services = [{ ...web, replicas: 5 }];
    docker.release();
    await vi.waitFor(() => expect(docker.calls.refresh).toBe(2));
    await tick();
    expect(patches().map((p) => p.revision)).toEqual([1]);
    model.shutdown();
  });

  it("a client applying the patches in order holds exactly the model's snapshot", async () => {
    const world = fixtureSnapshot({ services: [web] });
    const { model, patches } = setup(world);
    let client = await model.read();
    const steps: Snapshot["services"][] = [
      [{ ...web, replicas: 2 }],
      [{ ...web, replicas: 2 }, fixtureService({ name: "api" })],
      [fixtureService({ name: "api" })],
    ];
    for (const services of steps) {
      world.services = services;
      model.onEvents(services.map((s) => serviceEvent(s.id)).concat(serviceEvent(web.id)));
      await vi.waitFor(() => expect(model.position().revision).toBeGreaterThan(0));
      await tick();
    }
    for (const p of patches())
      client = { ...applyChanges(client, p.changes), revision: p.revision };
    const server = await model.read();
    expect(client.services).toEqual(server.services);
    expect(client.revision).toBe(server.revision);
    model.shutdown();
  });

  it("while the stream is down, reads go to Docker at most once per window", async () => {
    let t = 0;
    const { docker, model } = setup(fixtureSnapshot(), { now: () => t, directReadMs: 1_000 });
    await model.read();
    await model.read();
    expect(docker.calls.build).toBe(1);
    t = 1_500;
    const again = await model.read();
    expect(docker.calls.build).toBe(2);
    expect(again.live).toBe(false);
    model.shutdown();
  });

  it("settles tasks in flight with one loop of re-reads, then stops", async () => {
    vi.useFakeTimers();
    const starting = fixtureTask({ serviceId: web.id, id: "t1", state: "starting" });
    const world = fixtureSnapshot({ services: [web], tasks: [starting] });
    const { docker, model, patches } = setup(world);
    await model.ensure();
    model.setStreamLive(true);
    expect(docker.calls.refresh).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docker.calls.refresh).toBe(1); // still starting: nothing to publish
    expect(docker.calls.plans[0]).toMatchObject({ services: [web.id], tasksOf: [web.id] });
    world.tasks = [{ ...starting, state: "running" }];
    await vi.advanceTimersByTimeAsync(2_000);
    expect(docker.calls.refresh).toBe(2);
    expect(patches()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000 - 3_000 - 1);
    expect(docker.calls.refresh).toBe(2); // steady: no more reads
    model.shutdown();
  });

  it("reconciles with one full read when the stream comes back, publishing what was missed", async () => {
    vi.useFakeTimers();
    const world = fixtureSnapshot({ services: [web] });
    const { docker, model, patches } = setup(world);
    await model.ensure();
    model.setStreamLive(true);
    model.setStreamLive(false);
    world.services = [];
    model.setStreamLive(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(docker.calls.build).toBe(2);
    // No event said it was removed: one read missing it is not enough (lib/live/confirm-removals).
    expect(patches()).toEqual([]);
    expect((await model.read()).services.map((s) => s.id)).toEqual([web.id]);
    await vi.advanceTimersByTimeAsync(CONFIRM_REREAD_MS);
    expect(docker.calls.build).toBe(3);
    expect(patches()[0]?.changes.remove?.services).toEqual([web.id]);
    model.shutdown();
  });

  it("a service one read misses stays until a second read agrees; a remove event removes it at once", async () => {
    vi.useFakeTimers();
    const db = fixtureService({ name: "db" });
    const world = fixtureSnapshot({ services: [web, db] });
    const { model, patches } = setup(world);
    await model.ensure();
    model.setStreamLive(true);
    // A manager that has just restarted answers without web: the model keeps it...
    world.services = [db];
    model.onEvents([serviceEvent(web.id)]);
    await vi.advanceTimersByTimeAsync(10);
    expect((await model.read()).services.map((s) => s.name)).toEqual(["web", "db"]);
    // ...and the confirming read finds it again: nothing was ever removed.
    world.services = [web, db];
    await vi.advanceTimersByTimeAsync(CONFIRM_REREAD_MS);
    expect((await model.read()).services.map((s) => s.name)).toEqual(["web", "db"]);
    expect(patches().some((p) => p.changes.remove?.services?.length)).toBe(false);
    // Docker's own "remove" event is the announcement: no second read is needed.
    world.services = [web];
    model.onEvents([{ ...serviceEvent(db.id), action: "remove", name: "db" }]);
    await vi.advanceTimersByTimeAsync(10);
    expect((await model.read()).services.map((s) => s.name)).toEqual(["web"]);
    model.shutdown();
  });

  it("reconciles periodically only while someone watches", async () => {
    vi.useFakeTimers();
    let watchers = 0;
    let t = 0;
    const { docker, model } = setup(fixtureSnapshot(), {
      watchers: () => watchers,
      now: () => t,
      reconcileMs: 60_000,
    });
    await model.ensure();
    model.setStreamLive(true);
    t = 200_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(docker.calls.build).toBe(1);
    watchers = 3;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(docker.calls.build).toBe(2);
    model.shutdown();
  });
});
