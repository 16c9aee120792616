import "server-only";
import type { OverlayCreateRequest } from "@/lib/cli/network";
import type { ServiceUpdate } from "@/lib/cli/service-update";
import { AppError, isAppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import type { Network } from "@/lib/model/network";
import type { Service } from "@/lib/model/service";
import { call, ref } from "./call";
import { docker } from "./client";
import type { RawService, RawServiceSpec } from "./raw";
import { inspectRawNetwork, inspectRawService, listRawNetworks, networkNameMap } from "./read";
import { reshapeNetwork, reshapeService } from "./reshape";

/** Named write operations: each one validated upstream, each one a single Docker change. */

/** Sends the body built by `overlayCreate` (lib/cli/network.ts), which also renders its CLI line. */
export async function createOverlay(request: OverlayCreateRequest): Promise<Network> {
  const created = await call(() => docker().createNetwork(request));
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

/**
 * Applies one `ServiceUpdate` (lib/cli/service-update.ts) to the service at `version`: its
 * endpoint and network changes in a single spec update, and the CLI line rendered from the
 * spec Docker had just before.
 */
export async function updateService(
  idOrName: string,
  version: number,
  update: ServiceUpdate,
): Promise<{ before: Service; after: Service; cli: string }> {
  const raw = await serviceAt(idOrName, version);
  const before = reshapeService(raw, networkNameMap(await listRawNetworks()));
  const spec = baseSpec(raw);
  if (update.endpoint) spec.EndpointSpec = update.endpoint(spec.EndpointSpec ?? {});
  if (update.networks) {
    spec.TaskTemplate = {
      ...spec.TaskTemplate,
      Networks: update.networks(spec.TaskTemplate?.Networks ?? []),
    };
  }
  return { before, after: await updateSpec(raw, spec), cli: update.cli(before) };
}
