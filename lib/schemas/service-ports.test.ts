import { describe, expect, it } from "vitest";
import { zodIssuesToDetails } from "@/lib/schemas/errors";
import { resolvePorts, updatePortsSchema } from "@/lib/schemas/service-ports";

function details(input: unknown) {
  const result = updatePortsSchema.safeParse(input);
  return result.success ? [] : zodIssuesToDetails(result.error);
}

describe("updatePortsSchema", () => {
  it("accepts the ports form", () => {
    const body = {
      version: 12,
      ports: [{ published: 8080, target: 80, protocol: "udp", mode: "host" }],
    };
    const parsed = updatePortsSchema.parse(body);
    expect(resolvePorts(parsed)).toEqual(body.ports);
    expect(resolvePorts(updatePortsSchema.parse({ version: 0, ports: [] }))).toEqual([]);
  });

  it("accepts the publish form and resolves it", () => {
    const parsed = updatePortsSchema.parse({
      version: 3,
      publish: ["8080:80/udp", "published=8081,target=81,mode=host", "9000-9001:90-91", "70"],
    });
    expect(resolvePorts(parsed)).toEqual([
      { published: 8080, target: 80, protocol: "udp", mode: "ingress" },
      { published: 8081, target: 81, protocol: "tcp", mode: "host" },
      { published: 9000, target: 90, protocol: "tcp", mode: "ingress" },
      { published: 9001, target: 91, protocol: "tcp", mode: "ingress" },
      { target: 70, protocol: "tcp", mode: "ingress" },
    ]);
  });

  it("points publish errors at publish.N", () => {
    expect(details({ version: 1, publish: ["8080:80", "0:81", "127.0.0.1:9:9"] })).toEqual([
      {
        field: "publish.1",
        message: "published port must be 1–65535; omit it to let Docker choose",
      },
      { field: "publish.2", message: expect.stringContaining("cannot bind a host address") },
    ]);
  });

  it("reports duplicates across publish entries, even inside ranges", () => {
    expect(details({ version: 1, publish: ["8080-8082:80-82", "8081:81"] })).toEqual([
      { field: "publish.1", message: "8081/tcp is already published by entry 2 of this list" },
    ]);
  });

  it("checks ranges and duplicates in the ports form", () => {
    const ports = [
      { published: 0, target: 80, protocol: "tcp", mode: "ingress" },
      { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
      { published: 8080, target: 81, protocol: "tcp", mode: "host" },
    ];
    expect(details({ version: 1, ports }).map((d) => d.field)).toEqual([
      "ports.0.published",
      "ports.2.published",
    ]);
  });

  it("needs exactly one of ports and publish, and a version", () => {
    expect(details({ version: 1 })).toEqual([
      { field: "ports", message: "ports (or publish) is required" },
    ]);
    expect(details({ version: 1, ports: [], publish: [] })).toEqual([
      { field: "publish", message: "send either ports or publish, not both" },
    ]);
    expect(details({ ports: [] }).map((d) => d.field)).toEqual(["version"]);
    expect(details({ version: -1, ports: [] }).map((d) => d.field)).toEqual(["version"]);
    expect(details({ version: 1.5, ports: [] }).map((d) => d.field)).toEqual(["version"]);
  });

  it("refuses null, extra fields and bad port objects", () => {
    expect(details({ version: null, ports: [] }).map((d) => d.field)).toEqual(["version"]);
    expect(details({ version: 1, ports: null }).map((d) => d.field)).toEqual(["ports"]);
    expect(details({ version: 1, ports: [], force: true })).toEqual([
      { field: "force", message: 'unknown field "force"' },
    ]);
    const bad = [{ published: null, target: 80, protocol: "tcp", mode: "ingress", extra: 1 }];
    expect(
      details({ version: 1, ports: bad })
        .map((d) => d.field)
        .sort(),
    ).toEqual(["ports.0.extra", "ports.0.published"]);
    expect(
      details({ version: 1, ports: [{ target: 80, protocol: "icmp", mode: "ingress" }] }).map(
        (d) => d.field,
      ),
    ).toEqual(["ports.0.protocol"]);
  });
});
