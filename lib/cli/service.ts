import { shellJoin } from "@/lib/cli/shell-quote";
import type { Port } from "@/lib/model/port";
import type { EndpointMode } from "@/lib/ports/endpoint-mode";
import { renderLong } from "@/lib/ports/render";

export type PortChanges = { before: Port[]; after: Port[] };

/**
 * `--publish-rm` removes every port with the same target, protocol and mode (the published
 * number is ignored), so this is the unit of removal.
 */
function removalKey(port: Port): string {
  return `target=${port.target},protocol=${port.protocol},mode=${port.mode}`;
}

/** `after` minus `before`, counting duplicates, compared on the full port. */
function without(ports: readonly Port[], taken: readonly Port[]): Port[] {
  const remaining = taken.map(renderLong);
  return ports.filter((port) => {
    const at = remaining.indexOf(renderLong(port));
    if (at < 0) return true;
    remaining.splice(at, 1);
    return false;
  });
}

type PortFlags = { first: string[]; readd: string[] };

/**
 * The docker CLI applies `--publish-rm` first, then `--publish-add`, but skips an add that
 * equals a port the service had before the update. So a port removed only as collateral
 * (it shares target/protocol/mode with a removed one) must be re-added by a second update.
 */
function portFlags({ before, after }: PortChanges): PortFlags {
  const removals = [...new Set(without(before, after).map(removalKey))];
  const kept = before.filter((port) => !removals.includes(removalKey(port)));
  const adds = without(after, kept);
  const beforeKeys = new Set(before.map(renderLong));
  const fresh = adds.filter((port) => !beforeKeys.has(renderLong(port)));
  const collateral = adds.filter((port) => beforeKeys.has(renderLong(port)));
  return {
    first: [
      ...removals.flatMap((key) => ["--publish-rm", key]),
      ...fresh.flatMap((port) => ["--publish-add", renderLong(port)]),
    ],
    readd: collateral.flatMap((port) => ["--publish-add", renderLong(port)]),
  };
}

function updateLine(service: string, flags: string[]): string {
  return shellJoin(["docker", "service", "update", ...flags, service]);
}

function withReadd(service: string, first: string, readd: string[]): string {
  return readd.length === 0 ? first : `${first} && ${updateLine(service, readd)}`;
}

/**
 * `docker service update --publish-rm … --publish-add … SERVICE` turning `before` into
 * `after` (the service's spec ports). Adds use the long syntax; removals the long syntax
 * without `published`, which is how `--publish-rm` matches. Null when nothing changes.
 */
export function servicePortsCli(service: string, before: Port[], after: Port[]): string | null {
  const flags = portFlags({ before, after });
  // Re-adds only follow removals, so an empty first update means there is nothing to do.
  if (flags.first.length === 0) return null;
  return withReadd(service, updateLine(service, flags.first), flags.readd);
}

/**
 * One update switching the endpoint mode, with the port changes in the same command: SwarmKit
 * refuses dnsrr while ingress ports remain, so both must land in one spec.
 */
export function endpointModeCli(
  service: string,
  mode: EndpointMode,
  portChanges?: PortChanges,
): string {
  const flags = portChanges ? portFlags(portChanges) : { first: [], readd: [] };
  const first = updateLine(service, ["--endpoint-mode", mode, ...flags.first]);
  return withReadd(service, first, flags.readd);
}

/** Aliases need the long `name=…,alias=…` form of `--network-add`. */
export function serviceNetworkAddCli(
  service: string,
  network: string,
  aliases: readonly string[] = [],
): string {
  const value =
    aliases.length === 0
      ? network
      : [`name=${network}`, ...aliases.map((alias) => `alias=${alias}`)].join(",");
  return updateLine(service, ["--network-add", value]);
}

export function serviceNetworkRemoveCli(service: string, network: string): string {
  return updateLine(service, ["--network-rm", network]);
}
