import { t } from "@/lib/i18n/current";
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
 * What Docker takes off for IPsec (ESP, AES-GCM) on encrypted overlays, measured on the
 * sandbox engine: option 1400 on an encrypted overlay gives containers 1324 (1400 − 50 − 26).
 */
export const IPSEC_OVERHEAD = 26;
export const DEFAULT_UNDERLAY_MTU = 1500;

export type MtuBudget = {
  underlayMtu: number;
  /** What Docker subtracts from the option to get the containers' interface MTU. */
  overhead: number;
  /** The largest option whose encapsulated packets still fit in one underlay frame. */
  recommendedMax: number;
  note: string;
};

/**
 * `com.docker.network.driver.mtu` on an overlay is the size of the packets on the
 * underlay: Docker subtracts the encapsulation itself (measured: no option → containers
 * get 1450; 1400 + encrypted → 1324). So the option should match the underlay's MTU.
 */
export function mtuBudget(
  underlayMtu = DEFAULT_UNDERLAY_MTU,
  options: { encrypted?: boolean } = {},
): MtuBudget {
  const encrypted = options.encrypted === true;
  const overhead = VXLAN_OVERHEAD + (encrypted ? IPSEC_OVERHEAD : 0);
  const note = t().validation.mtuNote(
    VXLAN_OVERHEAD,
    encrypted ? IPSEC_OVERHEAD : null,
    overhead,
    underlayMtu,
  );
  return { underlayMtu, overhead, recommendedMax: underlayMtu, note };
}

/** The MTU containers on the overlay see for a given option value. */
export function containerMtu(mtu: number, options: { encrypted?: boolean } = {}): number {
  return mtu - mtuBudget(DEFAULT_UNDERLAY_MTU, options).overhead;
}

/** Encapsulated packets larger than the underlay get fragmented or silently dropped (TCP stalls). */
export function checkMtuBudget(mtu: number, budget: MtuBudget): Issue | null {
  if (mtu <= budget.recommendedMax) return null;
  return issueWarning("mtu", t().validation.mtuAboveUnderlay(mtu, budget.underlayMtu, budget.note));
}

/** Range is an error (Docker refuses it); the rest are warnings about what works in practice. */
export function validateMtu(
  mtu: number,
  options: { underlayMtu?: number; encrypted?: boolean } = {},
): Issue[] {
  if (!Number.isInteger(mtu) || mtu < MTU_MIN || mtu > MTU_MAX) {
    return [issueError("mtu", t().validation.mtuRange(MTU_MIN, MTU_MAX))];
  }
  const issues: Issue[] = [];
  if (mtu < IPV6_MIN_MTU) {
    issues.push(issueWarning("mtu", t().validation.mtuBelowIpv6(mtu, IPV6_MIN_MTU)));
  }
  if (mtu > JUMBO_MTU) {
    issues.push(issueWarning("mtu", t().validation.mtuJumbo(mtu, JUMBO_MTU)));
  }
  const budget = checkMtuBudget(mtu, mtuBudget(options.underlayMtu, options));
  if (budget) issues.push(budget);
  return issues;
}
