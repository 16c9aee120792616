import { describe, expect, it } from "vitest";
import {
  hostOnly,
  joinHostPort,
  portOnly,
  splitHostPort,
  withoutPrefix,
} from "@/lib/net/host-port";

describe("splitHostPort", () => {
  it.each([
    ["10.0.0.5:2377", "10.0.0.5", 2377],
    ["10.0.0.5", "10.0.0.5", null],
    ["[fd00::5]:2377", "fd00::5", 2377],
    ["[fd00::5]", "fd00::5", null],
    ["fd00::5", "fd00::5", null],
    // Unbracketed, the last group is part of the address: Docker never writes a port this way.
    ["fd00::5:2377", "fd00::5:2377", null],
    ["::", "::", null],
    ["[::ffff:10.0.0.5]:7946", "::ffff:10.0.0.5", 7946],
    ["manager-1:2377", "manager-1", 2377],
    ["manager-1.example.org", "manager-1.example.org", null],
    ["0.0.0.0:2377", "0.0.0.0", 2377],
  ])("%s → host %s, port %s", (text, host, port) => {
    expect(splitHostPort(text)).toEqual({ host, port });
    expect(hostOnly(text)).toBe(host);
    expect(portOnly(text)).toBe(port);
  });

  it("leaves a name with a non-numeric suffix alone", () => {
    expect(splitHostPort("manager:http")).toEqual({ host: "manager:http", port: null });
  });
});

describe("joinHostPort", () => {
  it("brackets IPv6 only", () => {
    expect(joinHostPort("10.0.0.5", 2377)).toBe("10.0.0.5:2377");
    expect(joinHostPort("fd00::5", 2377)).toBe("[fd00::5]:2377");
    expect(joinHostPort("manager-1", "2377")).toBe("manager-1:2377");
  });

  it("round-trips with splitHostPort", () => {
    for (const host of ["10.0.0.5", "fd00::5", "manager-1"]) {
      expect(splitHostPort(joinHostPort(host, 7946))).toEqual({ host, port: 7946 });
    }
  });
});

describe("withoutPrefix", () => {
  it("strips the prefix length", () => {
    expect(withoutPrefix("10.0.1.5/24")).toBe("10.0.1.5");
    expect(withoutPrefix("fd00::5/64")).toBe("fd00::5");
    expect(withoutPrefix("10.0.1.5")).toBe("10.0.1.5");
  });
});
