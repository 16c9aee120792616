import type { Network } from "@/lib/model/network";
import { cidrsOverlap } from "@/lib/net/cidr";
import type { Rule } from "../context";
import { recreateNetworkCommands, subnetsOf, suggestFreeSubnet } from "../facts";
import type { Finding } from "../finding";

/** Which of two overlapping networks to move: never a system one if avoidable, else the newer. */
function networkToMove(a: Network, b: Network): Network {
  if (a.system !== b.system) return a.system ? b : a;
  return a.created > b.created ? a : b;
}

/**
 * Two networks whose subnets overlap: an address can belong to both, so a container on both
 * (or a node routing between them) sends traffic to the wrong one.
 */
export const subnetOverlapRule: Rule = (s) => {
  const findings: Finding[] = [];
  const networks = [...s.networks].sort((a, b) => a.name.localeCompare(b.name));
  for (const [i, a] of networks.entries()) {
    for (const b of networks.slice(i + 1)) {
      const pairs = subnetsOf(a).flatMap((x) =>
        subnetsOf(b)
          .filter((y) => cidrsOverlap(x, y))
          .map((y) => `${x.text} (${a.name}) and ${y.text} (${b.name})`),
      );
      if (pairs.length === 0) continue;
      const move = networkToMove(a, b);
      const subnet = suggestFreeSubnet(s) ?? undefined;
      findings.push({
        id: `subnet-overlap:${a.name}:${b.name}`,
        severity: "error",
        title: `Networks ${a.name} and ${b.name} overlap`,
        detail: `Subnets ${pairs.join(", ")} share addresses. A task or container attached to both cannot tell which network an address belongs to, and routes on the nodes become ambiguous; Docker refuses such overlaps between swarm networks, so one of them was created elsewhere (a local network, or a network created before the other was known).`,
        objects: [a.name, b.name],
        fix: {
          text: `Recreate ${move.name} with a subnet that overlaps nothing${subnet ? ` (${subnet} is free)` : ""}. Its services and containers are detached and attached again, so they restart.`,
          commands: recreateNetworkCommands(s, move, subnet),
        },
      });
    }
  }
  return findings;
};
