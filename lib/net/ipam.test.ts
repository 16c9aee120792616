import { describe, expect, it } from "vitest";
import { ingressDefaultClash, validateIpamConfigs } from "@/lib/net/ipam";

const empty = { existing: [], defaultAddrPools: [] };

describe("validateIpamConfigs", () => {
  it("accepts a clean config", () => {
    const issues = validateIpamConfigs(
      [{ subnet: "10.11.0.0/16", gateway: "10.11.0.2", ipRange: "10.11.1.0/24" }],
      empty,
    );
    expect(issues).toEqual([]);
  });

  it("accepts several configs of either family", () => {
    const configs = [
      { subnet: "10.11.0.0/24" },
      { subnet: "10.12.0.0/24" },
      { subnet: "fd00:11::/64", gateway: "fd00:11::1" },
      { subnet: "fd00:12::/64" },
    ];
    expect(validateIpamConfigs(configs, empty)).toEqual([]);
  });

  it("reports an invalid subnet and still checks the gateway syntax", () => {
    expect(validateIpamConfigs([{ subnet: "10.0.0.1/24", gateway: "nope" }], empty)).toEqual([
      {
        field: "ipam.0.subnet",
        message: "10.0.0.1/24 has host bits set; did you mean 10.0.0.0/24?",
        severity: "error",
      },
      {
        field: "ipam.0.gateway",
        message: '"nope" is not a valid IPv4 or IPv6 address',
        severity: "error",
      },
    ]);
  });

  it.each([
    ["10.1.0.1", "gateway 10.1.0.1 is outside subnet 10.0.0.0/24"],
    ["10.0.0.0", "gateway 10.0.0.0 is the network address of 10.0.0.0/24"],
    ["10.0.0.255", "gateway 10.0.0.255 is the broadcast address of 10.0.0.0/24"],
    ["fd00::1", "gateway fd00::1 is IPv6 but subnet 10.0.0.0/24 is IPv4"],
    ["10.0.0.0/24", "10.0.0.0/24 is a subnet, not a single address"],
  ])("refuses gateway %s", (gateway, message) => {
    expect(validateIpamConfigs([{ subnet: "10.0.0.0/24", gateway }], empty)).toEqual([
      { field: "ipam.0.gateway", message, severity: "error" },
    ]);
  });

  it("allows any gateway inside a /31 and an IPv6 gateway that is not the anycast address", () => {
    expect(validateIpamConfigs([{ subnet: "10.0.0.0/31", gateway: "10.0.0.0" }], empty)).toEqual(
      [],
    );
    expect(validateIpamConfigs([{ subnet: "fd00::/64", gateway: "fd00::" }], empty)).toEqual([
      {
        field: "ipam.0.gateway",
        message: "gateway fd00:: is the network address of fd00::/64",
        severity: "error",
      },
    ]);
  });

  it.each([
    ["10.0.1.0/24", "IP range 10.0.1.0/24 is not inside subnet 10.0.0.0/24"],
    ["10.0.0.0/23", "IP range 10.0.0.0/23 is not inside subnet 10.0.0.0/24"],
    ["fd00::/64", "IP range fd00::/64 is IPv6 but subnet 10.0.0.0/24 is IPv4"],
    ["10.0.0.8", "10.0.0.8 is an address, not a subnet: add a prefix length such as /24"],
  ])("refuses ipRange %s", (ipRange, message) => {
    expect(validateIpamConfigs([{ subnet: "10.0.0.0/24", ipRange }], empty)).toEqual([
      { field: "ipam.0.ipRange", message, severity: "error" },
    ]);
  });

  it("refuses configs that overlap each other, on the later one", () => {
    const issues = validateIpamConfigs(
      [{ subnet: "10.0.0.0/16" }, { subnet: "10.1.0.0/16" }, { subnet: "10.0.5.0/24" }],
      empty,
    );
    expect(issues).toEqual([
      {
        field: "ipam.2.subnet",
        message: "10.0.5.0/24 overlaps 10.0.0.0/16 (ipam.0) of this network",
        severity: "error",
      },
    ]);
  });

  it("names the existing network a subnet overlaps", () => {
    const context = {
      existing: [
        { name: "demo-frontend", subnets: ["10.0.1.0/24"] },
        { name: "ingress", subnets: ["10.0.0.0/24", "garbage"] },
      ],
      defaultAddrPools: [],
    };
    expect(validateIpamConfigs([{ subnet: "10.0.1.0/24" }], context)).toEqual([
      {
        field: "ipam.0.subnet",
        message: "10.0.1.0/24 overlaps 10.0.1.0/24 of network demo-frontend",
        severity: "error",
      },
    ]);
  });

  it("warns about the swarm default address pool", () => {
    const issues = validateIpamConfigs([{ subnet: "10.20.0.0/24" }, { subnet: "172.30.0.0/24" }], {
      existing: [],
      defaultAddrPools: ["10.0.0.0/8"],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "ipam.0.subnet", severity: "warning" });
    expect(issues[0]?.message).toContain("overlaps the swarm default address pool 10.0.0.0/8");
  });

  it("warns when a subnet contains a node address", () => {
    const issues = validateIpamConfigs([{ subnet: "192.168.1.0/24" }], {
      ...empty,
      nodeAddresses: ["192.168.1.36", "192.168.2.7/24", "not-an-ip"],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "ipam.0.subnet", severity: "warning" });
    expect(issues[0]?.message).toContain("contains node address 192.168.1.36");
  });
});

describe("ingressDefaultClash", () => {
  it("is null when no node sits in 10.0.0.0/24", () => {
    expect(ingressDefaultClash(["192.168.1.36", "10.0.1.4", "fd00::1"])).toBeNull();
  });

  it("warns and names the clashing nodes (moby#24220)", () => {
    const issue = ingressDefaultClash(["10.0.0.5", "10.0.0.6/16", "192.168.1.36"]);
    expect(issue).toMatchObject({ severity: "warning", field: "ipam.0.subnet" });
    expect(issue?.message).toContain("10.0.0.5, 10.0.0.6");
    expect(issue?.message).toContain("moby/moby#24220");
  });
});
