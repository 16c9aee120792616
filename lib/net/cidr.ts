import { t } from "@/lib/i18n/current";
import {
  familyBits,
  formatIp,
  type IpAddress,
  type IpFamily,
  parseIpv4,
  parseIpv6,
} from "@/lib/net/ip";
import { fail, ok, type Result } from "@/lib/net/result";

/** A subnet: `network` has no host bits set; `text` is its canonical spelling. */
export type Cidr = { family: IpFamily; network: bigint; prefix: number; text: string };

const PREFIX = /^(0|[1-9][0-9]{0,2})$/;

function hostMask(family: IpFamily, prefix: number): bigint {
  return (1n << BigInt(familyBits(family) - prefix)) - 1n;
}

export function formatCidr(family: IpFamily, network: bigint, prefix: number): string {
  return `${formatIp({ family, value: network })}/${prefix}`;
}

function makeCidr(family: IpFamily, network: bigint, prefix: number): Cidr {
  return { family, network, prefix, text: formatCidr(family, network, prefix) };
}

function parseAddressPart(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  return v6 === null ? null : { family: 6, value: v6 };
}

type CidrParts = { address: IpAddress; prefix: number };

function parseCidrParts(text: string): Result<CidrParts> {
  const slash = text.indexOf("/");
  if (slash < 0) {
    const address = parseAddressPart(text);
    return address
      ? fail(t().validation.subnetIsAddress(text))
      : fail(t().validation.subnetInvalid(text));
  }
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const address = parseAddressPart(addressText);
  if (address === null) {
    return fail(t().validation.addressInSubnetInvalid(addressText, text));
  }
  const bits = familyBits(address.family);
  if (!PREFIX.test(prefixText) || Number(prefixText) > bits) {
    return fail(t().validation.prefixInvalid(prefixText, text, bits));
  }
  return ok({ address, prefix: Number(prefixText) });
}

function maskedNetwork({ address, prefix }: CidrParts): bigint {
  return address.value & ~hostMask(address.family, prefix);
}

/**
 * Strict on purpose: Docker silently masks `10.0.0.1/24` to `10.0.0.0/24`, which hides typos
 * such as a gateway pasted into the subnet field, so host bits set are refused with a hint.
 */
export function parseCidr(text: string): Result<Cidr> {
  const parts = parseCidrParts(text);
  if (!parts.ok) return parts;
  const { address, prefix } = parts.value;
  const network = maskedNetwork(parts.value);
  if (network !== address.value) {
    const suggestion = formatCidr(address.family, network, prefix);
    return fail(t().validation.hostBits(text, suggestion));
  }
  return ok(makeCidr(address.family, network, prefix));
}

/**
 * Masks host bits the way Docker does, for subnets that come from Docker or the host
 * (existing networks, pools, interface addresses) where refusing would only lose information.
 */
export function parseCidrLenient(text: string): Cidr | null {
  const parts = parseCidrParts(text);
  if (!parts.ok) return null;
  return makeCidr(parts.value.address.family, maskedNetwork(parts.value), parts.value.prefix);
}

export function networkAddress(cidr: Cidr): IpAddress {
  return { family: cidr.family, value: cidr.network };
}

export function lastAddress(cidr: Cidr): IpAddress {
  return { family: cidr.family, value: cidr.network | hostMask(cidr.family, cidr.prefix) };
}

/** IPv6 has no broadcast address, so this is null for IPv6 subnets. */
export function broadcastAddress(cidr: Cidr): IpAddress | null {
  return cidr.family === 4 ? lastAddress(cidr) : null;
}

export function addressCount(cidr: Cidr): bigint {
  return 1n << BigInt(familyBits(cidr.family) - cidr.prefix);
}

/**
 * Addresses a host can use. IPv4 loses network and broadcast, except /31 (RFC 3021
 * point-to-point) and /32. IPv6 loses only the subnet-router anycast address (RFC 4291 §2.6.1),
 * except /127 (RFC 6164) and /128. Docker's gateway takes one more; that is not counted here.
 */
export function usableHostCount(cidr: Cidr): bigint {
  const count = addressCount(cidr);
  if (count <= 2n) return count;
  return cidr.family === 4 ? count - 2n : count - 1n;
}

export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  if (cidr.family !== ip.family) return false;
  return (ip.value & ~hostMask(cidr.family, cidr.prefix)) === cidr.network;
}

export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, networkAddress(inner));
}

/** Two subnets overlap exactly when one contains the other (prefixes are aligned blocks). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContainsCidr(a, b) || cidrContainsCidr(b, a);
}
