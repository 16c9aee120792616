import {
  endpointModeCli,
  serviceNetworkAddCli,
  serviceNetworkRemoveCli,
  servicePortsCli,
} from "@/lib/cli/service";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { EndpointMode } from "@/lib/ports/endpoint-mode";

/**
 * The parts of a service spec these updates change, as the Engine API has them (declared
 * here, where they are built; lib/docker/raw.ts reads Docker's answers with the same types).
 */
export type PortConfigRequest = {
  Protocol?: string;
  TargetPort?: number;
  PublishedPort?: number;
  PublishMode?: string;
};
export type NetworkAttachmentRequest = { Target?: string; Aliases?: string[] };
export type EndpointSpecRequest = { Mode?: string; Ports?: PortConfigRequest[] };

/**
 * One service update: how it changes the spec Docker returns, and the `docker service
 * update` line that does the same, built together by one function per operation so the two
 * cannot drift. The line is rendered from the spec Docker had just before the update
 * (`before`), since the CLI's flags are relative to it.
 */
export type ServiceUpdate = {
  endpoint?: (current: EndpointSpecRequest) => EndpointSpecRequest;
  networks?: (current: NetworkAttachmentRequest[]) => NetworkAttachmentRequest[];
  cli: (before: Service) => string;
};

export const toRequestPorts = (ports: readonly Port[]): PortConfigRequest[] =>
  ports.map((p) => ({
    Protocol: p.protocol,
    TargetPort: p.target,
    ...(p.published !== undefined ? { PublishedPort: p.published } : {}),
    PublishMode: p.mode,
  }));

/**
 * `docker service update --publish-rm/--publish-add` (ports only), or `--endpoint-mode`
 * with the port changes in the same update (SwarmKit refuses dnsrr while ingress ports
 * remain, so both must land in one spec).
 */
export function endpointUpdate(
  service: string,
  change: { ports?: Port[]; mode?: EndpointMode },
): ServiceUpdate {
  const { ports, mode } = change;
  return {
    endpoint: (current) => ({
      ...current,
      Mode: mode ?? current.Mode ?? "vip",
      Ports: ports ? toRequestPorts(ports) : (current.Ports ?? []),
    }),
    cli: (before) => {
      const portChanges = ports ? { before: before.ports, after: ports } : undefined;
      if (mode) return endpointModeCli(service, mode, portChanges);
      return (
        servicePortsCli(service, before.ports, ports ?? before.ports) ??
        `# no change to ${service}'s ports`
      );
    },
  };
}

type NetworkRef = { id: string; name: string };

/** `docker service update --network-add`: the existing attachments and their aliases stay. */
export function networkAttach(
  service: string,
  network: NetworkRef,
  aliases: readonly string[] = [],
): ServiceUpdate {
  return {
    networks: (current) => [
      ...current,
      { Target: network.id, ...(aliases.length ? { Aliases: [...aliases] } : {}) },
    ],
    cli: () => serviceNetworkAddCli(service, network.name, aliases),
  };
}

/** `docker service update --network-rm`. */
export function networkDetach(service: string, network: NetworkRef): ServiceUpdate {
  return {
    networks: (current) => current.filter((n) => n.Target !== network.id),
    cli: () => serviceNetworkRemoveCli(service, network.name),
  };
}
