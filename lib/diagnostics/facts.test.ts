import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { nodeAddresses, suggestFreeSubnet, suggestGwbridgeSubnet, suggestPool } from "./facts";

describe("facts", () => {
  it("reads node addresses without ports, skipping 0.0.0.0", () => {
    const s = fixtureSnapshot({
      nodes: [fixtureNode({ hostname: "m1", addr: "0.0.0.0", managerAddr: "10.77.0.2:2377" })],
    });
    expect(nodeAddresses(s).map((a) => a.text)).toEqual(["10.77.0.2"]);
  });

  it("suggests a free subnet that overlaps no network and holds no node address", () => {
    const s = fixtureSnapshot({
      nodes: [fixtureNode({ hostname: "n1", addr: "10.0.2.9" })],
      networks: [
        INGRESS,
        GWBRIDGE,
        fixtureNetwork({ name: "a", ipam: [{ subnet: "10.0.1.0/24" }] }),
      ],
    });
    expect(suggestFreeSubnet(s)).toBe("10.0.3.0/24");
    expect(suggestFreeSubnet(s, 22)).toBe("10.0.4.0/22");
  });

  it("suggests a docker_gwbridge /16 and a pool away from the nodes", () => {
    const s = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "n1", addr: "172.19.0.4" })] });
    expect(suggestGwbridgeSubnet(s)).toBe("172.20.0.0/16");
    const lan10 = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "n1", addr: "10.1.2.3" })] });
    expect(suggestPool(lan10)).toBe("10.128.0.0/9");
  });
});
