import { parseDockerEvent, sinceAfter, timeNanoOf } from "./docker-event";
import { type Audience, createHub, type Frame, type Send } from "./hub";
import { type LiveEvent, type LiveState, SSE_HEARTBEAT, sseData } from "./message";
import { createLineSplitter } from "./ndjson";
import type { OpenStream, StreamHandle } from "./stream";

/**
 * The one Docker events subscription of the process and its fan-out to SSE
 * clients. Pure of Docker: the stream is opened through `open`, so the
 * reconnect and fan-out logic is tested without an engine (lib/docker/events.ts
 * plugs in dockerode). Events go to `onEvents` (the live model), which
 * broadcasts what they changed once it has re-read it.
 */

export type { OpenStream, StreamHandle, StreamHandlers } from "./stream";

export type LiveOptions = {
  open: OpenStream;
  /** Every parsed event, a chunk at a time, in stream order. */
  onEvents: (events: LiveEvent[]) => void;
  /** The stream's state as clients are told it (and "idle" once closed). */
  onState?: (state: LiveState | "idle") => void;
  /** The model's position, sent with every status message so a client can tell if it missed a change. */
  position?: () => { epoch: string; revision: number };
  /** Delay before the nth consecutive retry (the last entry repeats). */
  backoffMs?: readonly number[];
  /** Consecutive failures after which clients are told "down" rather than "reconnecting". */
  downAfter?: number;
  heartbeatMs?: number;
  /** How long the Docker stream stays open after the last client left (a reload comes right back). */
  lingerMs?: number;
  now?: () => number;
  log?: (message: string) => void;
};

export type LiveStats = {
  /** Docker streams successfully opened since the process started. */
  streamsOpened: number;
  /** Docker streams open right now (0 or 1). */
  streamsActive: number;
  /** Open attempts, successful or not. */
  openAttempts: number;
  subscribers: number;
  /** Listeners on the current Docker stream (0 without one). */
  streamListeners: number;
  state: LiveState | "idle" | "connecting";
  lastEventTime: number | null;
};

export type LiveEvents = {
  /** Adds an SSE client (a viewer unless told); returns its unsubscribe (idempotent). */
  subscribe(send: Send, audience?: Audience): () => void;
  /** Sends a frame (or one per audience) to every SSE client. */
  broadcast(frame: Frame): void;
  /** Keeps the Docker stream open for `ms` more without an SSE client (readers of the model). */
  hold(ms: number): void;
  stats(): LiveStats;
  /** Closes everything (tests, shutdown). */
  shutdown(): void;
};

export const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000] as const;
export const HEARTBEAT_MS = 15_000;
export const LINGER_MS = 30_000;
export const DOWN_AFTER = 3;

