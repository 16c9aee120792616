/** Names and numbers Docker fixes: the gwbridge, its options, the swarm's firewall ports. */
import { BRIDGE_OPTIONS, ENCRYPTED_OPTION, MTU_OPTION } from "@/lib/net/network-options";
import { PORT_PURPOSE } from "./prose";

export const GWBRIDGE = "docker_gwbridge";
export { BRIDGE_OPTIONS };

/** The firewall ports the seed notes list, with what each is for. */
export const SWARM_PORTS = [
  { port: 2377, protocol: "tcp", purpose: PORT_PURPOSE.management },
  { port: 7946, protocol: "tcp", purpose: PORT_PURPOSE.gossip },
  { port: 7946, protocol: "udp", purpose: PORT_PURPOSE.gossip },
  { port: 4789, protocol: "udp", purpose: PORT_PURPOSE.vxlan },
] as const;

export { ENCRYPTED_OPTION, MTU_OPTION };
