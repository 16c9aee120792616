import "server-only";
import { networkAttach, networkDetach } from "@/lib/cli/service-update";
import { updateService } from "@/lib/docker";
import { AppError } from "@/lib/errors";
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
    throw new AppError("not_found", `No network named "${networkRef}".`, [
      { field: "network", message: "no such network" },
    ]);
  if (network.scope !== "swarm" || network.ingress) {
    throw new AppError(
      "invalid",
      `"${network.name}" is not an overlay network a service can join (only swarm-scoped, non-ingress networks).`,
      [{ field: "network", message: "not a swarm overlay" }],
    );
  }
  if (service.networks.some((n) => n.id === network.id)) {
    throw new AppError("conflict", `${service.name} is already attached to ${network.name}.`);
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
    throw new AppError(
      "not_found",
      `${service.name} is not attached to a network named "${networkRef}".`,
    );
  }
  const { after, cli } = await updateService(
    service.id,
    version,
    networkDetach(service.name, network),
  );
  await syncAfterWrite({ services: [after.id] });
  return { ...after, cli };
}
