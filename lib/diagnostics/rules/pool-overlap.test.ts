import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { poolOverlapRule } from "./pool-overlap";

const net = (name: string, subnet: string) => fixtureNetwork({ name, ipam: [{ subnet }] });

describe("poolOverlapRule", () => {
  it("warns about a hand-picked subnet inside the default pool", () => {
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, net("manual", "10.20.0.0/24")] });
    const findings = poolOverlapRule(s, fixtureContext());
    expect(findings.map((f) => f.id)).toEqual(["pool-overlap:manual"]);
    expect(findings[0]?.severity).toBe("warning");
    // Recreated without --subnet: Docker then allocates it from the pool itself.
    expect(findings[0]?.fix.commands).toContain("docker network create --driver overlay manual");
    expect(findings[0]?.fix.commands.at(-1)).toBe(
      "docker swarm init --default-addr-pool 10.128.0.0/9 --default-addr-pool-mask-length 24",
    );
  });

  it("warns about a subnet of another size than the pool allocates", () => {
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, net("wide", "10.0.4.0/22")] });
    expect(poolOverlapRule(s, fixtureContext()).map((f) => f.id)).toEqual(["pool-overlap:wide"]);
  });

  it("notes node addresses inside the pool (info)", () => {
    const s = fixtureSnapshot({ nodes: [fixtureNode({ hostname: "n1", addr: "10.77.0.2" })] });
    const [finding] = poolOverlapRule(s, fixtureContext());
    expect(finding).toMatchObject({
      id: "pool-node-overlap:10.0.0.0/8",
      severity: "info",
      objects: ["n1"],
    });
    expect(finding?.detail).toContain("10.77.0.0/24");
  });

  it("stays silent for subnets Docker allocated from the pool and nodes outside it", () => {
    const s = fixtureSnapshot({
      networks: [
        INGRESS,
        GWBRIDGE,
        net("auto1", "10.0.1.0/24"),
        net("auto2", "10.0.2.0/24"),
        net("outside", "192.168.50.0/24"),
      ],
    });
    expect(poolOverlapRule(s, fixtureContext())).toEqual([]);
  });
});
