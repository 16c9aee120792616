import { t } from "@/lib/i18n/current";
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
          .map((y) => t().findings.subnetOverlap.pair(x.text, a.name, y.text, b.name)),
      );
      if (pairs.length === 0) continue;
      const move = networkToMove(a, b);
      const subnet = suggestFreeSubnet(s) ?? undefined;
      findings.push({
        id: `subnet-overlap:${a.name}:${b.name}`,
        severity: "error",
        title: t().findings.subnetOverlap.title(a.name, b.name),
        detail: t().findings.subnetOverlap.detail(pairs.join(", ")),
        objects: [a.name, b.name],
        fix: {
          text: t().findings.subnetOverlap.fix(move.name, subnet ?? null),
          commands: recreateNetworkCommands(s, move, subnet),
        },
      });
    }
  }
  return findings;
};
