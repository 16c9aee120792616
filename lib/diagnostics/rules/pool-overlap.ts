import { shellJoin } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
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
      title: t().findings.poolOverlap.title(network.name),
      detail: t().findings.poolOverlap.detail(
        cidr.text,
        cidr.prefix === subnetSize
          ? t().findings.poolOverlap.farFromBlocks
          : t().findings.poolOverlap.otherSize(cidr.prefix, subnetSize),
        pool.text,
      ),
      objects: [network.name],
      fix: {
        text: t().findings.poolOverlap.fix(network.name, pool.text),
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
      title: t().findings.poolOverlap.nodesTitle(pool.text),
      detail: t().findings.poolOverlap.nodesDetail(pool.text, list, block),
      objects: names,
      fix: {
        text: t().findings.poolOverlap.nodesFix,
        commands: [initWithPool(suggestPool(s), subnetSize)],
      },
    });
  }
  return findings;
};
