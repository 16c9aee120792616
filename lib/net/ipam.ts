import { t } from "@/lib/i18n/current";
import {
  broadcastAddress,
  type Cidr,
  cidrContains,
  cidrContainsCidr,
  cidrsOverlap,
  networkAddress,
  parseCidr,
  parseCidrLenient,
} from "@/lib/net/cidr";
import { familyName, formatIp, type IpAddress, parseIp, sameAddress } from "@/lib/net/ip";
import { type Issue, issueError, issueWarning } from "@/lib/net/issue";

export type IpamConfigInput = { subnet: string; gateway?: string; ipRange?: string };

export type IpamContext = {
  /** Networks that already exist, with their IPAM subnets (as Docker reports them). */
  existing: { name: string; subnets: string[] }[];
  /** The swarm's default address pools (`docker swarm init --default-addr-pool`). */
  defaultAddrPools: string[];
  /** Node addresses (advertise and data-path addresses), plain or with a prefix. */
  nodeAddresses?: string[];
};

/** Docker's ingress network takes this subnet when none is given (first /24 of 10.0.0.0/8). */
export const INGRESS_DEFAULT_SUBNET = "10.0.0.0/24";

type ParsedConfig = { index: number; cidr: Cidr };

function field(index: number, name: keyof IpamConfigInput): string {
  return `ipam.${index}.${name}`;
}

/** Node addresses may come as `10.0.0.5` or as an interface address `10.0.0.5/16`. */
function parseHostAddress(text: string): IpAddress | null {
  const slash = text.indexOf("/");
  const parsed = parseIp(slash < 0 ? text : text.slice(0, slash));
  return parsed.ok ? parsed.value : null;
}

function gatewayIssues(index: number, gatewayText: string, subnet: Cidr | null): Issue[] {
  const at = field(index, "gateway");
  const parsed = parseIp(gatewayText);
  if (!parsed.ok) return [issueError(at, parsed.error)];
  if (subnet === null) return [];
  const gateway = parsed.value;
  if (gateway.family !== subnet.family) {
    const message = t().validation.gatewayFamily(
      gatewayText,
      familyName(gateway.family),
      subnet.text,
      familyName(subnet.family),
    );
    return [issueError(at, message)];
  }
  if (!cidrContains(subnet, gateway)) {
    return [issueError(at, t().validation.gatewayOutside(gatewayText, subnet.text))];
  }
  // /31, /32, /127 and /128 have no separate network or broadcast address to avoid.
  const hasEdges = subnet.prefix < (subnet.family === 4 ? 31 : 127);
  if (hasEdges && sameAddress(gateway, networkAddress(subnet))) {
    return [issueError(at, t().validation.gatewayNetworkAddress(gatewayText, subnet.text))];
  }
  const broadcast = broadcastAddress(subnet);
  if (hasEdges && broadcast && sameAddress(gateway, broadcast)) {
    return [issueError(at, t().validation.gatewayBroadcast(gatewayText, subnet.text))];
  }
  return [];
}

function ipRangeIssues(index: number, rangeText: string, subnet: Cidr | null): Issue[] {
  const at = field(index, "ipRange");
  const parsed = parseCidr(rangeText);
  if (!parsed.ok) return [issueError(at, parsed.error)];
  if (subnet === null) return [];
  const range = parsed.value;
  if (range.family !== subnet.family) {
    const message = t().validation.rangeFamily(
      range.text,
      familyName(range.family),
      subnet.text,
      familyName(subnet.family),
    );
    return [issueError(at, message)];
  }
  if (!cidrContainsCidr(subnet, range)) {
    return [issueError(at, t().validation.rangeOutside(range.text, subnet.text))];
  }
  return [];
}

function singleConfigIssues(
  index: number,
  config: IpamConfigInput,
): {
  issues: Issue[];
  cidr: Cidr | null;
} {
  const parsed = parseCidr(config.subnet);
  const cidr = parsed.ok ? parsed.value : null;
  const issues: Issue[] = parsed.ok ? [] : [issueError(field(index, "subnet"), parsed.error)];
  if (config.gateway !== undefined) issues.push(...gatewayIssues(index, config.gateway, cidr));
  if (config.ipRange !== undefined) issues.push(...ipRangeIssues(index, config.ipRange, cidr));
  return { issues, cidr };
}

