import { describe, expect, it } from "vitest";
import { zodIssuesToDetails } from "@/lib/schemas/errors";
import { createNetworkSchema } from "@/lib/schemas/network-create";

function details(input: unknown) {
  const result = createNetworkSchema.safeParse(input);
  return result.success ? [] : zodIssuesToDetails(result.error);
}

describe("createNetworkSchema", () => {
  it("accepts the minimal and the full body", () => {
    expect(createNetworkSchema.parse({ name: "my-overlay" })).toEqual({ name: "my-overlay" });
    const full = {
      name: "my-ingress",
      attachable: false,
      internal: false,
      encrypted: true,
      ingress: true,
      mtu: 1200,
      ipam: [{ subnet: "10.11.0.0/16", gateway: "10.11.0.2", ipRange: "10.11.1.0/24" }],
      labels: { team: "ops" },
    };
    const { ipam, ...rest } = createNetworkSchema.parse(full);
    const { ipam: ipamText, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    // Each IPAM config keeps its text and gains its parsed values.
    expect(ipam?.map(({ parsed: _, ...text }) => text)).toEqual(ipamText);
  });

  it("parses each address once, at the boundary, into typed values", () => {
    const [config] =
      createNetworkSchema.parse({
        name: "v6",
        ipam: [{ subnet: "fd00:0::/64", gateway: "fd00::1", ipRange: "fd00::/80" }],
      }).ipam ?? [];
    // The text stays as typed (the CLI line shows it); the parsed values are canonical.
    expect(config?.subnet).toBe("fd00:0::/64");
    expect(config?.parsed.subnet).toMatchObject({ family: 6, prefix: 64, text: "fd00::/64" });
    expect(config?.parsed.gateway).toEqual({ family: 6, value: (0xfd00n << 112n) | 1n });
    expect(config?.parsed.ipRange?.text).toBe("fd00::/80");
  });

  it("refuses extra fields, at any level", () => {
    expect(details({ name: "n", driver: "overlay" })).toEqual([
      { field: "driver", message: 'unknown field "driver"' },
    ]);
    expect(details({ name: "n", ipam: [{ subnet: "10.0.0.0/24", aux: {} }] })).toEqual([
      { field: "ipam.0.aux", message: 'unknown field "aux"' },
    ]);
  });

  it("refuses null like any wrong type", () => {
    const fields = details({
      name: "n",
      mtu: null,
      attachable: null,
      ipam: null,
      labels: null,
    }).map((detail) => detail.field);
    expect(fields.sort()).toEqual(["attachable", "ipam", "labels", "mtu"]);
    expect(details({ name: "n", labels: { a: null } }).map((d) => d.field)).toEqual(["labels.a"]);
  });

  it("validates the name with the swarm rule", () => {
    expect(details({ name: "my.net" })).toEqual([
      { field: "name", message: "name cannot contain dots: swarm names are DNS labels" },
    ]);
    expect(details({})).toEqual([
      { field: "name", message: expect.stringContaining("expected string") },
    ]);
  });

  it.each([67, 65536, 1500.5])("refuses mtu %s", (mtu) => {
    expect(details({ name: "n", mtu })).toEqual([
      { field: "mtu", message: "MTU must be a whole number from 68 to 65535" },
    ]);
  });

  it("reports IPAM problems per field", () => {
    const result = details({
      name: "n",
      ipam: [
        { subnet: "10.0.0.1/24", gateway: "10.0.0.1" },
        { subnet: "10.1.0.0/16", gateway: "10.2.0.1", ipRange: "10.1.0.0/8" },
        { subnet: "10.1.4.0/24" },
      ],
    });
    expect(result).toEqual([
      {
        field: "ipam.0.subnet",
        message: "10.0.0.1/24 has host bits set; did you mean 10.0.0.0/24?",
      },
      { field: "ipam.1.gateway", message: "gateway 10.2.0.1 is outside subnet 10.1.0.0/16" },
      {
        field: "ipam.1.ipRange",
        message: "10.1.0.0/8 has host bits set; did you mean 10.0.0.0/8?",
      },
      {
        field: "ipam.2.subnet",
        message: "10.1.4.0/24 overlaps 10.1.0.0/16 (ipam.1) of this network",
      },
    ]);
  });

  it("refuses an attachable ingress and the predefined label", () => {
    expect(details({ name: "n", ingress: true, attachable: true })).toEqual([
      { field: "attachable", message: "an ingress network cannot be attachable" },
    ]);
    expect(details({ name: "n", labels: { "com.docker.swarm.predefined": "true" } })).toEqual([
      {
        field: "labels.com.docker.swarm.predefined",
        message: "com.docker.swarm.predefined is reserved for networks Docker creates itself",
      },
    ]);
  });

  it("reports every field at once", () => {
    const fields = details({ name: "-bad", mtu: 10, ipam: [{ subnet: "x" }] }).map((d) => d.field);
    expect(fields).toEqual(["name", "mtu", "ipam.0.subnet"]);
  });
});
