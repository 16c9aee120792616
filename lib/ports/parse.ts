import {
  type Port,
  PROTOCOLS,
  type Protocol,
  PUBLISH_MODES,
  type PublishMode,
} from "@/lib/model/port";

export type ParsePublishResult = { ok: true; ports: Port[] } | { ok: false; error: string };

/** A range expands to one Port each; cap it so one string cannot become 65535 ports. */
export const MAX_RANGE_PORTS = 1024;

export const PUBLISHED_RANGE_MESSAGE =
  "published port must be 1–65535; omit it to let Docker choose";
export const TARGET_RANGE_MESSAGE = "target port must be 1–65535";

const LONG_KEYS = ["published", "target", "protocol", "mode"] as const;
type LongKey = (typeof LONG_KEYS)[number];

type Role = "published" | "target";
type Span = { start: number; end: number };
type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function parsePortNumber(text: string, role: Role): Parsed<number> {
  if (!/^[0-9]+$/.test(text)) return failure(`${role} port "${text}" is not a number`);
  const port = Number(text);
  if (port < 1 || port > 65535) {
    return failure(role === "published" ? PUBLISHED_RANGE_MESSAGE : TARGET_RANGE_MESSAGE);
  }
  return { ok: true, value: port };
}

function parseSpan(text: string, role: Role): Parsed<Span> {
  const dash = text.indexOf("-");
  const startText = dash < 0 ? text : text.slice(0, dash);
  const endText = dash < 0 ? text : text.slice(dash + 1);
  const start = parsePortNumber(startText, role);
  if (!start.ok) return start;
  const end = parsePortNumber(endText, role);
  if (!end.ok) return end;
  if (end.value < start.value) return failure(`${role} range ${text} ends before it starts`);
  if (end.value - start.value + 1 > MAX_RANGE_PORTS) {
    return failure(`${role} range ${text} is longer than ${MAX_RANGE_PORTS} ports`);
  }
  return { ok: true, value: { start: start.value, end: end.value } };
}

function spanLength(span: Span): number {
  return span.end - span.start + 1;
}

function parseProtocol(text: string): Parsed<Protocol> {
  const protocol = PROTOCOLS.find((known) => known === text);
  return protocol
    ? { ok: true, value: protocol }
    : failure(`unknown protocol "${text}": use ${PROTOCOLS.join(", ")}`);
}

function parseMode(text: string): Parsed<PublishMode> {
  const mode = PUBLISH_MODES.find((known) => known === text);
  return mode
    ? { ok: true, value: mode }
    : failure(`unknown mode "${text}": use ${PUBLISH_MODES.join(" or ")}`);
}

function makePort(target: number, protocol: Protocol, mode: PublishMode, published?: number): Port {
  return published === undefined
    ? { target, protocol, mode }
    : { published, target, protocol, mode };
}

/** `127.0.0.1:8080:80` or `[::1]:8080:80`: the part before the last two colon-separated fields. */
function hostAddressPrefix(portsText: string): string | null {
  const last = portsText.lastIndexOf(":");
  const secondLast = last <= 0 ? -1 : portsText.lastIndexOf(":", last - 1);
  return secondLast < 0 ? null : portsText.slice(0, secondLast);
}

function expand(published: Span | null, target: Span, protocol: Protocol): ParsePublishResult {
  if (published && spanLength(published) !== spanLength(target)) {
    return failure(
      `published ports ${published.start}-${published.end} and target ports ${target.start}-${target.end} must be ranges of the same length (e.g. 8080-8081:80-81)`,
    );
  }
  const ports = Array.from({ length: spanLength(target) }, (_, offset) =>
    makePort(
      target.start + offset,
      protocol,
      "ingress",
      published ? published.start + offset : undefined,
    ),
  );
  return { ok: true, ports };
}

/** `[published:]target[/protocol]`, each side a port or a range; always ingress mode. */
function parseShort(text: string): ParsePublishResult {
  const [portsText = "", protocolText, ...extra] = text.split("/");
  if (extra.length > 0) return failure(`"${text}" has more than one "/protocol"`);
  const protocol = parseProtocol(protocolText ?? "tcp");
  if (!protocol.ok) return protocol;
  const hostAddress = hostAddressPrefix(portsText);
  if (hostAddress === "") return failure(`"${text}" has too many ":" (expected published:target)`);
  if (hostAddress !== null) {
    return failure(
      `Swarm services cannot bind a host address (${hostAddress}): ports are published on every address of the node; remove "${hostAddress}:" and firewall the port instead`,
    );
  }
  const colon = portsText.indexOf(":");
  const publishedText = colon < 0 ? null : portsText.slice(0, colon);
  const targetText = colon < 0 ? portsText : portsText.slice(colon + 1);
  if (publishedText === "") {
    return failure(
      `"${text}" has an empty published port; write just the target to let Docker choose`,
    );
  }
  const target = parseSpan(targetText, "target");
  if (!target.ok) return target;
  if (publishedText === null) return expand(null, target.value, protocol.value);
  const published = parseSpan(publishedText, "published");
  if (!published.ok) return published;
  return expand(published.value, target.value, protocol.value);
}

function splitLongFields(text: string): Parsed<Map<LongKey, string>> {
  const fields = new Map<LongKey, string>();
  for (const field of text.split(",")) {
    const equals = field.indexOf("=");
    if (field === "") return failure(`"${text}" has an empty field (stray comma?)`);
    if (equals < 0) return failure(`"${field}" is not key=value`);
    const key = LONG_KEYS.find((known) => known === field.slice(0, equals));
    if (!key) {
      return failure(`unknown key "${field.slice(0, equals)}": use ${LONG_KEYS.join(", ")}`);
    }
    if (fields.has(key)) return failure(`duplicate key "${key}"`);
    fields.set(key, field.slice(equals + 1));
  }
  return { ok: true, value: fields };
}

/** `published=8080,target=80,protocol=udp,mode=host`, keys in any order, target required. */
function parseLong(text: string): ParsePublishResult {
  const fields = splitLongFields(text);
  if (!fields.ok) return fields;
  const targetText = fields.value.get("target");
  if (targetText === undefined) {
    return failure(
      `target is required (the port inside the container), e.g. published=8080,target=80`,
    );
  }
  const target = parsePortNumber(targetText, "target");
  if (!target.ok) return target;
  const publishedText = fields.value.get("published");
  const published =
    publishedText === undefined ? null : parsePortNumber(publishedText, "published");
  if (published && !published.ok) return published;
  const protocol = parseProtocol(fields.value.get("protocol") ?? "tcp");
  if (!protocol.ok) return protocol;
  const mode = parseMode(fields.value.get("mode") ?? "ingress");
  if (!mode.ok) return mode;
  const port = makePort(target.value, protocol.value, mode.value, published?.value);
  return { ok: true, ports: [port] };
}

/**
 * One `--publish` value as `docker service create/update` accepts it. Long syntax is detected
 * by "=", as the docker CLI does. Defaults: protocol tcp, mode ingress; a missing published
 * port lets Docker choose one.
 */
export function parsePublish(text: string): ParsePublishResult {
  const trimmed = text.trim();
  if (trimmed === "")
    return failure("empty port: expected e.g. 8080:80 or published=8080,target=80");
  if (/\s/.test(trimmed)) return failure(`"${trimmed}" contains spaces`);
  return trimmed.includes("=") ? parseLong(trimmed) : parseShort(trimmed);
}
