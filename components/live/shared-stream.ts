/**
 * One server-sent events connection per browser, shared by its tabs: browsers
 * allow 6 HTTP/1.1 connections per host, so one EventSource per tab left the
 * 7th tab without a connection to load its page. The tab holding a Web Lock is
 * the leader: it owns the EventSource and relays what it hears over a
 * BroadcastChannel; the others listen. When the leader closes, the lock passes
 * to the next tab, which opens the stream. Without Web Locks (plain http on a
 * non-local address is not a secure context) each tab keeps its own stream.
 */
export type StreamCallbacks = {
  onOpen(): void;
  /** The connection failed; `closed`: the browser gave up (an HTTP error) rather than retrying. */
  onError(closed: boolean): void;
  onData(data: string): void;
};

export type StreamOpener = (url: string, callbacks: StreamCallbacks) => () => void;

type Relay =
  | { kind: "open" }
  | { kind: "error"; closed: boolean }
  | { kind: "data"; data: string }
  | { kind: "hello" };

const LOCK = "swarmnet-live-leader";
const CHANNEL = "swarmnet-live";

const MAX_RETRY_MS = 15_000;

/**
 * The tab's own EventSource (also what the leader uses), reopened with backoff
 * after a refusal such as a 503 (the browser itself retries only dropped
 * connections). Returns a close function.
 */
export const openEventSource: StreamOpener = (url, callbacks) => {
  let es: EventSource | null = null;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const connect = () => {
    retryTimer = undefined;
    if (stopped) return;
    const source = new EventSource(url);
    es = source;
    source.onopen = () => {
      failures = 0;
      callbacks.onOpen();
    };
    source.onmessage = (e: MessageEvent<string>) => callbacks.onData(e.data);
    source.onerror = () => {
      failures += 1;
      const closed = source.readyState === EventSource.CLOSED;
      callbacks.onError(closed);
      if (!closed) return;
      source.close();
      es = null;
      retryTimer = setTimeout(connect, Math.min(1000 * 2 ** (failures - 1), MAX_RETRY_MS));
    };
  };
  connect();
  return () => {
    stopped = true;
    es?.close();
    if (retryTimer !== undefined) clearTimeout(retryTimer);
  };
};

export const canShareStream = () =>
  typeof navigator !== "undefined" && !!navigator.locks && typeof BroadcastChannel !== "undefined";

/**
 * Opens the browser's shared stream (or this tab's own). `open` is how the
 * leader connects (it reconnects through it after a refusal).
 */
export function openSharedStream(
  url: string,
  callbacks: StreamCallbacks,
  open: StreamOpener = openEventSource,
): { close(): void; role(): "leader" | "follower" | "alone" } {
  if (!canShareStream()) {
    const close = open(url, callbacks);
    return { close, role: () => "alone" };
  }
  const channel = new BroadcastChannel(`${CHANNEL}:${url}`);
  const abort = new AbortController();
  let role: "leader" | "follower" = "follower";
  let stopLeading: (() => void) | null = null;
  // What a newcomer needs to hear from the leader: is the connection open, the last status,
  // and the latest revision, so a tab that missed patches while loading resyncs at once.
  let lastConnection: Relay | null = null;
  let lastStatus: Record<string, unknown> | null = null;
  let lastRevision: number | null = null;

  const remember = (data: string) => {
    try {
      const m = JSON.parse(data) as { type?: string; revision?: unknown; epoch?: unknown };
      if (m.type === "status") {
        // Another epoch (the server restarted): its revisions start again.
        if (lastStatus && m.epoch !== lastStatus.epoch) lastRevision = null;
        lastStatus = m;
      }
      if (typeof m.revision === "number") lastRevision = Math.max(lastRevision ?? 0, m.revision);
    } catch {
      // not ours to judge: the page's handler ignores it too
    }
  };

  const post = (m: Relay) => {
    try {
      channel.postMessage(m);
    } catch {
      // the channel is closed: this tab is going away
    }
  };

  channel.onmessage = (e: MessageEvent<Relay>) => {
    const m = e.data;
    if (role === "leader") {
      if (m.kind === "hello") {
        if (lastConnection) post(lastConnection);
        if (lastStatus) {
          const position = lastRevision === null ? {} : { revision: lastRevision };
          post({ kind: "data", data: JSON.stringify({ ...lastStatus, ...position }) });
        }
      }
      return;
    }
    if (m.kind === "open") callbacks.onOpen();
    else if (m.kind === "error") callbacks.onError(false);
    else if (m.kind === "data") callbacks.onData(m.data);
  };
  post({ kind: "hello" });

  void navigator.locks
    .request(LOCK + url, { signal: abort.signal }, () => {
      role = "leader";
      const closeSource = open(url, {
        onOpen() {
          lastConnection = { kind: "open" };
          post(lastConnection);
          callbacks.onOpen();
        },
        onError(closed) {
          lastConnection = { kind: "error", closed };
          post({ kind: "error", closed: false });
          callbacks.onError(closed);
        },
        onData(data) {
          remember(data);
          post({ kind: "data", data });
          callbacks.onData(data);
        },
      });
      // Hold the lock (and the stream) until this tab closes the connection.
      return new Promise<void>((resolve) => {
        stopLeading = () => {
          closeSource();
          resolve();
        };
      });
    })
    .catch(() => {
      // aborted before this tab became the leader
    });

  return {
    close() {
      abort.abort();
      stopLeading?.();
      channel.close();
    },
    role: () => role,
  };
}
