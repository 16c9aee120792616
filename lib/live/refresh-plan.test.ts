import { describe, expect, it } from "vitest";
import type { LiveEvent } from "./message";
import { emptyPlan, isEmptyPlan, MAX_IDS, planFor } from "./refresh-plan";

const ev = (over: Partial<LiveEvent> & Pick<LiveEvent, "type">): LiveEvent => ({
  action: "update",
  id: "x",
  name: "x",
  time: 1,
  ...over,
});

describe("planFor", () => {
  it("re-reads a changed service and its tasks, by id", () => {
    const p = planFor([ev({ type: "service", id: "s1" }), ev({ type: "service", id: "s1" })]);
    expect(p).toEqual({ ...emptyPlan(), services: ["s1"], tasksOf: ["s1"] });
  });

  it("re-reads a created network by id, and containers for attach/detach", () => {
    expect(planFor([ev({ type: "network", action: "create", id: "n1" })]).networks).toEqual(["n1"]);
    const attach = planFor([ev({ type: "network", action: "connect", id: "n1" })]);
    expect(attach).toMatchObject({ networks: null, containers: true, gwbridge: true });
  });

  it("re-reads a task container's service and tasks with the containers", () => {
    const p = planFor([ev({ type: "container", action: "start", serviceId: "s9" })]);
    expect(p).toMatchObject({ containers: true, services: ["s9"], tasksOf: ["s9"] });
  });

  it("re-reads nodes and the engine on a node event; nothing for configs and secrets", () => {
    expect(planFor([ev({ type: "node" })])).toMatchObject({ nodes: true, engine: true });
    expect(isEmptyPlan(planFor([ev({ type: "config" }), ev({ type: "secret" })]))).toBe(true);
  });

  it("turns too many ids into one full list", () => {
    const many = Array.from({ length: MAX_IDS + 1 }, (_, i) =>
      ev({ type: "service", id: `s${i}` }),
    );
    expect(planFor(many)).toMatchObject({ services: "all", tasksOf: "all" });
  });

  it("merges into an existing plan", () => {
    const p = planFor(
      [ev({ type: "service", id: "b" })],
      planFor([ev({ type: "service", id: "a" })]),
    );
    expect(p.services).toEqual(["a", "b"]);
  });
});
