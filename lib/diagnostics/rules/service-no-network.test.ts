import { describe, expect, it } from "vitest";
import {
  fixtureNetwork,
  fixtureService,
  fixtureSnapshot,
  GWBRIDGE,
  INGRESS,
} from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { serviceNoNetworkRule } from "./service-no-network";

describe("serviceNoNetworkRule", () => {
  it("reports a service only on ingress, suggesting an existing overlay", () => {
    const web = fixtureService({
      name: "web",
      vips: [{ networkId: INGRESS.id, networkName: "ingress", addr: "10.0.0.5/24" }],
    });
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, fixtureNetwork({ name: "backend" })],
      services: [web],
    });
    const [finding] = serviceNoNetworkRule(s, fixtureContext());
    expect(finding).toMatchObject({
      id: "service-no-network:web",
      severity: "info",
      fix: { commands: ["docker service update --network-add backend web"] },
    });
  });

  it("creates an overlay first when there is none", () => {
    const s = fixtureSnapshot({ services: [fixtureService({ name: "solo" })] });
    expect(serviceNoNetworkRule(s, fixtureContext())[0]?.fix.commands).toEqual([
      "docker network create --driver overlay solo-net",
      "docker service update --network-add solo-net solo",
    ]);
  });

  it("stays silent for a service on a user-defined overlay", () => {
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, fixtureNetwork({ name: "backend" })],
      services: [fixtureService({ name: "api", on: ["backend"] })],
    });
    expect(serviceNoNetworkRule(s, fixtureContext())).toEqual([]);
  });
});
