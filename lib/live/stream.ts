/**
 * The port between the live service and Docker: how an events stream is opened. Declared
 * on its own so lib/docker/events.ts (the adapter) depends on this contract only, not on
 * the service that consumes it (wired together in lib/server/live.ts).
 */

/** An open Docker event stream. */
export type StreamHandle = {
  close(): void;
  /** Listeners the stream carries (stays constant whatever the number of SSE clients). */
  listeners(): number;
};

export type StreamHandlers = {
  onText(text: string): void;
  /** Called once when the stream ends or fails, never after close(). */
  onEnd(error?: unknown): void;
};

/** Opens a Docker event stream from `since` (undefined: from now); resolves once Docker answered. */
export type OpenStream = (
  since: string | undefined,
  handlers: StreamHandlers,
) => Promise<StreamHandle>;
