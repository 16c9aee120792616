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
    const ipsec = network.encrypted ? ` + ${overhead - VXLAN_OVERHEAD} IPsec` : "";
    const setting =
      network.mtu === null
        ? `has no MTU option, so Docker assumes a ${DEFAULT_UNDERLAY_MTU}-byte underlay`
        : `sets com.docker.network.driver.mtu=${network.mtu}`;
    findings.push({
      id: `mtu:${network.name}`,
      severity: "warning",
      title: `${network.name} sends packets larger than the underlay MTU (${underlayMtu})`,
      detail: `${network.name} ${setting}: containers get an interface MTU of ${inner}, and with ${VXLAN_OVERHEAD} bytes of VXLAN${ipsec} overhead their full-size packets leave the node at ${outer} bytes, more than the ${underlayMtu} bytes the nodes' network carries. Small requests work while large responses are fragmented or silently dropped (connections hang after the handshake). The underlay MTU is what you told the diagnostics (underlayMtu=${underlayMtu}); check it with \`ip link\` on the nodes.`,
      objects: [network.name],
      fix: {
        text: `Recreate ${network.name} with com.docker.network.driver.mtu=${underlayMtu}: Docker subtracts the encapsulation itself, giving containers ${containerMtu({ mtu: underlayMtu, encrypted: network.encrypted })}.`,
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
