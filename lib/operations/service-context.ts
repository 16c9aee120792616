import "server-only";
import { buildSnapshot } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import type { Service } from "@/lib/model/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { findService } from "@/lib/topology/lookups";

/** The snapshot and the addressed service, for checks that need the rest of the swarm. */
export async function serviceContext(ref: string): Promise<{ s: Snapshot; service: Service }> {
  const s = await buildSnapshot();
  const service = findService(s, ref);
  if (!service) throw new AppError("not_found", t().errors.noService(ref));
  return { s, service };
}

export const otherServicesPorts = (s: Snapshot, service: Service) =>
  s.services.filter((x) => x.id !== service.id).map((x) => ({ service: x.name, ports: x.ports }));
