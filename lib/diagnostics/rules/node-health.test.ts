import { describe, expect, it } from "vitest";
import { fixtureNode, fixtureSnapshot, MANAGER } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { nodeHealthRule } from "./node-health";

describe("nodeHealthRule", () => {
  it("errors for a node that is down, with removal steps", () => {
    const down = fixtureNode({
      hostname: "w1",
      role: "worker",
      state: "down",
      message: "heartbeat failure",
    });
    const [finding] = nodeHealthRule(fixtureSnapshot({ nodes: [MANAGER, down] }), fixtureContext());
    expect(finding).toMatchObject({ id: "node-down:w1", severity: "error", objects: ["w1"] });
    expect(finding?.detail).toContain("heartbeat failure");
    expect(finding?.fix.commands).toContain("docker node rm --force w1");
  });

  it("errors for a ready manager that the raft cannot reach", () => {
    const m2 = fixtureNode({ hostname: "m2", reachability: "unreachable" });
    const [finding] = nodeHealthRule(fixtureSnapshot({ nodes: [MANAGER, m2] }), fixtureContext());
    expect(finding).toMatchObject({ id: "manager-unreachable:m2", severity: "error" });
    expect(finding?.fix.commands).toContain("docker node demote m2");
  });

  it("stays silent when every node is ready and every manager reachable", () => {
    const nodes = [MANAGER, fixtureNode({ hostname: "w1", role: "worker" })];
    expect(nodeHealthRule(fixtureSnapshot({ nodes }), fixtureContext())).toEqual([]);
  });
});
