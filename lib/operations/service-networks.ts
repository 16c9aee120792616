import "server-only";
import { networkAttach, networkDetach } from "@/lib/cli/service-update";
import { updateService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { syncAfterWrite } from "@/lib/server/live";
import { findNetwork } from "@/lib/topology/lookups";
import { serviceContext } from "./service-context";

/** `docker service update --network-add`: the existing attachments and their aliases stay. */
export async function attachNetwork(
  ref: string,
  version: number,
  networkRef: string,
  aliases: string[] = [],
) {
  const { s, service } = await serviceContext(ref);
  const network = findNetwork(s, networkRef);
  if (!network)
    throw new AppError("not_found", t().errors.noNetwork(networkRef), [
      { field: "network", message: t().errors.noSuchNetwork },
    ]);
  if (network.scope !== "swarm" || network.ingress) {
    throw new AppError("invalid", t().errors.notJoinable(network.name), [
      { field: "network", message: t().errors.notOverlay },
    ]);
  }
  if (service.networks.some((n) => n.id === network.id)) {
    throw new AppError("conflict", t().errors.alreadyAttached(service.name, network.name));
  }
  const { after, cli } = await updateService(
    service.id,
    version,
    networkAttach(service.name, network, aliases),
  );
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli };
}

/** `docker service update --network-rm`. */
export async function detachNetwork(ref: string, version: number, networkRef: string) {
  const { s, service } = await serviceContext(ref);
  const network = findNetwork(s, networkRef);
  const attached = network && service.networks.find((n) => n.id === network.id);
  if (!network || !attached) {
    throw new AppError("not_found", t().errors.notAttached(service.name, networkRef));
  }
  const { after, cli } = await updateService(
    service.id,
    version,
    networkDetach(service.name, network),
  );
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli };
}
