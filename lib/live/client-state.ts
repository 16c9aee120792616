import type { LiveState } from "./message";

/**
 * What the browser shows about freshness, from two facts: is our SSE
 * connection open, and what did the server last say about its Docker stream.
 * Pure, so the status pill and the wall banner cannot disagree.
 */
export type DisplayState = "connecting" | LiveState;

export type ClientLive = {
  /** EventSource: open, or failing (the browser or we retry). */
  connection: "connecting" | "open" | "failing";
  /** The server's last status message on the current connection (null: none yet). */
  server: LiveState | null;
  /** Consecutive failed connection attempts. */
  failures: number;
  /** When we stopped being live (epoch ms); null while live or before the first live. */
  staleSince: number | null;
  everLive: boolean;
  display: DisplayState;
};

/** Failed reconnects after which the page says "down" instead of "reconnecting". */
export const CLIENT_DOWN_AFTER = 3;

export const initialClientLive: ClientLive = {
  connection: "connecting",
  server: null,
  failures: 0,
  staleSince: null,
  everLive: false,
  display: "connecting",
};

export type ClientLiveInput =
  | { kind: "open" }
  | { kind: "error" }
  | { kind: "status"; state: LiveState };

function display(c: Omit<ClientLive, "display">): DisplayState {
  if (c.connection === "open") {
    if (c.server === null) return c.everLive ? "reconnecting" : "connecting";
    return c.server;
  }
  if (c.failures >= CLIENT_DOWN_AFTER) return "down";
  return c.everLive ? "reconnecting" : "connecting";
}

export function nextClientLive(prev: ClientLive, input: ClientLiveInput, now: number): ClientLive {
  const base: Omit<ClientLive, "display"> =
    input.kind === "open"
      ? { ...prev, connection: "open", server: null, failures: 0 }
      : input.kind === "error"
        ? { ...prev, connection: "failing", server: null, failures: prev.failures + 1 }
        : { ...prev, server: input.state };
  const shown = display(base);
  const live = shown === "live";
  return {
    ...base,
    everLive: base.everLive || live,
    staleSince: live ? null : prev.display === "live" ? now : prev.staleSince,
    display: shown,
  };
}

/** True when this step made the page live again after not being so: time to refetch everything. */
export const becameLive = (prev: ClientLive, next: ClientLive) =>
  next.display === "live" && prev.display !== "live";
