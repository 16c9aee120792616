import type { SnapshotChanges } from "./patch";

/**
 * What the server sends over `GET /api/events` (Server-Sent Events), as JSON in
 * `data:` lines. Shared by the server (lib/docker/events.ts, the route) and the
 * browser (components/live), so both sides speak one shape.
 */

/** Docker object kinds the dashboard follows. */
export const EVENT_TYPES = ["network", "service", "node", "container", "config", "secret"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One Docker event, reduced to what a page needs to know what changed. */
export type LiveEvent = {
  type: EventType;
  action: string;
  /** The Docker object's id (Actor.ID). */
  id: string;
  /** The Docker object's name (Actor.Attributes.name); "" when Docker gives none. */
  name: string;
  /** When Docker saw it, in epoch milliseconds (from timeNano). */
  time: number;
  /** For task containers: the service they belong to, so its row can light up too. */
  service?: string;
  /** For task containers: that service's id (its tasks and counts are re-read). */
  serviceId?: string;
  /** The model revision that includes this change (set once the server has applied it). */
  revision?: number;
};

/** live: following Docker; reconnecting: lost it, retrying; down: several retries failed. */
export type LiveState = "live" | "reconnecting" | "down";

/** The Docker stream's state, with the model's position so a (re)connecting client can tell whether it missed anything. */
export type StatusMessage = { type: "status"; state: LiveState; epoch?: string; revision?: number };

/** The changed objects of one model revision (lib/live/patch.ts). */
export type PatchMessage = {
  type: "patch";
  epoch: string;
  revision: number;
  fetchedAt: string;
  changes: SnapshotChanges;
};

export type LiveMessage = LiveEvent | StatusMessage | PatchMessage;

export const isStatusMessage = (m: LiveMessage): m is StatusMessage => m.type === "status";
export const isPatchMessage = (m: LiveMessage): m is PatchMessage => m.type === "patch";

/** One SSE frame for a message. */
export const sseData = (m: LiveMessage): string => `data: ${JSON.stringify(m)}\n\n`;

/** An SSE comment: keeps proxies and idle timeouts from closing a quiet stream. */
export const SSE_HEARTBEAT = ": hb\n\n";
