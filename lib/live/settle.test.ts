import { describe, expect, it } from "vitest";
import type { Snapshot } from "@/lib/model/snapshot";
import type { Task } from "@/lib/model/task";
import { hasTasksInFlight, settleDelay } from "./settle";

const task = (state: string, desiredState = "running"): Task => ({
  id: state,
  serviceId: "s",
  slot: 1,
  nodeId: "n",
  state,
  desiredState,
  message: "",
  error: null,
  containerId: null,
  addresses: [],
  updatedAt: "",
});

const snap = (...tasks: Task[]) => ({ tasks }) as unknown as Snapshot;

describe("settle refetches", () => {
  it("run only while tasks are on their way", () => {
    expect(hasTasksInFlight(snap(task("running")))).toBe(false);
    expect(hasTasksInFlight(snap(task("starting", "shutdown")))).toBe(false);
    expect(hasTasksInFlight(snap(task("running"), task("preparing")))).toBe(true);
    expect(hasTasksInFlight(undefined)).toBe(false);
  });

  it("back off, then give up", () => {
    const s = snap(task("starting"));
    expect(settleDelay(s, 0)).toBe(1_000);
    expect(settleDelay(s, 6)).toBe(20_000);
    expect(settleDelay(s, 7)).toBeNull();
    expect(settleDelay(snap(task("running")), 0)).toBeNull();
  });
});
