import { describe, expect, it } from "vitest";
import type { Task } from "@/lib/model/task";
import { fixtureService, fixtureSnapshot, fixtureTask } from "@/test/fixtures/snapshot";
import { servicesInFlight, settleDelay } from "./settle";

const task = (state: string, desiredState = "running"): Task =>
  fixtureTask({ id: state, serviceId: "s", state, desiredState });

const snap = (...tasks: Task[]) => fixtureSnapshot({ tasks });

describe("settle refetches", () => {
  it("run only while tasks are on their way", () => {
    expect(servicesInFlight(snap(task("running")))).toEqual([]);
    expect(servicesInFlight(snap(task("starting", "shutdown")))).toEqual([]);
    expect(servicesInFlight(snap(task("running"), task("preparing")))).toEqual(["s"]);
    expect(settleDelay(undefined, 0)).toBeNull();
  });

  it("back off, then give up", () => {
    const s = snap(task("starting"));
    expect(settleDelay(s, 0)).toBe(1_000);
    expect(settleDelay(s, 6)).toBe(20_000);
    expect(settleDelay(s, 7)).toBeNull();
    expect(settleDelay(snap(task("running")), 0)).toBeNull();
  });

  it("keeps settling a service that runs fewer tasks than desired, before its tasks exist", () => {
    const starting = fixtureSnapshot({
      services: [fixtureService({ name: "new", runningTasks: 0, desiredTasks: 1 })],
    });
    expect(servicesInFlight(starting)).toEqual(["svc-new"]);
    expect(settleDelay(starting, 0)).toBe(1_000);
    const steady = fixtureSnapshot({ services: [fixtureService({ name: "new" })] });
    expect(settleDelay(steady, 0)).toBeNull();
  });
});
