import { shellJoin } from "@/lib/cli/shell-quote";
import type { CreateNetworkInput } from "@/lib/schemas/network-create";

/** Docker's driver option for the MTU of overlay (and bridge) networks. */
export const MTU_OPTION = "com.docker.network.driver.mtu";

function ipamArgs(input: CreateNetworkInput): string[] {
  const configs = input.ipam ?? [];
  // An IPv6 subnet needs IPv6 enabled on the network; older engines refuse it otherwise.
  const ipv6 = configs.some((config) => config.subnet.includes(":")) ? ["--ipv6"] : [];
  const perConfig = configs.flatMap((config) => [
    "--subnet",
    config.subnet,
    ...(config.gateway === undefined ? [] : ["--gateway", config.gateway]),
    ...(config.ipRange === undefined ? [] : ["--ip-range", config.ipRange]),
  ]);
  return [...ipv6, ...perConfig];
}

/** `docker network create --driver overlay …` for a create-overlay (or ingress) request. */
export function networkCreateCli(input: CreateNetworkInput): string {
  const flags = [
    ...(input.attachable ? ["--attachable"] : []),
    ...(input.internal ? ["--internal"] : []),
    ...(input.ingress ? ["--ingress"] : []),
    ...(input.encrypted ? ["--opt", "encrypted"] : []),
    ...ipamArgs(input),
    ...(input.mtu === undefined ? [] : ["--opt", `${MTU_OPTION}=${input.mtu}`]),
    ...Object.entries(input.labels ?? {}).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
  ];
  return shellJoin(["docker", "network", "create", "--driver", "overlay", ...flags, input.name]);
}

export function networkRemoveCli(name: string): string {
  return shellJoin(["docker", "network", "rm", name]);
}
