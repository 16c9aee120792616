import { servicePortsCli } from "@/lib/cli/service";
import type { Port } from "@/lib/model/port";
import type { Service } from "@/lib/model/service";
import type { Rule } from "../context";
import type { Finding } from "../finding";

type Publisher = { service: Service; port: Port };

function publishersByKey(services: readonly Service[]): Map<string, Publisher[]> {
  const byKey = new Map<string, Publisher[]>();
  for (const service of services) {
    for (const port of service.ports) {
      if (port.published === undefined) continue;
      const key = `${port.published}/${port.protocol}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { service, port }]);
    }
  }
  return byKey;
}

/** A free published port for the fix: the first above `from` that no service publishes. */
function freePort(services: readonly Service[], from: number, protocol: string): number {
  const used = new Set(
    services.flatMap((s) =>
      s.ports.filter((p) => p.protocol === protocol).map((p) => p.published ?? -1),
    ),
  );
  let port = from + 1;
  while (used.has(port) && port < 65535) port += 1;
  return port;
}

/**
 * Two services publishing one port/protocol. With ingress involved the routing mesh takes the
 * port on every node, so both cannot have it (Docker refuses it today; a clash found here
 * predates that check or came from a restore). Two host-mode publishers only conflict when
 * tasks of both land on one node, which the scheduler then avoids by leaving tasks pending.
 */
export const portCollisionRule: Rule = (s) => {
  const findings: Finding[] = [];
  const services = [...s.services].sort((a, b) => a.name.localeCompare(b.name));
  for (const [key, publishers] of publishersByKey(services)) {
    const names = [...new Set(publishers.map((p) => p.service.name))];
    if (names.length < 2) continue;
    const ingress = publishers.some((p) => p.port.mode === "ingress");
    const last = publishers.at(-1);
    if (!last) continue;
    const moved: Port = {
      ...last.port,
      published: freePort(services, last.port.published ?? 0, last.port.protocol),
    };
    const after = last.service.ports.map((p) => (p === last.port ? moved : p));
    const command = servicePortsCli(last.service.name, last.service.ports, after);
    const modes = publishers.map((p) => `${p.service.name} (${p.port.mode})`).join(", ");
    findings.push({
      id: `port-collision:${key}:${names.join(":")}`,
      severity: ingress ? "error" : "warning",
      title: `Port ${key} is published by ${names.length} services`,
      detail: ingress
        ? `${modes} all publish ${key}. A port published through the routing mesh is bound on every node, so no other service can publish it in any mode: one of them is not reachable on ${key}.`
        : `${modes} publish ${key} in host mode. Each binds it only on the nodes running its tasks, so tasks of these services can never share a node: with few nodes some stay pending, and which service answers on a node depends on placement.`,
      objects: names,
      fix: {
        text: `Give ${last.service.name} another published port (${moved.published} is free), keeping the target port.`,
        commands: command ? [command] : [],
      },
    });
  }
  return findings;
};
