import { describe, expect, it } from "vitest";
import type { Port } from "@/lib/model/port";
import { convertIngressPortsToHost, validateEndpointMode } from "@/lib/ports/endpoint-mode";

const ports: Port[] = [
  { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
  { published: 53, target: 53, protocol: "udp", mode: "ingress" },
  { published: 9090, target: 90, protocol: "tcp", mode: "host" },
];

describe("validateEndpointMode", () => {
  it("allows vip with anything and dnsrr with host ports", () => {
    expect(validateEndpointMode("vip", ports)).toEqual([]);
    expect(validateEndpointMode("dnsrr", convertIngressPortsToHost(ports))).toEqual([]);
  });

  it("lists the ingress ports that block dnsrr", () => {
    expect(validateEndpointMode("dnsrr", ports)).toEqual([
      {
        field: "mode",
        message:
          "dnsrr cannot be used while ports are published through the routing mesh (8080:80, 53:53/udp): switch them to mode=host (convertIngressPortsToHost) or remove them",
        severity: "error",
      },
    ]);
  });
});

describe("convertIngressPortsToHost", () => {
  it("keeps numbers and switches the mode", () => {
    expect(convertIngressPortsToHost(ports).map((port) => port.mode)).toEqual([
      "host",
      "host",
      "host",
    ]);
    expect(convertIngressPortsToHost(ports)[0]).toEqual({
      published: 8080,
      target: 80,
      protocol: "tcp",
      mode: "host",
    });
  });
});
