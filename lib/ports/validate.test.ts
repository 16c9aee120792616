import { describe, expect, it } from "vitest";
import type { Port } from "@/lib/model/port";
import { ingressPorts, validatePortList } from "@/lib/ports/validate";

const ingress = (published: number, target = 80, protocol: Port["protocol"] = "tcp"): Port => ({
  published,
  target,
  protocol,
  mode: "ingress",
});
const host = (published: number, target = 80): Port => ({
  published,
  target,
  protocol: "tcp",
  mode: "host",
});

describe("validatePortList", () => {
  it("accepts distinct ports, and same number on another protocol", () => {
    expect(validatePortList([ingress(8080), ingress(8080, 80, "udp"), host(9090)], [])).toEqual([]);
  });

  it("checks ranges", () => {
    const ports: Port[] = [
      { published: 0, target: 80, protocol: "tcp", mode: "ingress" },
      { published: 8080, target: 70000, protocol: "tcp", mode: "ingress" },
    ];
    expect(validatePortList(ports, [])).toEqual([
      {
        field: "ports.0.published",
        message: "published port must be 1–65535; omit it to let Docker choose",
        severity: "error",
      },
      { field: "ports.1.target", message: "target port must be 1–65535", severity: "error" },
    ]);
  });

  it("refuses duplicates within the list whatever the mode", () => {
    expect(validatePortList([ingress(8080), host(8080, 81)], [])).toEqual([
      {
        field: "ports.1.published",
        message: "8080/tcp is already published by entry 1 of this list",
        severity: "error",
      },
    ]);
  });

  it("ignores ports Docker will choose", () => {
    const auto: Port = { target: 80, protocol: "tcp", mode: "ingress" };
    expect(validatePortList([auto, auto], [{ service: "web", ports: [auto] }])).toEqual([]);
  });

  it("refuses an ingress port another service already publishes", () => {
    expect(
      validatePortList([ingress(8080)], [{ service: "web", ports: [ingress(8080, 8000)] }]),
    ).toEqual([
      {
        field: "ports.0.published",
        message: "8080/tcp is already published through the routing mesh by service web",
        severity: "error",
      },
    ]);
  });

  it("warns when host-mode ports collide across services", () => {
    const issues = validatePortList([host(8080)], [{ service: "lb", ports: [host(8080)] }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: "ports.0.published", severity: "warning" });
    expect(issues[0]?.message).toContain("also published in host mode by service lb");
  });

  // Both refused by Docker 20.10 (measured on the sandbox engine).
  it("refuses host and ingress modes colliding across services", () => {
    const mine = validatePortList([host(8080)], [{ service: "web", ports: [ingress(8080)] }]);
    expect(mine[0]).toMatchObject({ severity: "error" });
    expect(mine[0]?.message).toContain("routing mesh by service web");
    const theirs = validatePortList([ingress(8080)], [{ service: "lb", ports: [host(8080)] }]);
    expect(theirs[0]).toMatchObject({ severity: "error" });
    expect(theirs[0]?.message).toContain("host mode by service lb");
  });

  it("does not compare across protocols", () => {
    expect(
      validatePortList([ingress(53, 53, "udp")], [{ service: "dns", ports: [ingress(53, 53)] }]),
    ).toEqual([]);
  });
});

describe("ingressPorts", () => {
  it("keeps routing-mesh ports only", () => {
    expect(ingressPorts([ingress(8080), host(9090)])).toEqual([ingress(8080)]);
  });
});
