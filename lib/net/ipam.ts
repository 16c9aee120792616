import { t } from "@/lib/i18n/current";
import type { IpamConfig } from "@/lib/model/network";
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
import { withoutPrefix } from "@/lib/net/host-port";
import { familyName, formatIp, type IpAddress, parseIp, sameAddress } from "@/lib/net/ip";
import { type Issue, issueError, issueWarning } from "@/lib/net/issue";

/** One IPAM config as the request and the DTO write it: text, as typed or as Docker has it. */
export type IpamConfigText = IpamConfig;

/** The same config parsed once, at the schema boundary: every later check takes these. */
export type ParsedIpam = { subnet: Cidr; gateway?: IpAddress; ipRange?: Cidr };
export type ParsedIpamConfig = IpamConfigText & { parsed: ParsedIpam };

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

/** A request subnet and its place in the `ipam` list (issues name `ipam.<index>.subnet`). */
export type IndexedSubnet = { index: number; cidr: Cidr };

function field(index: number, name: keyof IpamConfigText): string {
  return `ipam.${index}.${name}`;
}

/** Node addresses may come as `10.0.0.5` or as an interface address `10.0.0.5/16`. */
function parseHostAddress(text: string): IpAddress | null {
  const parsed = parseIp(withoutPrefix(text));
  return parsed.ok ? parsed.value : null;
}

function gatewayIssues(
  index: number,
  gatewayText: string,
  gateway: IpAddress,
  subnet: Cidr | null,
): Issue[] {
  const at = field(index, "gateway");
  if (subnet === null) return [];
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

function ipRangeIssues(index: number, range: Cidr, subnet: Cidr | null): Issue[] {
  const at = field(index, "ipRange");
  if (subnet === null) return [];
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

/** Parses each field once; the relational checks then take the parsed values. */
function parseSingleConfig(
  index: number,
  config: IpamConfigText,
): { issues: Issue[]; cidr: Cidr | null; parsed: ParsedIpam | null } {
  const subnet = parseCidr(config.subnet);
  const cidr = subnet.ok ? subnet.value : null;
  const issues: Issue[] = subnet.ok ? [] : [issueError(field(index, "subnet"), subnet.error)];
  const gateway = config.gateway === undefined ? null : parseIp(config.gateway);
  if (gateway && !gateway.ok) issues.push(issueError(field(index, "gateway"), gateway.error));
  if (gateway?.ok && config.gateway !== undefined) {
    issues.push(...gatewayIssues(index, config.gateway, gateway.value, cidr));
  }
  const range = config.ipRange === undefined ? null : parseCidr(config.ipRange);
  if (range && !range.ok) issues.push(issueError(field(index, "ipRange"), range.error));
  if (range?.ok) issues.push(...ipRangeIssues(index, range.value, cidr));
  const parsed =
    cidr === null || gateway?.ok === false || range?.ok === false
      ? null
      : {
          subnet: cidr,
          ...(gateway?.ok ? { gateway: gateway.value } : {}),
          ...(range?.ok ? { ipRange: range.value } : {}),
        };
  return { issues, cidr, parsed };
}

/** Each later config that overlaps an earlier one gets the error, so the first stays clean. */
function mutualOverlapIssues(configs: IndexedSubnet[]): Issue[] {
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

export type ParsedIpamList = {
  /** Syntax, CIDR maths and the configs overlapping each other: what a form can know offline. */
  issues: Issue[];
  /** Every config, parsed; complete only when `issues` has no error. */
  configs: ParsedIpamConfig[];
  /** The subnets that parsed, for the checks against Docker's state. */
  subnets: IndexedSubnet[];
};

/** The `ipam` list of a create request, parsed once with its offline checks. */
export function parseIpamConfigs(configs: readonly IpamConfigText[]): ParsedIpamList {
  const issues: Issue[] = [];
  const subnets: IndexedSubnet[] = [];
  const parsedConfigs: ParsedIpamConfig[] = [];
  for (const [index, config] of configs.entries()) {
    const single = parseSingleConfig(index, config);
    issues.push(...single.issues);
    if (single.cidr) subnets.push({ index, cidr: single.cidr });
    if (single.parsed) parsedConfigs.push({ ...config, parsed: single.parsed });
  }
  issues.push(...mutualOverlapIssues(subnets));
  return { issues, configs: parsedConfigs, subnets };
}

/** The parsed configs' subnets with their indexes, for `ipamContextIssues`. */
export const indexedSubnets = (configs: readonly ParsedIpamConfig[]): IndexedSubnet[] =>
  configs.map((config, index) => ({ index, cidr: config.parsed.subnet }));

function existingOverlapIssues(config: IndexedSubnet, existing: IpamContext["existing"]): Issue[] {
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
function poolOverlapIssues(config: IndexedSubnet, pools: string[]): Issue[] {
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
function nodeAddressIssues(config: IndexedSubnet, nodeAddresses: IpAddress[]): Issue[] {
  const clashing = nodeAddresses.filter((address) => cidrContains(config.cidr, address));
  if (clashing.length === 0) return [];
  const list = clashing.map(formatIp).join(", ");
  const message = t().validation.containsNodeAddress(config.cidr.text, list);
  return [issueWarning(field(config.index, "subnet"), message)];
}

/** The rules that need Docker's state: existing networks, default pools, node addresses. */
export function ipamContextIssues(
  subnets: readonly IndexedSubnet[],
  context: IpamContext,
): Issue[] {
  const nodes = (context.nodeAddresses ?? [])
    .map(parseHostAddress)
    .filter((address): address is IpAddress => address !== null);
  return subnets.flatMap((config) => [
    ...existingOverlapIssues(config, context.existing),
    ...poolOverlapIssues(config, context.defaultAddrPools),
    ...nodeAddressIssues(config, nodes),
  ]);
}

/** Every rule for the `ipam` list of a network create request, errors and warnings together. */
export function validateIpamConfigs(
  configs: readonly IpamConfigText[],
  context: IpamContext,
): Issue[] {
  const parsed = parseIpamConfigs(configs);
  return [...parsed.issues, ...ipamContextIssues(parsed.subnets, context)];
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
