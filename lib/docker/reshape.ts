/**
 * Docker's PascalCase JSON → swarmnet's camelCase DTOs. Pure functions: no
 * Docker calls here, so they are tested on fixtures (reshape.test.ts).
 */
import type { Container } from "@/lib/model/container";
import type { Network, NetworkEndpoint, NetworkInspect } from "@/lib/model/network";
import type { Node } from "@/lib/model/node";
import type { Port, Protocol, PublishMode } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Engine, Swarm } from "@/lib/model/swarm";
import type { Task } from "@/lib/model/task";
import { ENCRYPTED_OPTION, MTU_OPTION } from "@/lib/net/network-options";
import type {
  RawContainer,
  RawEndpoint,
  RawInfo,
  RawNetwork,
  RawNode,
  RawPortConfig,
  RawService,
  RawSwarmCluster,
  RawTask,
} from "./raw";

const SYSTEM_NETWORKS = new Set(["bridge", "host", "none", "docker_gwbridge"]);

const orNull = (s: string | undefined | null): string | null => (s ? s : null);

export function reshapeNetwork(raw: RawNetwork): Network {
  const options = raw.Options ?? {};
  const mtu = Number.parseInt(options[MTU_OPTION] ?? "", 10);
  return {
    id: raw.Id,
    name: raw.Name,
    driver: raw.Driver ?? "",
    scope: raw.Scope ?? "",
    created: raw.Created ?? "",
    internal: raw.Internal ?? false,
    attachable: raw.Attachable ?? false,
    ingress: raw.Ingress ?? false,
    // Docker stores `--opt encrypted` as an option whose value is usually "".
    encrypted: ENCRYPTED_OPTION in options,
    ipv6: raw.EnableIPv6 ?? false,
    mtu: Number.isFinite(mtu) ? mtu : null,
    ipam: (raw.IPAM?.Config ?? [])
      .filter((c) => c.Subnet)
      .map((c) => ({
        subnet: c.Subnet as string,
        ...(c.Gateway ? { gateway: c.Gateway } : {}),
        ...(c.IPRange ? { ipRange: c.IPRange } : {}),
      })),
    options,
    labels: raw.Labels ?? {},
    system: (raw.Ingress ?? false) || SYSTEM_NETWORKS.has(raw.Name),
  };
}

export function reshapeEndpoints(
  containers: Record<string, RawEndpoint> | null | undefined,
): NetworkEndpoint[] {
  return Object.entries(containers ?? {}).map(([id, e]) => ({
    id,
    name: e.Name ?? id,
    ipv4: orNull(e.IPv4Address),
    ipv6: orNull(e.IPv6Address),
    mac: orNull(e.MacAddress),
  }));
}

export function reshapeNetworkInspect(raw: RawNetwork): NetworkInspect {
  return {
    ...reshapeNetwork(raw),
    endpoints: reshapeEndpoints(raw.Containers),
    peers: (raw.Peers ?? []).map((p) => ({ name: p.Name ?? "", ip: p.IP ?? "" })),
  };
}

export function reshapePort(p: RawPortConfig): Port {
  return {
    ...(p.PublishedPort ? { published: p.PublishedPort } : {}),
    target: p.TargetPort ?? 0,
    protocol: (p.Protocol ?? "tcp") as Protocol,
    mode: (p.PublishMode ?? "ingress") as PublishMode,
  };
}

/**
 * `networkNames` resolves network ids to names (the service spec only holds ids).
 * Ports come from the spec, falling back to the endpoint's: the spec is what the
 * admin asked for, the endpoint adds the ports Docker chose.
 */
export function reshapeService(raw: RawService, networkNames: Map<string, string>): Service {
  const spec = raw.Spec ?? {};
  const nameOf = (id: string) => networkNames.get(id) ?? id;
  const attachments = spec.TaskTemplate?.Networks ?? spec.Networks ?? [];
  const endpointPorts = raw.Endpoint?.Ports ?? [];
  const specPorts = spec.EndpointSpec?.Ports ?? [];
  const ports = (specPorts.length > 0 ? specPorts : endpointPorts).map((p) => {
    const port = reshapePort(p);
    if (port.published !== undefined) return port;
    // Docker assigned it: show the port actually published.
    const assigned = endpointPorts.find(
      (e) => e.TargetPort === p.TargetPort && (e.Protocol ?? "tcp") === (p.Protocol ?? "tcp"),
    );
    return assigned?.PublishedPort ? { ...port, published: assigned.PublishedPort } : port;
  });
  const global = spec.Mode?.Global !== undefined;
  return {
    id: raw.ID,
    name: spec.Name ?? raw.ID,
    version: raw.Version?.Index ?? 0,
    image: (spec.TaskTemplate?.ContainerSpec?.Image ?? "").replace(/@sha256:[a-f0-9]+$/, ""),
    mode: global ? "global" : "replicated",
    replicas: global ? null : (spec.Mode?.Replicated?.Replicas ?? 1),
    runningTasks: raw.ServiceStatus?.RunningTasks ?? null,
    desiredTasks: raw.ServiceStatus?.DesiredTasks ?? null,
    endpointMode: spec.EndpointSpec?.Mode === "dnsrr" ? "dnsrr" : "vip",
    ports,
    vips: (raw.Endpoint?.VirtualIPs ?? [])
      .filter((v) => v.NetworkID && v.Addr)
      .map((v) => ({
        networkId: v.NetworkID as string,
        networkName: nameOf(v.NetworkID as string),
        addr: v.Addr as string,
      })),
    networks: attachments
      .filter((n) => n.Target)
      .map((n) => ({
        id: n.Target as string,
        name: nameOf(n.Target as string),
        aliases: n.Aliases ?? [],
      })),
    labels: spec.Labels ?? {},
    createdAt: raw.CreatedAt ?? "",
    updatedAt: raw.UpdatedAt ?? "",
    previousEndpointMode: raw.PreviousSpec
      ? raw.PreviousSpec.EndpointSpec?.Mode === "dnsrr"
        ? "dnsrr"
        : "vip"
      : null,
  };
}

