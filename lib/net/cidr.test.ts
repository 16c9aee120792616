import { describe, expect, it } from "vitest";
import {
  addressCount,
  broadcastAddress,
  type Cidr,
  cidrContains,
  cidrContainsCidr,
  cidrsOverlap,
  networkAddress,
  parseCidr,
  parseCidrLenient,
  usableHostCount,
} from "@/lib/net/cidr";
import { formatIp, type IpAddress, parseIp } from "@/lib/net/ip";

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function ip(text: string): IpAddress {
  const parsed = parseIp(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("parseCidr", () => {
  it("parses IPv4 and IPv6 subnets into canonical text", () => {
    expect(parseCidr("10.0.1.0/24")).toEqual({
      ok: true,
      value: { family: 4, network: 0x0a000100n, prefix: 24, text: "10.0.1.0/24" },
    });
    expect(cidr("2001:DB8:0::/32").text).toBe("2001:db8::/32");
    expect(cidr("0.0.0.0/0").prefix).toBe(0);
    expect(cidr("10.0.0.1/32").text).toBe("10.0.0.1/32");
    expect(cidr("::/0").family).toBe(6);
  });

  it("refuses host bits with a suggestion", () => {
    expect(parseCidr("10.0.0.1/24")).toEqual({
      ok: false,
      error: "10.0.0.1/24 has host bits set; did you mean 10.0.0.0/24?",
    });
    expect(parseCidr("2001:db8::1/64")).toEqual({
      ok: false,
      error: "2001:db8::1/64 has host bits set; did you mean 2001:db8::/64?",
    });
  });

  it.each([
    ["10.0.0.0", "10.0.0.0 is an address, not a subnet: add a prefix length such as /24"],
    ["10.0.0.0/33", '"33" in 10.0.0.0/33 is not a prefix length (0–32)'],
    ["2001:db8::/129", '"129" in 2001:db8::/129 is not a prefix length (0–128)'],
    ["10.0.0.0/024", '"024" in 10.0.0.0/024 is not a prefix length (0–32)'],
    ["10.0.0.0/", '"" in 10.0.0.0/ is not a prefix length (0–32)'],
    ["10.0.0/24", '"10.0.0" in 10.0.0/24 is not a valid IPv4 or IPv6 address'],
    ["banana", '"banana" is not a valid subnet (expected CIDR notation such as 10.0.1.0/24)'],
  ])("refuses %s", (text, error) => {
    expect(parseCidr(text)).toEqual({ ok: false, error });
  });

  it("masks host bits in lenient mode (input from Docker)", () => {
    expect(parseCidrLenient("10.0.0.5/16")?.text).toBe("10.0.0.0/16");
    expect(parseCidrLenient("nope")).toBeNull();
  });
});

describe("containment and overlap", () => {
  it("checks addresses", () => {
    expect(cidrContains(cidr("10.0.0.0/24"), ip("10.0.0.255"))).toBe(true);
    expect(cidrContains(cidr("10.0.0.0/24"), ip("10.0.1.0"))).toBe(false);
    expect(cidrContains(cidr("::/0"), ip("10.0.0.1"))).toBe(false);
    expect(cidrContains(cidr("0.0.0.0/0"), ip("1.2.3.4"))).toBe(true);
    expect(cidrContains(cidr("2001:db8::/32"), ip("2001:db8:ffff::1"))).toBe(true);
  });

  it("checks subnets", () => {
    expect(cidrContainsCidr(cidr("10.0.0.0/8"), cidr("10.1.0.0/16"))).toBe(true);
    expect(cidrContainsCidr(cidr("10.1.0.0/16"), cidr("10.0.0.0/8"))).toBe(false);
    expect(cidrContainsCidr(cidr("10.0.0.0/24"), cidr("10.0.0.0/24"))).toBe(true);
    expect(cidrsOverlap(cidr("10.1.0.0/16"), cidr("10.0.0.0/8"))).toBe(true);
    expect(cidrsOverlap(cidr("10.0.0.0/24"), cidr("10.0.1.0/24"))).toBe(false);
    expect(cidrsOverlap(cidr("10.0.0.0/8"), cidr("::/0"))).toBe(false);
  });
});

describe("address arithmetic", () => {
  it("computes network and broadcast", () => {
    expect(formatIp(networkAddress(cidr("192.168.4.0/22")))).toBe("192.168.4.0");
    const broadcast = broadcastAddress(cidr("192.168.4.0/22"));
    expect(broadcast && formatIp(broadcast)).toBe("192.168.7.255");
    expect(broadcastAddress(cidr("2001:db8::/64"))).toBeNull();
  });

  it("counts addresses and usable hosts", () => {
    expect(addressCount(cidr("10.0.0.0/24"))).toBe(256n);
    expect(usableHostCount(cidr("10.0.0.0/24"))).toBe(254n);
    expect(usableHostCount(cidr("10.0.0.0/31"))).toBe(2n);
    expect(usableHostCount(cidr("10.0.0.0/32"))).toBe(1n);
    expect(addressCount(cidr("2001:db8::/64"))).toBe(1n << 64n);
    expect(usableHostCount(cidr("2001:db8::/120"))).toBe(255n);
    expect(usableHostCount(cidr("2001:db8::/127"))).toBe(2n);
  });
});
