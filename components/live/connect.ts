import type { QueryClient } from "@tanstack/react-query";
import {
  becameLive,
  type ClientLive,
  type ClientLiveInput,
  initialClientLive,
  nextClientLive,
} from "@/lib/live/client-state";
import type { LiveEvent, LiveMessage } from "@/lib/live/message";
import type { RecentStore } from "@/lib/live/recent";
import { createSerialRunner } from "@/lib/live/serial";
import {
  affectedBy,
  invalidateAffected,
  invalidateAllLive,
  mergeAffected,
  noneAffected,
} from "@/lib/query/live";

export type ConnectOptions = {
  url: string;
  client: QueryClient;
  recent: RecentStore;
  onStatus: (status: ClientLive) => void;
};

// Messages of one server batch arrive as separate EventSource events: gather them briefly.
const GATHER_MS = 10;
const MAX_RETRY_MS = 15_000;

/**
 * The tab's one EventSource: events invalidate exactly the queries they touch,
 * name the rows to highlight, and a return to live after a gap refetches what
 * may have been missed. Reconnects by itself (the browser retries dropped
 * connections; we reopen after a refusal such as a 503). Returns a cleanup.
 */
export function connectLive({ url, client, recent, onStatus }: ConnectOptions): () => void {
  let status = initialClientLive;
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let gatherTimer: ReturnType<typeof setTimeout> | undefined;
  let gathered: LiveEvent[] = [];
  let pending = noneAffected();
  let stopped = false;

  const refetch = createSerialRunner(async () => {
    const job = pending;
    pending = noneAffected();
    await invalidateAffected(client, job);
  });

  const step = (input: ClientLiveInput) => {
    const next = nextClientLive(status, input, Date.now());
    const resumed = becameLive(status, next);
    status = next;
    onStatus(next);
    if (resumed) void invalidateAllLive(client);
  };

  const apply = () => {
    gatherTimer = undefined;
    const events = gathered;
    gathered = [];
    pending = mergeAffected(pending, affectedBy(events));
    recent.mark(events.flatMap((e) => [e.name, e.service ?? ""]));
    refetch.request();
  };

  const onMessage = (e: MessageEvent<string>) => {
    let message: LiveMessage;
    try {
      message = JSON.parse(e.data) as LiveMessage;
    } catch {
      return;
    }
    if (message.type === "status") {
      step({ kind: "status", state: message.state });
      return;
    }
    gathered.push(message);
    if (gatherTimer === undefined) gatherTimer = setTimeout(apply, GATHER_MS);
  };

  const open = () => {
    retryTimer = undefined;
    if (stopped) return;
    const es = new EventSource(url);
    source = es;
    es.onopen = () => step({ kind: "open" });
    es.onmessage = onMessage;
    es.onerror = () => {
      step({ kind: "error" });
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (an HTTP error); we retry.
      if (es.readyState === EventSource.CLOSED) {
        es.close();
        source = null;
        const delay = Math.min(1000 * 2 ** Math.max(0, status.failures - 1), MAX_RETRY_MS);
        retryTimer = setTimeout(open, delay);
      }
    };
  };

  open();
  return () => {
    stopped = true;
    source?.close();
    source = null;
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    if (gatherTimer !== undefined) clearTimeout(gatherTimer);
  };
}
