import "server-only";
import { overlayCreate } from "@/lib/cli/network";
import { shellJoin } from "@/lib/cli/shell-quote";
import { buildSnapshot, createOverlay } from "@/lib/docker";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { indexedSubnets, ingressDefaultClash, ipamContextIssues } from "@/lib/net/ipam";
import { validateMtu } from "@/lib/net/mtu";
import type { CreateNetworkInput } from "@/lib/schemas/network-create";
import { syncAfterWrite } from "@/lib/server/live";
import { advertiseAddr } from "@/lib/topology/lookups";
import { throwConflicts, warningTexts } from "./conflicts";

/**
 * `docker network create -d overlay …`, checked against the live swarm first:
 * name taken, second ingress and subnet overlaps are 409s with nothing created.
 */
export async function createNetwork(input: CreateNetworkInput) {
  const s = await buildSnapshot();
  const create = overlayCreate(input);
  const cli = shellJoin(create.argv);
  const taken = s.networks.find((n) => n.name === input.name);
  if (taken) {
    const message = t().errors.nameTaken(input.name, taken.driver, taken.scope);
    throw new AppError("conflict", message, [{ field: "name", message }]);
  }
  const ingress = s.networks.find((n) => n.ingress);
  if (input.ingress && ingress) {
    const message = t().errors.secondIngress(ingress.name);
    throw new AppError("conflict", message, [{ field: "ingress", message }]);
  }
  const nodeAddresses = s.nodes.map(advertiseAddr);
  const issues = ipamContextIssues(indexedSubnets(input.ipam ?? []), {
    existing: s.networks.map((n) => ({ name: n.name, subnets: n.ipam.map((i) => i.subnet) })),
    defaultAddrPools: s.swarm?.defaultAddrPool ?? [],
    nodeAddresses,
  });
  throwConflicts(issues, t().errors.subnetsConflict);

  const warnings = warningTexts(issues);
  if (input.mtu !== undefined)
    warnings.push(...warningTexts(validateMtu(input.mtu, { encrypted: !!input.encrypted })));
  if (input.encrypted) {
    warnings.push(t().warnings.encryptionCost);
    const windows = s.nodes.filter((n) => n.os.toLowerCase() === "windows").map((n) => n.hostname);
    if (windows.length > 0) {
      warnings.push(t().warnings.encryptionWindows(windows.join(", ")));
    }
  }
  if (input.ingress) {
    warnings.push(t().warnings.engineVersion);
    if (!input.ipam?.length) {
      const clash = ingressDefaultClash(nodeAddresses);
      if (clash) warnings.push(clash.message);
    }
  }
  const network = await createOverlay(create.request);
  await syncAfterWrite({ networks: [network.id] });
  return { ...network, cli, warnings };
}
