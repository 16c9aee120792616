import { shellJoin } from "@/lib/cli/shell-quote";
import type { Network } from "@/lib/model/network";
import type { Snapshot } from "@/lib/model/snapshot";
import { type Cidr, cidrContains, cidrsOverlap, parseCidrLenient } from "@/lib/net/cidr";
import { formatIp } from "@/lib/net/ip";
import type { Rule } from "../context";
import {
  blockOf,
  DEFAULT_POOL,
  nodeAddresses,
  recreateNetworkCommands,
  subnetsOf,
  suggestPool,
} from "../facts";
import type { Finding } from "../finding";

function poolsOf(s: Snapshot): Cidr[] {
  const texts = s.swarm?.defaultAddrPool.length ? s.swarm.defaultAddrPool : [DEFAULT_POOL];
  return texts.map(parseCidrLenient).filter((c): c is Cidr => c !== null);
}

/**
 * Docker does not record whether a subnet was given by hand, so this infers it: the allocator
 * hands out blocks of exactly `subnetSize` bits from the start of the pool, lowest free first.
 * A subnet of another size, or one far beyond the blocks allocated so far, was set by hand.
 */
function looksManual(cidr: Cidr, pool: Cidr, subnetSize: number, inPoolCount: number): boolean {
  if (cidr.prefix !== subnetSize) return true;
  const index = (cidr.network - pool.network) >> BigInt(32 - subnetSize);
  // Slack for blocks freed by removed networks: auto-allocated blocks stay near the start.
  return index >= BigInt(inPoolCount + 16);
}

function manualInPool(s: Snapshot): { network: Network; cidr: Cidr; pool: Cidr }[] {
  const subnetSize = s.swarm?.subnetSize ?? 24;
  const swarmNetworks = s.networks.filter((n) => n.scope === "swarm");
  const out: { network: Network; cidr: Cidr; pool: Cidr }[] = [];
  for (const pool of poolsOf(s)) {
    const inPool = swarmNetworks.flatMap((n) =>
      subnetsOf(n)
        .filter((c) => cidrsOverlap(c, pool))
        .map((cidr) => ({ network: n, cidr })),
    );
    for (const entry of inPool) {
      if (looksManual(entry.cidr, pool, subnetSize, inPool.length)) out.push({ ...entry, pool });
    }
  }
  return out;
}

const initWithPool = (pool: string, size: number) =>
  shellJoin([
    "docker",
    "swarm",
    "init",
    "--default-addr-pool",
    pool,
    "--default-addr-pool-mask-length",
    String(size),
  ]);

/**
 * A hand-picked subnet inside the default address pool competes with Docker's own
 * allocations; and node addresses inside the pool can be swallowed by a future network.
 */
export const poolOverlapRule: Rule = (s) => {
  const findings: Finding[] = [];
  const subnetSize = s.swarm?.subnetSize ?? 24;
  for (const { network, cidr, pool } of manualInPool(s)) {
    findings.push({
      id: `pool-overlap:${network.name}`,
      severity: "warning",
      title: `${network.name} uses a subnet inside the default address pool`,
      detail: `${cidr.text} looks hand-picked (${cidr.prefix === subnetSize ? "far from the blocks Docker has allocated so far" : `a /${cidr.prefix}, while Docker allocates /${subnetSize} blocks`}) but lies inside the swarm's default address pool ${pool.text}, from which Docker allocates subnets for every network created without --subnet. Manual and automatic allocations then compete for the same range: a network recreated elsewhere, another cluster sharing the pool, or a future automatic allocation can land on it.`,
      objects: [network.name],
      fix: {
        text: `Keep hand-picked subnets outside the pool: recreate ${network.name} without --subnet so that Docker allocates it from the pool (below), or with a subnet outside ${pool.text}. For a new swarm, choose a pool that leaves room for manual subnets (last command).`,
        commands: [
          ...recreateNetworkCommands(s, network, null),
          initWithPool(suggestPool(s, [cidr]), subnetSize),
        ],
      },
    });
  }
  for (const pool of poolsOf(s)) {
    const inside = nodeAddresses(s).filter((a) => cidrContains(pool, a.address));
    if (inside.length === 0) continue;
    const names = [...new Set(inside.map((a) => a.node.hostname))];
    const list = inside.map((a) => `${formatIp(a.address)} (${a.node.hostname})`).join(", ");
    const block = inside[0] ? blockOf(inside[0].address, subnetSize) : pool.text;
    findings.push({
      id: `pool-node-overlap:${pool.text}`,
      severity: "info",
      title: `Node addresses lie inside the default address pool ${pool.text}`,
      detail: `Docker allocates overlay subnets from ${pool.text} without checking the nodes' own addresses (${list}). Once allocation reaches ${block}, a new network would contain a node address, and tasks on it could no longer reach that node through the underlay (the clash behind moby/moby#24220).`,
      objects: names,
      fix: {
        text: `Give new networks explicit subnets away from the nodes' LAN, or initialise swarms with a pool that does not contain it. Changing the pool of an existing swarm means re-initialising it.`,
        commands: [initWithPool(suggestPool(s), subnetSize)],
      },
    });
  }
  return findings;
};
