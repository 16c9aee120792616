import "server-only";
import type { NetworkInspect } from "@/lib/model/network";
import type { Service } from "@/lib/model/service";
import type { Swarm } from "@/lib/model/swarm";
import { call, ref } from "./call";
import { docker } from "./client";
import type { RawContainer, RawInfo, RawNetwork, RawNode, RawService, RawTask } from "./raw";
import { reshapeNetworkInspect, reshapeService, reshapeSwarm } from "./reshape";

/** Named read operations. Each is one Docker API call. */

export const getInfo = () => call(() => docker().info() as Promise<RawInfo>);

export const getApiVersion = () =>
  call(async () => ((await docker().version()) as { ApiVersion?: string }).ApiVersion ?? "");

/** `{ filters: { id: [...] } }` and the like; Docker matches ids by prefix. */
type ListOptions = { filters?: Record<string, string[]> };

export const listRawNetworks = (options: ListOptions = {}) =>
  call(() => docker().listNetworks(options) as Promise<RawNetwork[]>);

// dockerode passes inspect options as query parameters, but its types do not list `verbose`.
type InspectWithOptions = (options: { verbose?: boolean }) => Promise<RawNetwork>;

export const inspectRawNetwork = (idOrName: string, verbose = false) =>
  call(() => {
    const network = docker().getNetwork(ref("network", idOrName));
    return (network.inspect as unknown as InspectWithOptions).call(
      network,
      verbose ? { verbose } : {},
    );
  });

export const listRawServices = (options: ListOptions = {}) =>
  // status=true adds RunningTasks/DesiredTasks without a per-service task query.
  call(
    () => docker().listServices({ ...options, status: true } as object) as Promise<RawService[]>,
  );

export const inspectRawService = (idOrName: string) =>
  call(() => docker().getService(ref("service", idOrName)).inspect() as Promise<RawService>);

export const listRawTasks = (options: ListOptions = {}) =>
  call(() => docker().listTasks(options) as Promise<RawTask[]>);

export const listRawNodes = () => call(() => docker().listNodes() as Promise<RawNode[]>);

export const listRawContainers = () =>
  call(() => docker().listContainers({ all: true }) as Promise<RawContainer[]>);

export const getRawSwarm = () => call(() => docker().swarmInspect());

export async function inspectNetwork(idOrName: string): Promise<NetworkInspect> {
  return reshapeNetworkInspect(await inspectRawNetwork(idOrName, true));
}

export function networkNameMap(networks: { Id: string; Name: string }[]): Map<string, string> {
  return new Map(networks.map((n) => [n.Id, n.Name]));
}

export async function inspectService(idOrName: string): Promise<Service> {
  const [raw, networks] = await Promise.all([inspectRawService(idOrName), listRawNetworks()]);
  return reshapeService(raw, networkNameMap(networks));
}

/** The swarm; join tokens only when `withTokens` (admins). */
export async function getSwarm(withTokens: boolean): Promise<Swarm> {
  return reshapeSwarm(await getRawSwarm(), withTokens);
}
