import { describe, expect, it } from "vitest";
import { FIXTURE_NOW, fixtureService, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { dnsrrVipSwitchRule } from "./dnsrr-vip-switch";

const hoursAgo = (h: number) => new Date(FIXTURE_NOW.getTime() - h * 3_600_000).toISOString();

describe("dnsrrVipSwitchRule", () => {
  it("warns about a service switched from dnsrr to vip within 24 h (moby#36988)", () => {
    const svc = fixtureService({
      name: "db",
      previousEndpointMode: "dnsrr",
      updatedAt: hoursAgo(2),
    });
    const [finding] = dnsrrVipSwitchRule(fixtureSnapshot({ services: [svc] }), fixtureContext());
    expect(finding).toMatchObject({
      id: "dnsrr-vip-switch:db",
      severity: "warning",
      objects: ["db"],
    });
    expect(finding?.detail).toContain("moby/moby#36988");
    expect(finding?.fix.commands).toContain("docker service update --force db");
  });

  it("stays silent for an old switch, the opposite switch, or no switch", () => {
    const old = fixtureService({
      name: "a",
      previousEndpointMode: "dnsrr",
      updatedAt: hoursAgo(30),
    });
    const opposite = fixtureService({
      name: "b",
      endpointMode: "dnsrr",
      previousEndpointMode: "vip",
      updatedAt: hoursAgo(1),
    });
    const none = fixtureService({ name: "c", updatedAt: hoursAgo(1) });
    const s = fixtureSnapshot({ services: [old, opposite, none] });
    expect(dnsrrVipSwitchRule(s, fixtureContext())).toEqual([]);
  });
});
