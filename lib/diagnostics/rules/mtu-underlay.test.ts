import { describe, expect, it } from "vitest";
import { fixtureNetwork, fixtureSnapshot, GWBRIDGE, INGRESS } from "@/test/fixtures/snapshot";
import { fixtureContext } from "../fixtures";
import { containerMtu, mtuUnderlayRule } from "./mtu-underlay";

const overlay = (mtu: number | null, encrypted = false) =>
  fixtureNetwork({ name: "app", mtu, encrypted, ipam: [{ subnet: "10.0.3.0/24" }] });

describe("containerMtu", () => {
  it("matches what the engine gives containers (measured)", () => {
    expect(containerMtu({ mtu: null, encrypted: false })).toBe(1450);
    expect(containerMtu({ mtu: 1400, encrypted: true })).toBe(1324);
  });
});

describe("mtuUnderlayRule", () => {
  it("fires for an MTU option above the underlay's", () => {
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, overlay(9000)] });
    const [finding, ...rest] = mtuUnderlayRule(s, fixtureContext());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: "mtu:app", severity: "warning", objects: ["app"] });
    expect(finding?.detail).toContain("interface MTU of 8950");
    expect(finding?.fix.commands).toContain(
      "docker network create --driver overlay --subnet 10.0.3.0/24 --opt com.docker.network.driver.mtu=1500 app",
    );
  });

  it("fires for default-MTU overlays (ingress included) on a smaller underlay, e.g. a VPN", () => {
    const s = fixtureSnapshot({ networks: [INGRESS, GWBRIDGE, overlay(null, true)] });
    const findings = mtuUnderlayRule(s, fixtureContext({ underlayMtu: 1280 }));
    expect(findings.map((f) => f.id)).toEqual(["mtu:ingress", "mtu:app"]);
    expect(findings[1]?.detail).toContain("VXLAN + 26 IPsec");
    expect(findings[1]?.fix.text).toContain("giving containers 1204");
  });

  it("stays silent when the option fits the underlay, encrypted or not", () => {
    const s = fixtureSnapshot({
      networks: [INGRESS, GWBRIDGE, overlay(1500, true), { ...overlay(1400), name: "b" }],
    });
    expect(mtuUnderlayRule(s, fixtureContext())).toEqual([]);
  });
});