export function createLiveEvents(options: LiveOptions): LiveEvents {
  const backoff = options.backoffMs ?? BACKOFF_MS;
  const downAfter = options.downAfter ?? DOWN_AFTER;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const lingerMs = options.lingerMs ?? LINGER_MS;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});

  let state: LiveStats["state"] = "idle";
  let handle: StreamHandle | null = null;
  // Bumped whenever the current stream is abandoned, so late callbacks of an old one are ignored.
  let generation = 0;
  let failures = 0;
  let resumeFrom: bigint | null = null;
  let lastEventTime: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let lingerTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let heldUntil = 0;
  const counters = { streamsOpened: 0, streamsActive: 0, openAttempts: 0 };

  const scheduleStop = () => {
    if (lingerTimer !== undefined) clearTimeout(lingerTimer);
    lingerTimer = setTimeout(stop, Math.max(lingerMs, heldUntil - now()));
  };

  const hub = createHub(() => {
    stopHeartbeat();
    scheduleStop();
  });

  // Events of one chunk go to the model together (a burst arrives as one chunk).
  let chunkEvents: LiveEvent[] = [];
  const splitter = createLineSplitter((line) => {
    const nano = timeNanoOf(line);
    if (nano !== null && (resumeFrom === null || nano > resumeFrom)) resumeFrom = nano;
    const event = parseDockerEvent(line);
    if (!event) return;
    lastEventTime = event.time;
    chunkEvents.push(event);
  });
  const pushText = (text: string) => {
    splitter.push(text);
    if (chunkEvents.length === 0) return;
    const events = chunkEvents;
    chunkEvents = [];
    options.onEvents(events);
  };

  const statusFrame = (s: LiveState) =>
    sseData({ type: "status", state: s, ...options.position?.() });

  const setState = (next: LiveState | "idle") => {
    if (state === next) return;
    state = next;
    options.onState?.(next);
    if (next !== "idle") hub.broadcast(statusFrame(next));
  };

  const releaseHandle = () => {
    if (!handle) return;
    const h = handle;
    handle = null;
    counters.streamsActive -= 1;
    h.close();
  };

  const scheduleRetry = () => {
    failures += 1;
    setState(failures >= downAfter ? "down" : "reconnecting");
    const delay = backoff[Math.min(failures - 1, backoff.length - 1)] ?? 1000;
    retryTimer = setTimeout(connect, delay);
  };

  function connect() {
    retryTimer = undefined;
    const mine = ++generation;
    if (state === "idle") state = "connecting";
    counters.openAttempts += 1;
    const since = resumeFrom === null ? undefined : sinceAfter(resumeFrom);
    const startedAt = now();
    options
      .open(since, {
        onText: (text) => {
          if (mine === generation) pushText(text);
        },
        onEnd: (error) => {
          if (mine !== generation) return;
          generation += 1;
          splitter.reset();
          if (handle) {
            handle = null;
            counters.streamsActive -= 1;
          }
          log(`Docker event stream ended${error ? `: ${String(error)}` : ""}; reconnecting`);
          scheduleRetry();
        },
      })
      .then(
        (h) => {
          if (mine !== generation) {
            // Abandoned while connecting (the last client left): do not keep it.
            h.close();
            return;
          }
          handle = h;
          counters.streamsOpened += 1;
          counters.streamsActive += 1;
          // Without an event yet, resume from when this stream started (1 s early: clocks and
          // replays are harmless, a missed event is not).
          if (resumeFrom === null) resumeFrom = BigInt(startedAt - 1000) * 1_000_000n;
          if (failures > 0) log("Docker event stream is back");
          failures = 0;
          setState("live");
        },
        (error: unknown) => {
          if (mine !== generation) return;
          // Once per outage: retries go on with backoff without filling the log.
          if (failures === 0)
            log(`Cannot open the Docker event stream: ${String(error)}; retrying`);
          scheduleRetry();
        },
      );
  }

  function startHeartbeat() {
    if (heartbeat === undefined)
      heartbeat = setInterval(() => hub.broadcast(SSE_HEARTBEAT), heartbeatMs);
  }

  function stopHeartbeat() {
    if (heartbeat !== undefined) clearInterval(heartbeat);
    heartbeat = undefined;
  }

  /** No client for a while: close the Docker stream and forget the position. */
  function stop() {
    lingerTimer = undefined;
    if (hub.size > 0) return;
    if (heldUntil > now()) {
      scheduleStop();
      return;
    }
    generation += 1;
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    splitter.reset();
    releaseHandle();
    setState("idle");
    failures = 0;
    resumeFrom = null;
  }

  return {
    subscribe(send, audience) {
      if (lingerTimer !== undefined) clearTimeout(lingerTimer);
      lingerTimer = undefined;
      const unsubscribe = hub.subscribe(send, audience);
      // A newcomer learns the state at once; while the first connect is pending, it hears "live" with everyone.
      if (state === "live" || state === "reconnecting" || state === "down") {
        try {
          send(statusFrame(state));
        } catch {
          unsubscribe();
        }
      }
      startHeartbeat();
      if (state === "idle") connect();
      return unsubscribe;
    },
    broadcast: (frame) => hub.broadcast(frame),
    hold(ms) {
      heldUntil = Math.max(heldUntil, now() + ms);
      if (state === "idle") connect();
      if (hub.size === 0) scheduleStop();
    },
    stats() {
      return {
        ...counters,
        subscribers: hub.size,
        streamListeners: handle?.listeners() ?? 0,
        state,
        lastEventTime,
      };
    },
    shutdown() {
      stopHeartbeat();
      if (lingerTimer !== undefined) clearTimeout(lingerTimer);
      lingerTimer = undefined;
      generation += 1;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
      releaseHandle();
      setState("idle");
    },
  };
}