export function reshapeTask(raw: RawTask): Task {
  return {
    id: raw.ID,
    serviceId: raw.ServiceID ?? "",
    slot: raw.Slot ?? null,
    nodeId: orNull(raw.NodeID),
    state: raw.Status?.State ?? "unknown",
    desiredState: raw.DesiredState ?? "unknown",
    message: raw.Status?.Message ?? "",
    error: orNull(raw.Status?.Err),
    containerId: orNull(raw.Status?.ContainerStatus?.ContainerID),
    addresses: (raw.NetworksAttachments ?? []).flatMap((a) =>
      (a.Addresses ?? []).map((addr) => ({
        networkId: a.Network?.ID ?? "",
        networkName: a.Network?.Spec?.Name ?? "",
        addr,
      })),
    ),
    updatedAt: raw.UpdatedAt ?? "",
  };
}

export function reshapeNode(
  raw: RawNode,
  local: { nodeId: string; dataPathAddr: string | null },
): Node {
  return {
    id: raw.ID,
    hostname: raw.Description?.Hostname ?? raw.ID,
    role: raw.Spec?.Role === "manager" ? "manager" : "worker",
    availability: raw.Spec?.Availability ?? "unknown",
    state: raw.Status?.State ?? "unknown",
    message: raw.Status?.Message ?? "",
    engineVersion: raw.Description?.Engine?.EngineVersion ?? "",
    os: raw.Description?.Platform?.OS ?? "",
    arch: raw.Description?.Platform?.Architecture ?? "",
    addr: raw.Status?.Addr ?? "",
    managerAddr: orNull(raw.ManagerStatus?.Addr),
    leader: raw.ManagerStatus?.Leader ?? false,
    reachability: orNull(raw.ManagerStatus?.Reachability),
    dataPathAddr: raw.ID === local.nodeId ? local.dataPathAddr : null,
    labels: raw.Spec?.Labels ?? {},
  };
}

/** Join tokens are copied only when `withTokens` (admins); the wall and viewers never get them. */
export function reshapeSwarm(raw: RawSwarmCluster, withTokens: boolean): Swarm {
  return {
    id: raw.ID ?? "",
    createdAt: raw.CreatedAt ?? "",
    updatedAt: raw.UpdatedAt ?? "",
    defaultAddrPool: raw.DefaultAddrPool ?? ["10.0.0.0/8"],
    subnetSize: raw.SubnetSize ?? 24,
    dataPathPort: raw.DataPathPort || 4789,
    joinTokens:
      withTokens && raw.JoinTokens
        ? { worker: raw.JoinTokens.Worker ?? "", manager: raw.JoinTokens.Manager ?? "" }
        : null,
  };
}

export function reshapeEngine(info: RawInfo, apiVersion: string, host: string): Engine {
  return {
    host,
    version: info.ServerVersion ?? "",
    apiVersion,
    os: info.OSType ?? "",
    name: info.Name ?? "",
    nodeId: info.Swarm?.NodeID ?? "",
    nodeAddr: info.Swarm?.NodeAddr ?? "",
    swarmState: info.Swarm?.LocalNodeState || "inactive",
    controlAvailable: info.Swarm?.ControlAvailable ?? false,
  };
}

export function reshapeContainer(raw: RawContainer): Container {
  const labels = raw.Labels ?? {};
  return {
    id: raw.Id,
    name: (raw.Names?.[0] ?? raw.Id).replace(/^\//, ""),
    image: raw.Image ?? "",
    state: raw.State ?? "",
    status: raw.Status ?? "",
    serviceName: orNull(labels["com.docker.swarm.service.name"]),
    taskId: orNull(labels["com.docker.swarm.task.id"]),
    networks: Object.entries(raw.NetworkSettings?.Networks ?? {}).map(([name, n]) => ({
      networkId: n.NetworkID ?? "",
      networkName: name,
      ipv4: orNull(n.IPAddress),
      ipv6: orNull(n.GlobalIPv6Address),
      mac: orNull(n.MacAddress),
      aliases: n.Aliases ?? [],
    })),
  };
}
