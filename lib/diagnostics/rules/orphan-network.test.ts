import { describe, expect, it } from "vitest";
import {
  fixtureContainer,
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { orphanNetworkRule } from "./orphan-network";

const lonely = fixtureNetwork({
  name: "lonely",
  attachable: true,
  ipam: [{ subnet: "10.0.9.0/24" }],
});

describe("orphanNetworkRule", () => {
  it("reports a user overlay nothing uses (info) with the rm command", () => {
    const [finding] = orphanNetworkRule(
      fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, lonely] }),
      fixtureContext(),
    );
    expect(finding).toMatchObject({
      id: "orphan-network:lonely",
      severity: "info",
      objects: ["lonely"],
      fix: { commands: ["docker network rm lonely"] },
    });
    expect(finding?.detail).toContain("attachable");
  });

  it("stays silent for system networks and overlays used by a service or a container", () => {
    const used = fixtureNetwork({ name: "used" });
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, used, lonely],
      services: [fixtureService({ name: "api", on: ["used"] })],
      containers: [fixtureContainer({ name: "tool", on: { lonely: "10.0.9.2" } })],
    });
    expect(orphanNetworkRule(s, fixtureContext())).toEqual([]);
  });
});
