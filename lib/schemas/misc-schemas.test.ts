import { describe, expect, it } from "vitest";
import { endpointModeSchema } from "@/lib/schemas/endpoint-mode";
import { zodIssuesToDetails } from "@/lib/schemas/errors";
import { attachNetworkSchema, versionQuerySchema } from "@/lib/schemas/service-network";

describe("endpointModeSchema", () => {
  it("accepts vip and dnsrr", () => {
    expect(
      endpointModeSchema.parse({ version: 4, mode: "dnsrr", convertIngressPortsToHost: true }),
    ).toEqual({
      version: 4,
      mode: "dnsrr",
      convertIngressPortsToHost: true,
    });
    expect(endpointModeSchema.parse({ version: 4, mode: "vip" })).toEqual({
      version: 4,
      mode: "vip",
    });
  });

  it("refuses other modes, nulls and extra fields", () => {
    const result = endpointModeSchema.safeParse({
      version: 4,
      mode: "rr",
      convertIngressPortsToHost: null,
      x: 1,
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(zodIssuesToDetails(result.error)).toEqual([
        { field: "mode", message: 'mode must be "vip" or "dnsrr"' },
        { field: "convertIngressPortsToHost", message: expect.any(String) },
        { field: "x", message: 'unknown field "x"' },
      ]);
    }
  });
});

describe("attachNetworkSchema", () => {
  it("accepts a network with or without aliases", () => {
    expect(attachNetworkSchema.parse({ version: 1, network: "backend" })).toEqual({
      version: 1,
      network: "backend",
    });
    expect(
      attachNetworkSchema.parse({ version: 1, network: "backend", aliases: ["db", "db.internal"] }),
    ).toMatchObject({
      aliases: ["db", "db.internal"],
    });
  });

  it("refuses empty names and aliases that would break the CLI line", () => {
    const result = attachNetworkSchema.safeParse({
      version: 1,
      network: "",
      aliases: ["a,b", "c d", ""],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(zodIssuesToDetails(result.error).map((d) => d.field)).toEqual([
        "network",
        "aliases.0",
        "aliases.1",
        "aliases.2",
      ]);
    }
  });
});

describe("versionQuerySchema", () => {
  it("turns ?version=N into a number and ignores other parameters", () => {
    const query = Object.fromEntries(new URLSearchParams("version=42&_=1"));
    expect(versionQuerySchema.parse(query)).toEqual({ version: 42 });
    expect(versionQuerySchema.parse({ version: "0" })).toEqual({ version: 0 });
  });

  it.each(["", "-1", "1.5", "abc", "01", "99999999999999999999"])("refuses %j", (version) => {
    expect(versionQuerySchema.safeParse({ version }).success).toBe(false);
  });

  it("requires the parameter", () => {
    const result = versionQuerySchema.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(zodIssuesToDetails(result.error)).toEqual([
        { field: "version", message: "version is required (?version=N)" },
      ]);
    }
  });
});
