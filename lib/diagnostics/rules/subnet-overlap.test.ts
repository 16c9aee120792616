import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { subnetOverlapRule } from "./subnet-overlap";

const net = (name: string, subnet: string, created = "2026-01-01T00:00:00Z") =>
  fixtureNetwork({ name, created, ipam: [{ subnet }] });

describe("subnetOverlapRule", () => {
  it("fires for two networks sharing addresses and recreates the newer one", () => {
    const a = net("app-a", "10.1.0.0/16");
    const b = net("app-b", "10.1.4.0/24", "2026-02-01T00:00:00Z");
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, a, b],
      services: [fixtureService({ name: "api", on: ["app-b"] })],
    });
    const [finding, ...rest] = subnetOverlapRule(s, fixtureContext());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: "subnet-overlap:app-a:app-b",
      severity: "error",
      objects: ["app-a", "app-b"],
    });
    expect(finding?.detail).toContain("10.1.0.0/16 (app-a) and 10.1.4.0/24 (app-b)");
    expect(finding?.fix.commands).toEqual([
      "docker service update --network-rm app-b api",
      "docker network rm app-b",
      "docker network create --driver overlay --subnet 10.0.1.0/24 app-b",
      "docker service update --network-add app-b api",
    ]);
  });

  it("flags an overlay that overlaps docker_gwbridge, moving the overlay, not the system bridge", () => {
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, net("x", "172.18.5.0/24")] });
    const [finding] = subnetOverlapRule(s, fixtureContext());
    expect(finding?.id).toBe("subnet-overlap:docker_gwbridge:x");
    expect(finding?.fix.commands).toContain("docker network rm x");
  });

  it("stays silent when subnets are disjoint", () => {
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, net("a", "10.0.1.0/24"), net("b", "10.0.2.0/24")],
    });
    expect(subnetOverlapRule(s, fixtureContext())).toEqual([]);
  });
});
