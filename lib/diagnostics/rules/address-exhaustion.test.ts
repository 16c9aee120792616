import { describe, expect, it } from "vitest";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  GWBRIDGE,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { addressExhaustionRule, addressUse } from "./address-exhaustion";

const small = fixtureNetwork({
  name: "tiny",
  ipam: [{ subnet: "10.9.0.0/29", gateway: "10.9.0.1" }],
});

/** `replicas` tasks of one vip service on `tiny`, all running on `nodes` round-robin. */
function withReplicas(replicas: number, nodes = [MANAGER]): Snapshot {
  const svc = fixtureService({
    name: "api",
    on: ["tiny"],
    replicas,
    desiredTasks: replicas,
    vips: [{ networkId: small.id, networkName: "tiny", addr: "10.9.0.2/29" }],
  });
  const tasks = Array.from({ length: replicas }, (_, i) =>
    fixtureTask({
      serviceId: svc.id,
      nodeId: (nodes[i % nodes.length] ?? MANAGER).id,
      on: { tiny: `10.9.0.${3 + i}/29` },
    }),
  );
  return fixtureSnapshot({ nodes, networks: [INGRESS, GWBRIDGE, small], services: [svc], tasks });
}

describe("addressUse", () => {
  it("counts tasks, one VIP, and one LB endpoint per node with a task", () => {
    const nodes = [MANAGER, fixtureNode({ hostname: "node2", role: "worker" })];
    // A /29 has 8 addresses: network, broadcast and gateway leave 5.
    expect(addressUse(withReplicas(2, nodes), small)).toEqual({
      capacity: 5,
      tasks: 2,
      vips: 1,
      lbEndpoints: 2,
      containers: 0,
      used: 5,
    });
  });

  it("counts desired replicas that have no address yet", () => {
    const s = withReplicas(1);
    const svc = s.services[0];
    if (!svc) throw new Error("fixture");
    const pending = { ...s, services: [{ ...svc, replicas: 8, desiredTasks: 8 }] };
    expect(addressUse(pending, small).tasks).toBe(8);
  });

  it("gives a /24 253 addresses and counts ingress-sbox on every node", () => {
    const nodes = [MANAGER, fixtureNode({ hostname: "n2" }), fixtureNode({ hostname: "n3" })];
    const use = addressUse(fixtureSnapshot({ nodes }), INGRESS);
    expect(use.capacity).toBe(253);
    expect(use.lbEndpoints).toBe(3);
  });
});

describe("addressExhaustionRule", () => {
  it("errors when the network is full (8 replicas on a /29)", () => {
    const s = withReplicas(1);
    const svc = s.services[0];
    if (!svc) throw new Error("fixture");
    const full = { ...s, services: [{ ...svc, replicas: 8, desiredTasks: 8 }] };
    const [finding] = addressExhaustionRule(full, fixtureContext());
    expect(finding).toMatchObject({
      id: "address-exhaustion:tiny",
      severity: "error",
      objects: ["tiny", "api"],
    });
    expect(finding?.fix.commands).toContain(
      "docker network create --driver overlay --subnet 10.0.1.0/24 tiny",
    );
  });

  it("warns above 80% use", () => {
    // capacity 5: 1 task + 1 VIP + 1 LB endpoint = 3 (60%) is fine, 2 tasks = 4 (80%) warns.
    expect(addressExhaustionRule(withReplicas(1), fixtureContext())).toEqual([]);
    const [finding] = addressExhaustionRule(withReplicas(2), fixtureContext());
    expect(finding).toMatchObject({ id: "address-exhaustion:tiny", severity: "warning" });
    expect(finding?.title).toContain("80%");
  });

  it("stays silent on a roomy /24", () => {
    const roomy = fixtureNetwork({ name: "roomy", ipam: [{ subnet: "10.0.5.0/24" }] });
    const svc = fixtureService({ name: "api", on: ["roomy"], replicas: 200, desiredTasks: 200 });
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, roomy], services: [svc] });
    expect(addressExhaustionRule(s, fixtureContext())).toEqual([]);
  });
});
