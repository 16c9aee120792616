import { describe, expect, it } from "vitest";
import { fixtureNode, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { faultTolerance, managerQuorumRule } from "./manager-quorum";

const manager = (hostname: string, over = {}) => fixtureNode({ hostname, ...over });
const worker = (hostname: string) => fixtureNode({ hostname, role: "worker" });
const ids = (nodes: ReturnType<typeof fixtureNode>[]) =>
  managerQuorumRule(fixtureSnapshot({ nodes }), fixtureContext()).map(
    (f) => `${f.id}/${f.severity}`,
  );

describe("managerQuorumRule", () => {
  it("knows raft's tolerance", () => {
    expect([1, 2, 3, 4, 5, 7].map(faultTolerance)).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it("warns about a single manager and suggests promoting two workers", () => {
    const findings = managerQuorumRule(
      fixtureSnapshot({ nodes: [manager("m1"), worker("w1"), worker("w2")] }),
      fixtureContext(),
    );
    expect(findings.map((f) => f.id)).toEqual(["manager-quorum:single"]);
    expect(findings[0]?.fix.commands).toEqual(["docker node promote w1 w2"]);
  });

  it("warns about an even number of managers", () => {
    expect(ids([manager("m1"), manager("m2")])).toEqual(["manager-quorum:even/warning"]);
  });

  it("errors when half or more of the managers are unavailable", () => {
    const nodes = [
      manager("m1"),
      manager("m2", { reachability: "unreachable" }),
      manager("m3", { state: "down" }),
    ];
    expect(ids(nodes)).toEqual(["manager-quorum:lost/error"]);
  });

  it("stays silent with three healthy managers, or three with one lost (quorum kept)", () => {
    expect(ids([manager("m1"), manager("m2"), manager("m3"), worker("w1")])).toEqual([]);
    expect(
      ids([manager("m1"), manager("m2"), manager("m3", { reachability: "unreachable" })]),
    ).toEqual([]);
  });
});
