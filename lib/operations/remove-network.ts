import "server-only";
import { networkRemoveCli } from "@/lib/cli/network";
import { buildSnapshot, removeNetwork as removeDockerNetwork } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { syncAfterWrite } from "@/lib/server/live";
import { findNetwork } from "@/lib/topology/lookups";
import { ingressPortsOf } from "@/lib/topology/selectors";
import { networkDetail } from "@/lib/topology/views";

/**
 * `docker network rm`, refused while anything uses the network (listing who),
 * and never for the networks Docker manages itself, except ingress, which the
 * admin may replace once no service publishes through it.
 */
export async function removeNetwork(ref: string) {
  const s = await buildSnapshot();
  const network = findNetwork(s, ref);
  if (!network) throw new AppError("not_found", t().errors.noNetwork(ref));
  const cli = networkRemoveCli(network.name);
  if (network.system && !network.ingress) {
    throw new AppError("conflict", t().errors.systemNetwork(network.name));
  }
  if (network.ingress) {
    const blockers = s.services
      .filter((svc) => ingressPortsOf(svc).length > 0)
      .map((svc) => svc.name);
    if (blockers.length > 0) {
      throw new AppError("conflict", t().errors.ingressInUse(blockers.join(", ")), {
        services: blockers,
        containers: [],
      });
    }
  } else {
    const detail = networkDetail(s, network.id);
    const services = detail?.services.map((x) => x.service.name) ?? [];
    const containers = detail?.containers.map((c) => c.name) ?? [];
    if (services.length + containers.length > 0) {
      const who = [
        services.length ? t().errors.inUseServices(services.join(", ")) : "",
        containers.length ? t().errors.inUseContainers(containers.join(", ")) : "",
      ]
        .filter(Boolean)
        .join(` ${t().errors.and} `);
      throw new AppError("conflict", t().errors.networkInUse(network.name, who), {
        services,
        containers,
      });
    }
  }
  await removeDockerNetwork(network.id);
  await syncAfterWrite({ networks: [network.id] });
  return {
    removed: network.name,
    cli,
    warnings: network.ingress ? [t().warnings.engineVersion] : [],
  };
}
