import type { Port } from "@/lib/model/port";

/**
 * `8080:80/udp`, `80` (Docker chooses the published port), tcp suffix omitted.
 * Null for mode=host: the short syntax always means ingress, so it cannot express host mode;
 * callers show the long form instead.
 */
export function renderShort(port: Port): string | null {
  if (port.mode === "host") return null;
  const ports =
    port.published === undefined ? `${port.target}` : `${port.published}:${port.target}`;
  return port.protocol === "tcp" ? ports : `${ports}/${port.protocol}`;
}

/**
 * `published=8080,target=80,protocol=udp,mode=host`. Protocol and mode are always written so the
 * line reads the same whatever Docker's defaults; published is omitted when Docker chooses it.
 */
export function renderLong(port: Port): string {
  const published = port.published === undefined ? "" : `published=${port.published},`;
  return `${published}target=${port.target},protocol=${port.protocol},mode=${port.mode}`;
}

/** The short form when it exists, the long form otherwise: what a list view shows. */
export function renderPreferred(port: Port): string {
  return renderShort(port) ?? renderLong(port);
}
