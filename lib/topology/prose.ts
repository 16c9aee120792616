/** The sentences the topology views show next to the facts (English; lib/messages may take them). */

/** What each swarm firewall port is for. */
export const PORT_PURPOSE = {
  management: "Cluster management (raft, joins): managers only.",
  gossip: "Node-to-node communication (gossip, network state).",
  vxlan: "Overlay network data traffic (VXLAN).",
} as const;

/** What each service discovery name resolves to. */
export const DISCOVERY_EXPLANATION = {
  vip: "The virtual IP: Docker balances connections across the tasks.",
  dnsrr: "DNS round robin: one A record per running task, no virtual IP.",
  tasks: "Always the running tasks' own IPs, whatever the endpoint mode.",
} as const;
