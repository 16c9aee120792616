import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import type { Network } from "@/lib/model/network";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import { call, ref } from "./call";
import { docker } from "./client";
import type { RawNetworkAttachmentConfig, RawService, RawServiceSpec } from "./raw";
import { inspectRawNetwork, inspectRawService, listRawNetworks, networkNameMap } from "./read";
import { MTU_OPTION, reshapeNetwork, reshapeService } from "./reshape";

/** Named write operations: each one validated upstream, each one a single Docker change. */

export type OverlaySpec = {
  name: string;
  attachable?: boolean;
  internal?: boolean;
  encrypted?: boolean;
  ingress?: boolean;
  mtu?: number;
  ipam?: { subnet: string; gateway?: string; ipRange?: string }[];
  labels?: Record<string, string>;
};

export async function createOverlay(spec: OverlaySpec): Promise<Network> {
  const options: Record<string, string> = {};
  if (spec.encrypted) options.encrypted = "";
  if (spec.mtu !== undefined) options[MTU_OPTION] = String(spec.mtu);
  const created = await call(() =>
    docker().createNetwork({
      Name: spec.name,
      Driver: "overlay",
      CheckDuplicate: true,
      Attachable: spec.attachable ?? false,
      Internal: spec.internal ?? false,
      Ingress: spec.ingress ?? false,
      // An IPv6 subnet needs IPv6 enabled on the network, as `--ipv6` does on the CLI.
      EnableIPv6: (spec.ipam ?? []).some((c) => c.subnet.includes(":")),
      Options: options,
      Labels: spec.labels ?? {},
      IPAM: {
        Driver: "default",
        Config: (spec.ipam ?? []).map((c) => ({
          Subnet: c.subnet,
          ...(c.gateway ? { Gateway: c.gateway } : {}),
          ...(c.ipRange ? { IPRange: c.ipRange } : {}),
        })),
      },
    }),
  );
  return reshapeNetwork(await inspectRawNetwork(created.id));
}

export async function removeNetwork(idOrName: string): Promise<void> {
  await call(() => docker().getNetwork(ref("network", idOrName)).remove());
}

/** Loads a service and checks the caller saw its latest version (optimistic concurrency). */
async function serviceAt(idOrName: string, version: number): Promise<RawService> {
  const raw = await inspectRawService(idOrName);
  const current = raw.Version?.Index ?? 0;
  if (current !== version) {
    const service = reshapeService(raw, networkNameMap(await listRawNetworks()));
    throw new AppError("conflict", t().errors.staleVersion(service.name, version, current), {
      current: service,
    });
  }
  return raw;
}

async function updateSpec(raw: RawService, spec: RawServiceSpec): Promise<Service> {
  const version = raw.Version?.Index ?? 0;
  try {
    await call(() =>
      docker()
        .getService(raw.ID)
        .update({ ...spec, version } as never),
    );
  } catch (e) {
    // Docker's own check, should someone else update between our inspect and our update.
    if (isAppError(e) && /out of sequence/i.test(e.message)) {
      const fresh = await inspectRawService(raw.ID);
      const service = reshapeService(fresh, networkNameMap(await listRawNetworks()));
      throw new AppError("conflict", t().errors.changedMeanwhile(service.name), {
        current: service,
      });
    }
    throw e;
  }
  const [fresh, networks] = await Promise.all([inspectRawService(raw.ID), listRawNetworks()]);
  return reshapeService(fresh, networkNameMap(networks));
}

const toRawPorts = (ports: Port[]) =>
  ports.map((p) => ({
    Protocol: p.protocol,
    TargetPort: p.target,
    ...(p.published !== undefined ? { PublishedPort: p.published } : {}),
    PublishMode: p.mode,
  }));

/** The spec Docker expects back: the current one, with networks where 1.41 wants them. */
function baseSpec(raw: RawService): RawServiceSpec {
  const spec = structuredClone(raw.Spec ?? {});
  // Spec.Networks is deprecated; Docker wants them in TaskTemplate.Networks.
  if (spec.Networks && spec.TaskTemplate && !spec.TaskTemplate.Networks) {
    spec.TaskTemplate.Networks = spec.Networks;
  }
  delete spec.Networks;
  return spec;
}

/** Replaces the service's published ports, and optionally its endpoint mode, in one update. */
export async function updateServiceEndpoint(
  idOrName: string,
  version: number,
  change: { ports?: Port[]; mode?: "vip" | "dnsrr" },
): Promise<{ before: Service; after: Service }> {
  const raw = await serviceAt(idOrName, version);
  const before = reshapeService(raw, networkNameMap(await listRawNetworks()));
  const spec = baseSpec(raw);
  const endpoint = spec.EndpointSpec ?? {};
  spec.EndpointSpec = {
    ...endpoint,
    Mode: change.mode ?? endpoint.Mode ?? "vip",
    Ports: change.ports ? toRawPorts(change.ports) : (endpoint.Ports ?? []),
  };
  return { before, after: await updateSpec(raw, spec) };
}

/** Replaces the service's network attachments (aliases kept by the caller). */
export async function setServiceNetworks(
  idOrName: string,
  version: number,
  networks: (current: RawNetworkAttachmentConfig[]) => RawNetworkAttachmentConfig[],
): Promise<{ before: Service; after: Service }> {
  const raw = await serviceAt(idOrName, version);
  const before = reshapeService(raw, networkNameMap(await listRawNetworks()));
  const spec = baseSpec(raw);
  spec.TaskTemplate = {
    ...spec.TaskTemplate,
    Networks: networks(spec.TaskTemplate?.Networks ?? []),
  };
  return { before, after: await updateSpec(raw, spec) };
}
