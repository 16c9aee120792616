import { t } from "@/lib/i18n/current";
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

const LONG_KEYS = ["published", "target", "protocol", "mode"] as const;
type LongKey = (typeof LONG_KEYS)[number];

type Role = "published" | "target";
type Span = { start: number; end: number };
type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function parsePortNumber(text: string, role: Role): Parsed<number> {
  if (!/^[0-9]+$/.test(text))
    return failure(t().validation.portNotNumber(t().validation.portRole[role], text));
  const port = Number(text);
  if (port < 1 || port > 65535) {
    return failure(
      role === "published" ? t().validation.publishedRange : t().validation.targetRange,
    );
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
  if (end.value < start.value)
    return failure(t().validation.rangeBackwards(t().validation.portRole[role], text));
  if (end.value - start.value + 1 > MAX_RANGE_PORTS) {
    return failure(
      t().validation.rangeTooLong(t().validation.portRole[role], text, MAX_RANGE_PORTS),
    );
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
    : failure(t().validation.unknownProtocol(text, PROTOCOLS.join(", ")));
}

function parseMode(text: string): Parsed<PublishMode> {
  const mode = PUBLISH_MODES.find((known) => known === text);
  return mode
    ? { ok: true, value: mode }
    : failure(t().validation.unknownMode(text, PUBLISH_MODES.join(` ${t().validation.or} `)));
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
      t().validation.rangeLengths(
        `${published.start}-${published.end}`,
        `${target.start}-${target.end}`,
      ),
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
  if (extra.length > 0) return failure(t().validation.manyProtocols(text));
  const protocol = parseProtocol(protocolText ?? "tcp");
  if (!protocol.ok) return protocol;
  const hostAddress = hostAddressPrefix(portsText);
  if (hostAddress === "") return failure(t().validation.tooManyColons(text));
  if (hostAddress !== null) {
    return failure(t().validation.hostAddress(hostAddress));
  }
  const colon = portsText.indexOf(":");
  const publishedText = colon < 0 ? null : portsText.slice(0, colon);
  const targetText = colon < 0 ? portsText : portsText.slice(colon + 1);
  if (publishedText === "") {
    return failure(t().validation.emptyPublished(text));
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
    if (field === "") return failure(t().validation.emptyField(text));
    if (equals < 0) return failure(t().validation.fieldNotKeyValue(field));
    const key = LONG_KEYS.find((known) => known === field.slice(0, equals));
    if (!key) {
      return failure(t().validation.unknownKey(field.slice(0, equals), LONG_KEYS.join(", ")));
    }
    if (fields.has(key)) return failure(t().validation.duplicateKey(key));
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
    return failure(t().validation.targetRequired);
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
  if (trimmed === "") return failure(t().validation.emptyPort);
  if (/\s/.test(trimmed)) return failure(t().validation.portSpaces(trimmed));
  return trimmed.includes("=") ? parseLong(trimmed) : parseShort(trimmed);
}
