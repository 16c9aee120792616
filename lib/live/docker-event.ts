import { z } from "zod";
import { EVENT_TYPES, type LiveEvent } from "./message";

/**
 * Docker's event JSON (`GET /events`), only the fields we read. Validated, not
 * trusted: an unknown shape is skipped rather than crashing the shared stream.
 */
const rawEventSchema = z.object({
  Type: z.string(),
  Action: z.string(),
  Actor: z
    .object({
      ID: z.string().optional(),
      Attributes: z.record(z.string(), z.string()).nullish(),
    })
    .optional(),
  time: z.number().optional(),
  timeNano: z.number().optional(),
});

// Container chatter that changes nothing a page shows (health checks run exec_* every few seconds).
const IGNORED_CONTAINER_ACTIONS =
  /^(exec_|attach|resize|top|export|copy|archive-path|extract-to-dir|commit)/;

const SERVICE_LABEL = "com.docker.swarm.service.name";
const SERVICE_ID_LABEL = "com.docker.swarm.service.id";

/** One NDJSON line from Docker → a LiveEvent, or null for noise and malformed lines. */
export function parseDockerEvent(line: string): LiveEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = rawEventSchema.safeParse(json);
  if (!parsed.success) return null;
  const raw = parsed.data;
  const type = EVENT_TYPES.find((t) => t === raw.Type);
  if (!type) return null;
  if (type === "container" && IGNORED_CONTAINER_ACTIONS.test(raw.Action)) return null;
  const attributes = raw.Actor?.Attributes ?? {};
  const time =
    raw.timeNano !== undefined
      ? Math.floor(raw.timeNano / 1e6)
      : raw.time !== undefined
        ? raw.time * 1000
        : Date.now();
  const event: LiveEvent = {
    type,
    // "health_status: healthy" → "health_status"; the detail is not ours to show.
    action: raw.Action.split(":")[0]?.trim() ?? raw.Action,
    id: raw.Actor?.ID ?? "",
    name: attributes.name ?? "",
    time,
  };
  const service = attributes[SERVICE_LABEL];
  if (type === "container" && service) event.service = service;
  const serviceId = attributes[SERVICE_ID_LABEL];
  if (type === "container" && serviceId) event.serviceId = serviceId;
  return event;
}

/**
 * The exact nanosecond timestamp of a raw line, read from the text: JSON.parse
 * would round it (it is above 2^53), and resuming must not replay or skip an event.
 */
export function timeNanoOf(line: string): bigint | null {
  const match = /"timeNano":\s*(\d+)/.exec(line);
  return match?.[1] ? BigInt(match[1]) : null;
}

/** Docker's `since` takes seconds with a fractional part; resume just after the last event seen. */
export function sinceAfter(timeNano: bigint): string {
  const next = timeNano + 1n;
  const seconds = next / 1_000_000_000n;
  const nanos = (next % 1_000_000_000n).toString().padStart(9, "0");
  return `${seconds}.${nanos}`;
}
