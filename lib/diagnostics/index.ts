/**
 * Diagnostics: pure rules over one Snapshot (safe to import anywhere), the probe's pure
 * part (./probe: targets and findings) included. Everything with I/O (the snapshot read, the
 * TCP connects) is in ./server (server-only, fenced from client code by biome.json); the
 * browser's query is lib/query/diagnostics.ts.
 */

import { t } from "@/lib/i18n/current";
import type { Snapshot } from "@/lib/model/snapshot";
import type { DiagnosticsContext, Rule } from "./context";
import { type Finding, sortFindings } from "./finding";
import { addressExhaustionRule } from "./rules/address-exhaustion";
import { dnsrrIngressPortsRule } from "./rules/dnsrr-ingress-ports";
import { dnsrrVipSwitchRule } from "./rules/dnsrr-vip-switch";
import { encryptedWindowsRule } from "./rules/encrypted-windows";
import { managerQuorumRule } from "./rules/manager-quorum";
import { mtuUnderlayRule } from "./rules/mtu-underlay";
import { nodeAddressOverlapRule } from "./rules/node-address-overlap";
import { nodeHealthRule } from "./rules/node-health";
import { orphanNetworkRule } from "./rules/orphan-network";
import { poolOverlapRule } from "./rules/pool-overlap";
import { portCollisionRule } from "./rules/port-collision";
import { serviceNoNetworkRule } from "./rules/service-no-network";
import { subnetOverlapRule } from "./rules/subnet-overlap";

export { type DiagnosticsContext, defaultContext, type Rule } from "./context";
export {
  type DiagnosticsResponse,
  type Finding,
  groupBySeverity,
  SEVERITIES,
  type Severity,
  sortFindings,
} from "./finding";

export const RULES: Record<string, Rule> = {
  subnetOverlap: subnetOverlapRule,
  poolOverlap: poolOverlapRule,
  nodeAddressOverlap: nodeAddressOverlapRule,
  addressExhaustion: addressExhaustionRule,
  dnsrrIngressPorts: dnsrrIngressPortsRule,
  portCollision: portCollisionRule,
  encryptedWindows: encryptedWindowsRule,
  mtuUnderlay: mtuUnderlayRule,
  orphanNetwork: orphanNetworkRule,
  serviceNoNetwork: serviceNoNetworkRule,
  nodeHealth: nodeHealthRule,
  managerQuorum: managerQuorumRule,
  dnsrrVipSwitch: dnsrrVipSwitchRule,
};

/**
 * Every rule over one snapshot, sorted errors first. A rule that throws (a shape it did not
 * expect) must not hide the others: it becomes one finding saying so.
 */
export function runRules(snapshot: Snapshot, context: DiagnosticsContext): Finding[] {
  const findings = Object.entries(RULES).flatMap(([name, rule]) => {
    try {
      return rule(snapshot, context);
    } catch (e) {
      return [
        {
          id: `rule-failed:${name}`,
          severity: "warning" as const,
          title: t().findings.ruleFailed.title(name),
          detail: e instanceof Error ? e.message : String(e),
          objects: [],
          fix: { text: t().findings.ruleFailed.fix, commands: [] },
        },
      ];
    }
  });
  // Two rules never share an id prefix, but keep ids unique anyway (React keys, e2e lookups).
  const seen = new Set<string>();
  return sortFindings(findings.filter((f) => !seen.has(f.id) && seen.add(f.id)));
}