/** Each later config that overlaps an earlier one gets the error, so the first stays clean. */
function mutualOverlapIssues(configs: ParsedConfig[]): Issue[] {
  const issues: Issue[] = [];
  for (const [position, later] of configs.entries()) {
    for (const earlier of configs.slice(0, position)) {
      if (!cidrsOverlap(earlier.cidr, later.cidr)) continue;
      const message = t().validation.overlapsOwn(later.cidr.text, earlier.cidr.text, earlier.index);
      issues.push(issueError(field(later.index, "subnet"), message));
    }
  }
  return issues;
}

function existingOverlapIssues(config: ParsedConfig, existing: IpamContext["existing"]): Issue[] {
  const issues: Issue[] = [];
  for (const network of existing) {
    for (const subnetText of network.subnets) {
      const other = parseCidrLenient(subnetText);
      if (other === null || !cidrsOverlap(config.cidr, other)) continue;
      const message = t().validation.overlapsNetwork(config.cidr.text, other.text, network.name);
      issues.push(issueError(field(config.index, "subnet"), message));
    }
  }
  return issues;
}

/**
 * A warning, not an error: Docker hands out automatic subnets from the default pool and does
 * not skip a manual subnet inside it for networks created later, so they may collide.
 */
function poolOverlapIssues(config: ParsedConfig, pools: string[]): Issue[] {
  const issues: Issue[] = [];
  for (const poolText of pools) {
    const pool = parseCidrLenient(poolText);
    if (pool === null || !cidrsOverlap(config.cidr, pool)) continue;
    const message = t().validation.overlapsPool(config.cidr.text, pool.text);
    issues.push(issueWarning(field(config.index, "subnet"), message));
  }
  return issues;
}

/** Containers would route traffic for a node's own LAN into the overlay instead of the underlay. */
function nodeAddressIssues(config: ParsedConfig, nodeAddresses: string[]): Issue[] {
  const clashing = nodeAddresses
    .map(parseHostAddress)
    .filter(
      (address): address is IpAddress => address !== null && cidrContains(config.cidr, address),
    );
  if (clashing.length === 0) return [];
  const list = clashing.map(formatIp).join(", ");
  const message = t().validation.containsNodeAddress(config.cidr.text, list);
  return [issueWarning(field(config.index, "subnet"), message)];
}

/** Every rule for the `ipam` list of a network create request, errors and warnings together. */
export function validateIpamConfigs(configs: IpamConfigInput[], context: IpamContext): Issue[] {
  const issues: Issue[] = [];
  const parsed: ParsedConfig[] = [];
  for (const [index, config] of configs.entries()) {
    const single = singleConfigIssues(index, config);
    issues.push(...single.issues);
    if (single.cidr) parsed.push({ index, cidr: single.cidr });
  }
  issues.push(...mutualOverlapIssues(parsed));
  for (const config of parsed) {
    issues.push(...existingOverlapIssues(config, context.existing));
    issues.push(...poolOverlapIssues(config, context.defaultAddrPools));
    issues.push(...nodeAddressIssues(config, context.nodeAddresses ?? []));
  }
  return issues;
}

/**
 * The default ingress subnet 10.0.0.0/24 swallows node addresses in that range, which breaks
 * published ports on those nodes (moby/moby#24220). Null when no node address is inside it.
 */
export function ingressDefaultClash(nodeAddresses: string[]): Issue | null {
  const ingress = parseCidrLenient(INGRESS_DEFAULT_SUBNET);
  if (ingress === null) return null;
  const clashing = nodeAddresses
    .map(parseHostAddress)
    .filter((address): address is IpAddress => address !== null && cidrContains(ingress, address));
  if (clashing.length === 0) return null;
  const list = clashing.map(formatIp).join(", ");
  const message = t().validation.ingressDefaultContainsNode(INGRESS_DEFAULT_SUBNET, list);
  return issueWarning("ipam.0.subnet", message);
}
