import { servicePortsCli } from "@/lib/cli/service";
import { t } from "@/lib/i18n/current";
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
      title: t().findings.portCollision.title(key, names.length),
      detail: ingress
        ? t().findings.portCollision.detailIngress(modes, key)
        : t().findings.portCollision.detailHost(modes, key),
      objects: names,
      fix: {
        text: t().findings.portCollision.fix(last.service.name, String(moved.published)),
        commands: command ? [command] : [],
      },
    });
  }
  return findings;
};
