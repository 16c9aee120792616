import { parseJoinCommand } from "@/lib/cli/join-command";
import { shellQuote } from "@/lib/cli/shell-quote";
import { t } from "@/lib/i18n/current";
import { cidrContains, parseCidr } from "@/lib/net/cidr";
import { parseIp } from "@/lib/net/ip";
import { type Issue, issueError } from "@/lib/net/issue";
import { validateMtu } from "@/lib/net/mtu";
import {
  BRIDGE_ICC_OPTION,
  BRIDGE_MASQUERADE_OPTION,
  BRIDGE_NAME_OPTION,
  MTU_OPTION,
} from "@/lib/net/network-options";

export type GwbridgeOptions = {
  subnet: string;
  gateway?: string;
  enableIcc: boolean;
  enableIpMasquerade: boolean;
  mtu?: number;
  /** The node's `docker swarm join …` line; a commented placeholder is written without it. */
  joinCommand?: string;
};

const JOIN_PLACEHOLDER =
  "# docker swarm join --token <worker-or-manager-token> <manager-address>:2377";

/** docker_gwbridge is a Linux bridge with an IPv4 subnet; the checks a form needs first. */
export function validateGwbridgeOptions(options: GwbridgeOptions): Issue[] {
  const subnet = parseCidr(options.subnet);
  if (!subnet.ok) return [issueError("subnet", subnet.error)];
  if (subnet.value.family !== 4) return [issueError("subnet", t().validation.gwbridgeIpv4)];
  const issues: Issue[] = [];
  if (options.gateway !== undefined) {
    const gateway = parseIp(options.gateway);
    if (!gateway.ok) issues.push(issueError("gateway", gateway.error));
    else if (!cidrContains(subnet.value, gateway.value)) {
      issues.push(
        issueError("gateway", t().validation.gatewayOutside(options.gateway, subnet.value.text)),
      );
    }
  }
  if (options.mtu !== undefined)
    issues.push(...validateMtu(options.mtu).filter((i) => i.severity === "error"));
  if (options.joinCommand !== undefined) {
    const join = parseJoinCommand(options.joinCommand);
    if (!join.ok) issues.push(issueError("joinCommand", join.error));
  }
  return issues;
}

function networkCreateLines(options: GwbridgeOptions): string[] {
  const flags = [
    `--subnet ${shellQuote(options.subnet)}`,
    ...(options.gateway === undefined ? [] : [`--gateway ${shellQuote(options.gateway)}`]),
    `--opt ${BRIDGE_NAME_OPTION}=docker_gwbridge`,
    `--opt ${BRIDGE_ICC_OPTION}=${options.enableIcc}`,
    `--opt ${BRIDGE_MASQUERADE_OPTION}=${options.enableIpMasquerade}`,
    ...(options.mtu === undefined ? [] : [`--opt ${MTU_OPTION}=${options.mtu}`]),
  ];
  return ["docker network create \\", ...flags.map((flag) => `  ${flag} \\`), "  docker_gwbridge"];
}

/**
 * The host script that recreates docker_gwbridge with custom settings. It cannot be done
 * through the API: the bridge is a kernel device Docker creates on swarm init/join, so it must
 * exist, hand-made, before the node joins. Throws on an invalid joinCommand, since pasting an
 * unchecked line into a root shell is the one thing this must never do.
 */
export function gwbridgeScript(options: GwbridgeOptions): string {
  const join = options.joinCommand === undefined ? null : parseJoinCommand(options.joinCommand);
  if (join && !join.ok) throw new Error(join.error);
  const c = t().gwbridgeScript;
  return [
    "#!/bin/sh",
    `# ${c.intro1}`,
    `# ${c.intro2}`,
    "set -eu",
    "",
    `# ${c.step1}`,
    "systemctl stop docker",
    "",
    `# ${c.step2}`,
    "if ip link show docker_gwbridge >/dev/null 2>&1; then",
    "  ip link set docker_gwbridge down",
    "  ip link del dev docker_gwbridge",
    "fi",
    "",
    `# ${c.step3}`,
    "systemctl start docker",
    "",
    `# ${c.step4}`,
    ...networkCreateLines(options),
    "",
    `# ${c.step5}`,
    join?.ok ? join.command : JOIN_PLACEHOLDER,
    "",
  ].join("\n");
}
