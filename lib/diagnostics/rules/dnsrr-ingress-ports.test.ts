import { describe, expect, it } from "vitest";
import { fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { dnsrrIngressPortsRule } from "./dnsrr-ingress-ports";

describe("dnsrrIngressPortsRule", () => {
  it("fires for dnsrr with an ingress port and offers host mode", () => {
    const svc = fixtureService({
      name: "db",
      endpointMode: "dnsrr",
      ports: [{ published: 5432, target: 5432, protocol: "tcp", mode: "ingress" }],
    });
    const [finding] = dnsrrIngressPortsRule(fixtureSnapshot({ services: [svc] }), fixtureContext());
    expect(finding).toMatchObject({
      id: "dnsrr-ingress-ports:db",
      severity: "error",
      objects: ["db"],
    });
    expect(finding?.fix.commands[0]).toBe(
      "docker service update --endpoint-mode dnsrr --publish-rm target=5432,protocol=tcp,mode=ingress --publish-add published=5432,target=5432,protocol=tcp,mode=host db",
    );
  });

  it("stays silent for dnsrr with host-mode ports and for vip with ingress ports", () => {
    const host = fixtureService({
      name: "db",
      endpointMode: "dnsrr",
      ports: [{ published: 5432, target: 5432, protocol: "tcp", mode: "host" }],
    });
    const vip = fixtureService({
      name: "web",
      ports: [{ published: 80, target: 80, protocol: "tcp", mode: "ingress" }],
    });
    expect(
      dnsrrIngressPortsRule(fixtureSnapshot({ services: [host, vip] }), fixtureContext()),
    ).toEqual([]);
  });
});
