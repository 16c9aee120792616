import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { applyChanges, changesFrom, isEmptyChanges } from "./patch";

const web = fixtureService({ name: "web", on: ["front"] });
const api = fixtureService({ name: "api", on: ["front"] });
const front = fixtureNetwork({ name: "front" });
const t1 = fixtureTask({ serviceId: web.id, id: "t1" });
const t2 = fixtureTask({ serviceId: api.id, id: "t2" });
const base = fixtureSnapshot({
  networks: [INGRESS, front],
  services: [web, api],
  tasks: [t1, t2],
});

describe("changesFrom + applyChanges", () => {
  it("finds nothing when a re-read returns the same objects (copies, not the same references)", () => {
    const refresh = {
      services: { scope: "all" as const, items: structuredClone([web, api]) },
      engine: structuredClone(base.engine),
    };
    expect(isEmptyChanges(changesFrom(base, refresh))).toBe(true);
  });

  it("upserts the changed and new objects, removes those gone from the scope, and only those", () => {
    const web2 = { ...web, version: 2, replicas: 3 };
    const db = fixtureService({ name: "db" });
    const changes = changesFrom(base, {
      services: { scope: { ids: [web.id, db.id] }, items: [web2, db] },
    });
    // api is outside the scope: not removed although the re-read did not return it.
    expect(changes).toEqual({ upsert: { services: [web2, db] } });
    const next = applyChanges(base, changes);
    expect(next.services).toEqual([web2, api, db]);
    expect(next.services[1]).toBe(api); // untouched objects keep their identity
    expect(next.networks).toBe(base.networks); // so do untouched collections
  });

  it("replaces a service's tasks as a whole (scope by service), leaving other services' tasks", () => {
    const t3 = fixtureTask({ serviceId: web.id, id: "t3", state: "starting" });
    const changes = changesFrom(base, {
      tasks: { scope: { serviceIds: [web.id] }, items: [t3] },
    });
    expect(changes).toEqual({ upsert: { tasks: [t3] }, remove: { tasks: ["t1"] } });
    expect(applyChanges(base, changes).tasks).toEqual([t2, t3]);
  });

  it("removes an object deleted in Docker and sets changed singletons", () => {
    const changes = changesFrom(base, {
      networks: { scope: { ids: [front.id] }, items: [] },
      swarm: null,
    });
    expect(changes).toEqual({ remove: { networks: [front.id] }, set: { swarm: null } });
    const next = applyChanges(base, changes);
    expect(next.networks).toEqual([INGRESS]);
    expect(next.swarm).toBeNull();
  });

  it("a full re-read diffed and applied equals the re-read, whatever changed", () => {
    const fresh = fixtureSnapshot({
      networks: [front],
      services: [{ ...api, runningTasks: 0 }],
      tasks: [],
    });
    const refresh = {
      networks: { scope: "all" as const, items: fresh.networks },
      services: { scope: "all" as const, items: fresh.services },
      tasks: { scope: "all" as const, items: fresh.tasks },
    };
    const next = applyChanges(base, changesFrom(base, refresh));
    expect(next.networks).toEqual(fresh.networks);
    expect(next.services).toEqual(fresh.services);
    expect(next.tasks).toEqual([]);
  });
});
