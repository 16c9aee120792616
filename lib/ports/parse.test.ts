import { describe, expect, it } from "vitest";
import { MAX_RANGE_PORTS, parsePublish } from "@/lib/ports/parse";

describe("parsePublish short syntax", () => {
  it.each([
    ["8080:80", [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }]],
    ["8080:80/udp", [{ published: 8080, target: 80, protocol: "udp", mode: "ingress" }]],
    ["8080:80/tcp", [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }]],
    ["80", [{ target: 80, protocol: "tcp", mode: "ingress" }]],
    ["80/sctp", [{ target: 80, protocol: "sctp", mode: "ingress" }]],
    [" 53:53/udp ", [{ published: 53, target: 53, protocol: "udp", mode: "ingress" }]],
  ])("parses %s", (text, ports) => {
    expect(parsePublish(text)).toEqual({ ok: true, ports });
  });

  it("expands ranges", () => {
    expect(parsePublish("8080-8081:80-81/udp")).toEqual({
      ok: true,
      ports: [
        { published: 8080, target: 80, protocol: "udp", mode: "ingress" },
        { published: 8081, target: 81, protocol: "udp", mode: "ingress" },
      ],
    });
    expect(parsePublish("80-82")).toEqual({
      ok: true,
      ports: [80, 81, 82].map((target) => ({ target, protocol: "tcp", mode: "ingress" })),
    });
    expect(parsePublish("8080-8080:80-80")).toMatchObject({
      ok: true,
      ports: [{ published: 8080 }],
    });
  });

  it("omits the published key (not undefined) when Docker chooses", () => {
    const result = parsePublish("80");
    expect(result.ok && Object.keys(result.ports[0] ?? {})).toEqual(["target", "protocol", "mode"]);
  });

  it.each([
    ["0:80", "published port must be 1–65535; omit it to let Docker choose"],
    ["65536:80", "published port must be 1–65535; omit it to let Docker choose"],
    ["8080:0", "target port must be 1–65535"],
    ["70000", "target port must be 1–65535"],
    ["http:80", 'published port "http" is not a number'],
    ["8080:eighty", 'target port "eighty" is not a number'],
    ["8080:80/icmp", 'unknown protocol "icmp": use tcp, udp, sctp'],
    ["8080:80/UDP", 'unknown protocol "UDP": use tcp, udp, sctp'],
    ["8080:80/", 'unknown protocol "": use tcp, udp, sctp'],
    ["8080:80/udp/tcp", '"8080:80/udp/tcp" has more than one "/protocol"'],
    [":80", '":80" has an empty published port; write just the target to let Docker choose'],
    ["", "empty port: expected e.g. 8080:80 or published=8080,target=80"],
    ["8080: 80", '"8080: 80" contains spaces'],
    ["8081-8080:80-81", "published range 8081-8080 ends before it starts"],
    ["-80", 'target port "" is not a number'],
    ["::80", '"::80" has too many ":" (expected published:target)'],
  ])("refuses %j", (text, error) => {
    expect(parsePublish(text)).toEqual({ ok: false, error });
  });

  it("refuses mismatched ranges", () => {
    const message =
      "published ports 8080-8081 and target ports 80-80 must be ranges of the same length (e.g. 8080-8081:80-81)";
    expect(parsePublish("8080-8081:80")).toEqual({ ok: false, error: message });
    expect(parsePublish("8080:80-81")).toMatchObject({ ok: false });
    expect(parsePublish("8080-8082:80-81")).toMatchObject({ ok: false });
  });

  it("caps range expansion", () => {
    expect(parsePublish(`1-${MAX_RANGE_PORTS}`)).toMatchObject({ ok: true });
    expect(parsePublish(`1-${MAX_RANGE_PORTS + 1}`)).toEqual({
      ok: false,
      error: `target range 1-${MAX_RANGE_PORTS + 1} is longer than ${MAX_RANGE_PORTS} ports`,
    });
  });

  it.each([
    ["127.0.0.1:8080:80", "127.0.0.1"],
    ["0.0.0.0:8080:80/udp", "0.0.0.0"],
    ["[::1]:8080:80", "[::1]"],
    ["::1:8080:80", "::1"],
  ])("refuses host address prefix in %s", (text, address) => {
    const result = parsePublish(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(`Swarm services cannot bind a host address (${address})`);
    }
  });
});

describe("parsePublish long syntax", () => {
  it("parses keys in any order with defaults", () => {
    expect(parsePublish("published=8080,target=80")).toEqual({
      ok: true,
      ports: [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }],
    });
    expect(parsePublish("mode=host,protocol=udp,target=80,published=8080")).toEqual({
      ok: true,
      ports: [{ published: 8080, target: 80, protocol: "udp", mode: "host" }],
    });
    expect(parsePublish("target=80,mode=host")).toEqual({
      ok: true,
      ports: [{ target: 80, protocol: "tcp", mode: "host" }],
    });
  });

  it.each([
    [
      "published=8080",
      "target is required (the port inside the container), e.g. published=8080,target=80",
    ],
    ["published=0,target=80", "published port must be 1–65535; omit it to let Docker choose"],
    ["published=,target=80", 'published port "" is not a number'],
    ["target=80,target=81", 'duplicate key "target"'],
    ["src=8080,dst=80", 'unknown key "src": use published, target, protocol, mode'],
    ["target=80,protocol=icmp", 'unknown protocol "icmp": use tcp, udp, sctp'],
    ["target=80,mode=global", 'unknown mode "global": use ingress or host'],
    ["target=80,", '"target=80," has an empty field (stray comma?)'],
    ["target=80,host", '"host" is not key=value'],
    ["target=80-81", 'target port "80-81" is not a number'],
    ["target=99999", "target port must be 1–65535"],
  ])("refuses %j", (text, error) => {
    expect(parsePublish(text)).toEqual({ ok: false, error });
  });
});
