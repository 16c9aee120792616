import { describe, expect, it } from "vitest";
import {
  DEADLINE_LABEL,
  formatOwner,
  leftoverDecision,
  OWNER_LABEL,
  parseOwner,
} from "./leftovers";

const self = { host: "dash", pid: 100, instance: "b" };
const labels = (owner: string, deadline: number) => ({
  [OWNER_LABEL]: owner,
  [DEADLINE_LABEL]: String(deadline),
});
const alive = () => true;
const dead = () => false;

describe("leftoverDecision", () => {
  it("removes a probe past its deadline whoever owns it", () => {
    const d = leftoverDecision(labels("other/1/a", 1000), self, 1000, alive);
    expect(d.remove).toBe(true);
  });
  it("keeps our own running probe until its deadline", () => {
    expect(leftoverDecision(labels(formatOwner(self), 5000), self, 1000, dead)).toEqual({
      remove: false,
      at: 5000,
    });
  });
  it("removes a probe of a dead process on this host at once", () => {
    expect(leftoverDecision(labels("dash/42/a", 5000), self, 1000, dead).remove).toBe(true);
  });
  it("removes the probe of a previous process that had our pid (container restart)", () => {
    expect(leftoverDecision(labels("dash/100/a", 5000), self, 1000, alive).remove).toBe(true);
  });
  it("leaves a live sibling's probe, and another host's, until the deadline", () => {
    expect(leftoverDecision(labels("dash/42/a", 5000), self, 1000, alive).remove).toBe(false);
    expect(leftoverDecision(labels("elsewhere/42/a", 5000), self, 1000, dead).remove).toBe(false);
  });
  it("removes probes with unreadable labels", () => {
    expect(leftoverDecision({}, self, 1000, alive).remove).toBe(true);
    expect(parseOwner("nonsense")).toBeNull();
  });
});
