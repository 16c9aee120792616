import { describe, expect, it } from "vitest";
import { formatIp, formatIpv6, parseIp, parseIpv4, parseIpv6 } from "@/lib/net/ip";

describe("parseIpv4", () => {
  it("parses dotted quads", () => {
    expect(parseIpv4("10.0.0.1")).toBe(0x0a000001n);
    expect(parseIpv4("255.255.255.255")).toBe(0xffffffffn);
    expect(parseIpv4("0.0.0.0")).toBe(0n);
  });

  it.each(["256.0.0.1", "10.0.0", "10.0.0.1.2", "010.0.0.1", "1.2.3.-4", "a.b.c.d", "", "1..2.3"])(
    "refuses %s",
    (text) => {
      expect(parseIpv4(text)).toBeNull();
    },
  );
});

describe("parseIpv6", () => {
  it("parses full and compressed forms", () => {
    expect(parseIpv6("2001:db8:0:0:0:0:0:1")).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6("2001:DB8::1")).toBe(0x20010db8000000000000000000000001n);
    expect(parseIpv6("::")).toBe(0n);
    expect(parseIpv6("::1")).toBe(1n);
    expect(parseIpv6("fe80::")).toBe(0xfe80n << 112n);
    expect(parseIpv6("1:2:3:4:5:6:7::")).toBe(0x00010002000300040005000600070000n);
  });

  it("parses an IPv4 tail", () => {
    expect(parseIpv6("::ffff:192.0.2.1")).toBe(0xffffc0000201n);
    expect(parseIpv6("64:ff9b::10.0.0.1")).toBe((0x64ff9bn << 96n) | 0x0a000001n);
    expect(parseIpv6("0:0:0:0:0:ffff:1.2.3.4")).toBe(0xffff01020304n);
  });

  it.each([
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "1::2::3",
    "1:2:3:4::5:6:7:8",
    ":1:2:3:4:5:6:7",
    "12345::",
    "::ffff:1.2.3",
    "1.2.3.4::",
    "g::1",
    "::1:",
  ])("refuses %s", (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
});

describe("parseIp", () => {
  it("detects the family", () => {
    expect(parseIp("192.168.1.36")).toEqual({ ok: true, value: { family: 4, value: 0xc0a80124n } });
    expect(parseIp("::1")).toEqual({ ok: true, value: { family: 6, value: 1n } });
  });

  it("explains refusals", () => {
    expect(parseIp("10.0.0.0/24")).toEqual({
      ok: false,
      error: "10.0.0.0/24 is a subnet, not a single address",
    });
    expect(parseIp("fe80::1%eth0")).toMatchObject({ ok: false });
    expect(parseIp("nope")).toEqual({
      ok: false,
      error: '"nope" is not a valid IPv4 or IPv6 address',
    });
  });
});

describe("formatIp", () => {
  it.each([
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["::", "::"],
    ["::1", "::1"],
    ["1::", "1::"],
    ["0:0:1:0:0:0:1:0", "0:0:1::1:0"],
    ["::ffff:c000:0201", "::ffff:192.0.2.1"],
    ["FE80:0:0:0:ABCD:0:0:1", "fe80::abcd:0:0:1"],
  ])("formats %s as %s (RFC 5952)", (input, expected) => {
    const value = parseIpv6(input);
    expect(value).not.toBeNull();
    expect(formatIpv6(value ?? 0n)).toBe(expected);
  });

  it("formats IPv4", () => {
    expect(formatIp({ family: 4, value: 0x0a0b0001n })).toBe("10.11.0.1");
  });

  it("round-trips canonical text", () => {
    for (const text of ["10.0.0.1", "2001:db8::", "::ffff:10.0.0.1", "fd00:1:2:3::4"]) {
      const parsed = parseIp(text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(formatIp(parsed.value)).toBe(text);
    }
  });
});
