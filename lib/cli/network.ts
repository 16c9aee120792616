import { shellJoin } from "@/lib/cli/shell-quote";
import { ENCRYPTED_OPTION, MTU_OPTION } from "@/lib/net/network-options";
import type { CreateNetworkBody } from "@/lib/schemas/network-create";

/** One IPAM config as the Engine API spells it (lib/docker/raw.ts reads the same shape back). */
export type IpamConfigRequest = { Subnet: string; Gateway?: string; IPRange?: string };

/** The Engine API body of `POST /networks/create` for an overlay, as dockerode sends it. */
export type OverlayCreateRequest = {
  Name: string;
  Driver: "overlay";
  CheckDuplicate: true;
  Attachable: boolean;
  Internal: boolean;
  Ingress: boolean;
  EnableIPv6: boolean;
  Options: Record<string, string>;
  Labels: Record<string, string>;
  IPAM: { Driver: "default"; Config: IpamConfigRequest[] };
};

export type OverlayCreate = { request: OverlayCreateRequest; argv: string[] };

/**
 * One create-overlay (or ingress) request → both the Docker API body and the equivalent
 * `docker network create` words, field by field in one place, so the line shown to the user
 * cannot drift from what is sent. Takes the body as sent (text addresses), so forms can
 * render the line of a request still being typed.
 */
export function overlayCreate(input: CreateNetworkBody): OverlayCreate {
  const ipam = input.ipam ?? [];
  const labels = input.labels ?? {};
  const options: Record<string, string> = {};
  const flags: string[] = [];
  if (input.attachable) flags.push("--attachable");
  if (input.internal) flags.push("--internal");
  if (input.ingress) flags.push("--ingress");
  if (input.encrypted) {
    flags.push("--opt", ENCRYPTED_OPTION);
    options[ENCRYPTED_OPTION] = "";
  }
  // An IPv6 subnet needs IPv6 enabled on the network; older engines refuse it otherwise.
  const ipv6 = ipam.some((config) => config.subnet.includes(":"));
  if (ipv6) flags.push("--ipv6");
  const config = ipam.map((c) => {
    flags.push("--subnet", c.subnet);
    if (c.gateway !== undefined) flags.push("--gateway", c.gateway);
    if (c.ipRange !== undefined) flags.push("--ip-range", c.ipRange);
    return {
      Subnet: c.subnet,
      ...(c.gateway ? { Gateway: c.gateway } : {}),
      ...(c.ipRange ? { IPRange: c.ipRange } : {}),
    };
  });
  if (input.mtu !== undefined) {
    flags.push("--opt", `${MTU_OPTION}=${input.mtu}`);
    options[MTU_OPTION] = String(input.mtu);
  }
  for (const [key, value] of Object.entries(labels)) flags.push("--label", `${key}=${value}`);
  return {
    request: {
      Name: input.name,
      Driver: "overlay",
      CheckDuplicate: true,
      Attachable: input.attachable ?? false,
      Internal: input.internal ?? false,
      Ingress: input.ingress ?? false,
      EnableIPv6: ipv6,
      Options: options,
      Labels: labels,
      IPAM: { Driver: "default", Config: config },
    },
    argv: ["docker", "network", "create", "--driver", "overlay", ...flags, input.name],
  };
}

/** `docker network create --driver overlay …` for a create-overlay (or ingress) request. */
export function networkCreateCli(input: CreateNetworkBody): string {
  return shellJoin(overlayCreate(input).argv);
}

export function networkRemoveCli(name: string): string {
  return shellJoin(["docker", "network", "rm", name]);
}
