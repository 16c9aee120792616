import { describe, expect, it } from "vitest";
import { parseCidrLenient } from "@/lib/net/cidr";
import {
  fixtureContainer,
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { addressMap, usageRanges } from "./map";
import { addressMapResponse } from "./response";

const NODE2 = fixtureNode({ hostname: "node2", role: "worker" });
const secure = fixtureNetwork({
  name: "secure",
  encrypted: true,
  attachable: true,
  ipam: [{ subnet: "10.20.0.0/24", gateway: "10.20.0.1" }],
});
const web = fixtureService({
  name: "web",
  on: ["secure"],
  replicas: 2,
  desiredTasks: 2,
  vips: [{ networkId: secure.id, networkName: "secure", addr: "10.20.0.2/24" }],
});

function snapshot() {
  return fixtureSnapshot({
    nodes: [MANAGER, NODE2],
    networks: [INGRESS, secure],
    services: [web],
    tasks: [
      fixtureTask({ id: "t1", serviceId: web.id, slot: 1, on: { secure: "10.20.0.3/24" } }),
      fixtureTask({
        id: "t2",
        serviceId: web.id,
        slot: 2,
        nodeId: NODE2.id,
        on: { secure: "10.20.0.5/24" },
      }),
      // Shut down: its address went back to the pool.
      fixtureTask({
        id: "t0",
        serviceId: web.id,
        state: "shutdown",
        desiredState: "shutdown",
        on: { secure: "10.20.0.9/24" },
      }),
    ],
    containers: [
      fixtureContainer({ name: "toolbox", on: { secure: "10.20.0.7/24" } }),
      // A task's container: counted through its task.
      fixtureContainer({
        name: "web.1.t1",
        taskId: "t1",
        serviceName: "web",
        on: { secure: "10.20.0.3/24" },
      }),
    ],
  });
}

// What each node's engine lists on the network: its LB endpoint and containers.
const perNode = [
  {
    nodeId: MANAGER.id,
    endpoints: [
      { id: "lb-secure", name: "secure-endpoint", ipv4: "10.20.0.4/24", ipv6: null, mac: null },
      { id: "c1", name: "web.1.t1", ipv4: "10.20.0.3/24", ipv6: null, mac: null },
      { id: "c2", name: "toolbox", ipv4: "10.20.0.7/24", ipv6: null, mac: null },
    ],
  },
  {
    nodeId: NODE2.id,
    endpoints: [
      { id: "lb-secure", name: "secure-endpoint", ipv4: "10.20.0.6/24", ipv6: null, mac: null },
      { id: "c3", name: "web.2.t2", ipv4: "10.20.0.5/24", ipv6: null, mac: null },
      { id: "c4", name: "debug", ipv4: "10.20.0.8/24", ipv6: null, mac: null },
    ],
  },
];

describe("addressMap", () => {
  it("lists each address once with its kind, owner and node, and counts a /24", () => {
    const [subnet] = addressMap(snapshot(), secure, perNode);
    expect(subnet?.addresses).toEqual([
      { ip: "10.20.0.1", kind: "gateway", owner: "secure" },
      { ip: "10.20.0.2", kind: "vip", owner: "web" },
      { ip: "10.20.0.3", kind: "task", owner: "web.1", node: "node1" },
      { ip: "10.20.0.4", kind: "lb", owner: "secure-endpoint", node: "node1" },
      { ip: "10.20.0.5", kind: "task", owner: "web.2", node: "node2" },
      { ip: "10.20.0.6", kind: "lb", owner: "secure-endpoint", node: "node2" },
      { ip: "10.20.0.7", kind: "container", owner: "toolbox", node: "node1" },
      { ip: "10.20.0.8", kind: "container", owner: "debug", node: "node2" },
    ]);
    expect(subnet).toMatchObject({ size: 256, usable: 253, used: 7, free: 246 });
  });

  it("draws used and free runs over the host addresses", () => {
    const [subnet] = addressMap(snapshot(), secure, perNode);
    expect(subnet?.ranges).toEqual([
      { from: "10.20.0.1", to: "10.20.0.8", count: 8, used: true },
      { from: "10.20.0.9", to: "10.20.0.254", count: 246, used: false },
    ]);
  });

  it("without other nodes' engines, their LB endpoints are missing and those nodes named", () => {
    const partial = [perNode[0] as (typeof perNode)[number], { nodeId: NODE2.id, endpoints: null }];
    const response = addressMapResponse(snapshot(), secure, partial);
    expect(response.unknownNodes).toEqual(["node2"]);
    expect(response.subnets[0]?.addresses.map((a) => a.ip)).not.toContain("10.20.0.6");
    expect(response.warning).toBeNull();
  });
});

describe("usageRanges", () => {
  it("merges neighbours and leaves network and broadcast out", () => {
    const cidr = parseCidrLenient("10.0.0.0/29");
    if (!cidr) throw new Error("cidr");
    expect(
      usageRanges(
        cidr,
        [1n, 2n, 6n].map((v) => cidr.network + v),
      ),
    ).toEqual([
      { from: "10.0.0.1", to: "10.0.0.2", count: 2, used: true },
      { from: "10.0.0.3", to: "10.0.0.5", count: 3, used: false },
      { from: "10.0.0.6", to: "10.0.0.6", count: 1, used: true },
    ]);
  });
});

describe("exhaustion warning", () => {
  it("is the diagnostics finding for the network, so both pages agree", () => {
    const tiny = fixtureNetwork({
      name: "tiny",
      ipam: [{ subnet: "10.9.0.0/29", gateway: "10.9.0.1" }],
    });
    const svc = fixtureService({ name: "many", on: ["tiny"], replicas: 5, desiredTasks: 5 });
    const s = fixtureSnapshot({ networks: [INGRESS, tiny], services: [svc] });
    const response = addressMapResponse(s, tiny, [{ nodeId: MANAGER.id, endpoints: [] }]);
    expect(response.warning?.id).toBe("address-exhaustion:tiny");
    expect(response.need.capacity).toBe(5);
  });
});
