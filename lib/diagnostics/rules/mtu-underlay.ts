import { t } from "@/lib/i18n/current";
import type { Network } from "@/lib/model/network";
import { DEFAULT_UNDERLAY_MTU, VXLAN_OVERHEAD } from "@/lib/net/mtu";
import type { Rule } from "../context";
import { isOverlay, recreateNetworkCommands } from "../facts";
import type { Finding } from "../finding";

/**
 * What Docker's overlay driver adds for IPsec: ESP header, 8-byte IV, trailer and a
 * 64-bit ICV (rfc4106 gcm-aes), then rounds the inner MTU down to a multiple of 4.
 */
export const DOCKER_ESP_EXPANSION = 26;

/**
 * Measured on this engine: the overlay's `com.docker.network.driver.mtu` is the size of the
 * packets Docker sends on the underlay. The containers' interfaces get that minus the VXLAN
 * overhead (and minus ESP when encrypted): 1400 + encrypted → eth MTU 1324; no option → 1450.
 */
export function containerMtu(network: Pick<Network, "mtu" | "encrypted">): number {
  let mtu = (network.mtu ?? DEFAULT_UNDERLAY_MTU) - VXLAN_OVERHEAD;
  if (network.encrypted) {
    mtu -= DOCKER_ESP_EXPANSION;
    mtu -= mtu % 4;
  }
  return mtu;
}

/**
 * Overlays whose encapsulated packets are bigger than the underlay carries: they are
 * fragmented or, with DF set, dropped, and TCP connections hang after the handshake.
 */
export const mtuUnderlayRule: Rule = (s, { underlayMtu }) => {
  const findings: Finding[] = [];
  for (const network of s.networks.filter(isOverlay)) {
    const outer = network.mtu ?? DEFAULT_UNDERLAY_MTU;
    if (outer <= underlayMtu) continue;
    const inner = containerMtu(network);
    const overhead = outer - inner;
    const ipsec = network.encrypted ? overhead - VXLAN_OVERHEAD : null;
    const setting =
      network.mtu === null
        ? t().findings.mtuUnderlay.noOption(DEFAULT_UNDERLAY_MTU)
        : t().findings.mtuUnderlay.option(network.mtu);
    findings.push({
      id: `mtu:${network.name}`,
      severity: "warning",
      title: t().findings.mtuUnderlay.title(network.name, underlayMtu),
      detail: t().findings.mtuUnderlay.detail({
        network: network.name,
        setting,
        inner,
        vxlan: VXLAN_OVERHEAD,
        ipsec,
        outer,
        underlay: underlayMtu,
      }),
      objects: [network.name],
      fix: {
        text: t().findings.mtuUnderlay.fix(
          network.name,
          underlayMtu,
          containerMtu({ mtu: underlayMtu, encrypted: network.encrypted }),
        ),
        commands: recreateNetworkCommands(
          s,
          { ...network, mtu: underlayMtu },
          network.ipam[0]?.subnet,
        ),
      },
    });
  }
  return findings;
};
