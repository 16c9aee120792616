import { type Issue, issueError, issueWarning } from "@/lib/net/issue";

/** RFC 791: every IPv4 link must carry 68 bytes; 65535 is the largest IPv4 packet. */
export const MTU_MIN = 68;
export const MTU_MAX = 65535;
/** RFC 8200: IPv6 needs links of at least 1280 bytes. */
export const IPV6_MIN_MTU = 1280;
/** Above this, jumbo frames must be enabled on every NIC and switch on the path. */
export const JUMBO_MTU = 9000;
/** VXLAN over an IPv4 underlay: outer IPv4 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
export const VXLAN_OVERHEAD = 50;
/**
 * IPsec ESP (encrypted overlays) adds roughly 56–73 bytes depending on cipher, alignment and
 * padding (ESP header, IV, padding, trailer, ICV); the worst case keeps the advice safe.
 */
export const IPSEC_OVERHEAD = 73;
export const DEFAULT_UNDERLAY_MTU = 1500;

export type MtuBudget = {
  underlayMtu: number;
  overhead: number;
  /** The largest overlay MTU whose packets still fit in one underlay frame. */
  recommendedMax: number;
  note: string;
};

/** What an overlay MTU can be on a given underlay, with the explanation shown in the form. */
export function mtuBudget(
  underlayMtu = DEFAULT_UNDERLAY_MTU,
  options: { encrypted?: boolean } = {},
): MtuBudget {
  const encrypted = options.encrypted === true;
  const overhead = VXLAN_OVERHEAD + (encrypted ? IPSEC_OVERHEAD : 0);
  const recommendedMax = underlayMtu - overhead;
  const ipsec = encrypted
    ? ` and IPsec encryption adds up to another ${IPSEC_OVERHEAD} (ESP header, IV, padding, ICV)`
    : "";
  const note = `VXLAN adds ${VXLAN_OVERHEAD} bytes to every packet${ipsec}, so on a ${underlayMtu}-byte underlay the overlay MTU should be at most ${recommendedMax}.`;
  return { underlayMtu, overhead, recommendedMax, note };
}

/** Oversized overlay packets get fragmented or silently dropped (TCP stalls after handshake). */
export function checkMtuBudget(mtu: number, budget: MtuBudget): Issue | null {
  if (mtu <= budget.recommendedMax) return null;
  return issueWarning(
    "mtu",
    `MTU ${mtu} exceeds the overlay budget: ${budget.note} Larger packets are fragmented or dropped.`,
  );
}

/** Range is an error (Docker refuses it); the rest are warnings about what works in practice. */
export function validateMtu(
  mtu: number,
  options: { underlayMtu?: number; encrypted?: boolean } = {},
): Issue[] {
  if (!Number.isInteger(mtu) || mtu < MTU_MIN || mtu > MTU_MAX) {
    return [issueError("mtu", `MTU must be a whole number from ${MTU_MIN} to ${MTU_MAX}`)];
  }
  const issues: Issue[] = [];
  if (mtu < IPV6_MIN_MTU) {
    issues.push(
      issueWarning("mtu", `MTU ${mtu} is below ${IPV6_MIN_MTU}: IPv6 needs at least 1280`),
    );
  }
  if (mtu > JUMBO_MTU) {
    issues.push(
      issueWarning(
        "mtu",
        `MTU ${mtu} is above ${JUMBO_MTU}: jumbo frames must be supported end to end (every NIC and switch between nodes)`,
      ),
    );
  }
  const budget = checkMtuBudget(mtu, mtuBudget(options.underlayMtu, options));
  if (budget) issues.push(budget);
  return issues;
}
