import { t } from "@/lib/i18n/current";
import { fail, ok, type Result } from "@/lib/net/result";

export type IpFamily = 4 | 6;

/** An address as a number, so that subnet maths is plain bigint arithmetic. */
export type IpAddress = { family: IpFamily; value: bigint };

export function familyBits(family: IpFamily): 32 | 128 {
  return family === 4 ? 32 : 128;
}

export function familyName(family: IpFamily): "IPv4" | "IPv6" {
  return family === 4 ? "IPv4" : "IPv6";
}

const IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Dotted quad only. Leading zeros are refused: Go (and so Docker) rejects them since 1.17 and
 * inet_aton reads them as octal, so "010.0.0.1" means different things to different tools.
 */
export function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_PART.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

/** Hex groups of one side of "::"; an IPv4 tail is allowed only as the very last piece. */
function parseGroups(pieces: string[], allowIpv4Tail: boolean): number[] | null {
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    const isLast = index === pieces.length - 1;
    if (allowIpv4Tail && isLast && piece.includes(".")) {
      const v4 = parseIpv4(piece);
      if (v4 === null) return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function splitSide(side: string): string[] {
  return side === "" ? [] : side.split(":");
}

/** RFC 4291 text forms: full, "::"-compressed, and with an IPv4 tail. Zone ids are refused. */
export function parseIpv6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const [headText = "", tailText] = halves;
  const compressed = tailText !== undefined;
  const head = parseGroups(splitSide(headText), !compressed);
  const tail = compressed ? parseGroups(splitSide(tailText), true) : [];
  if (head === null || tail === null) return null;
  const given = head.length + tail.length;
  // "::" stands for at least one zero group, so a compressed address has at most 7 written.
  if (compressed ? given > 7 : given !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

export function parseIp(text: string): Result<IpAddress> {
  if (text.includes("/")) {
    return fail(t().validation.addressIsSubnet(text));
  }
  if (text.includes("%")) {
    return fail(t().validation.zoneIndex(text));
  }
  const v4 = parseIpv4(text);
  if (v4 !== null) return ok({ family: 4, value: v4 });
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  if (v6 !== null) return ok({ family: 6, value: v6 });
  return fail(t().validation.addressInvalid(text));
}

export function formatIpv4(value: bigint): string {
  const octets = [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn));
  return octets.join(".");
}

/** The longest run of two or more zero groups (first one on a tie), as RFC 5952 §4.2 asks. */
function longestZeroRun(groups: number[]): { start: number; length: number } {
  let best = { start: -1, length: 0 };
  let start = -1;
  for (let index = 0; index <= groups.length; index++) {
    if (index < groups.length && groups[index] === 0) {
      if (start < 0) start = index;
      continue;
    }
    const length = start < 0 ? 0 : index - start;
    if (length >= 2 && length > best.length) best = { start, length };
    start = -1;
  }
  return best;
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** RFC 5952: lowercase, no leading zeros, "::" for the longest zero run, ::ffff:a.b.c.d kept. */
export function formatIpv6(value: bigint): string {
  if (value >> 32n === 0xffffn) {
    return `::ffff:${formatIpv4(value - MAPPED_PREFIX)}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) =>
    Number((value >> BigInt(112 - 16 * i)) & 0xffffn),
  );
  const hex = groups.map((group) => group.toString(16));
  const run = longestZeroRun(groups);
  if (run.length === 0) return hex.join(":");
  const head = hex.slice(0, run.start).join(":");
  const tail = hex.slice(run.start + run.length).join(":");
  return `${head}::${tail}`;
}

export function formatIp(address: IpAddress): string {
  return address.family === 4 ? formatIpv4(address.value) : formatIpv6(address.value);
}

export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.value === b.value;
}
