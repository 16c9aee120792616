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
  invalidateDetails,
  mergeAffected,
  noneAffected,
} from "@/lib/query/live";
import { createSnapshotSync } from "@/lib/query/snapshot-sync";
import { openSharedStream } from "./shared-stream";

export type ConnectOptions = {
  url: string;
  client: QueryClient;
  recent: RecentStore;
  onStatus: (status: ClientLive) => void;
};

/**
 * The tab's live updates, over the browser's one shared stream: patches update
 * the cached snapshot in place (no request), events name the rows to highlight
 * and make the few queries patches do not cover stale (a network's detail, the
 * nodes list), and a status that shows the cache behind the server refetches
 * once. Returns a cleanup.
 */
export function connectLive({ url, client, recent, onStatus }: ConnectOptions): () => void {
  let status = initialClientLive;
  let pending = noneAffected();
  const sync = createSnapshotSync(client);

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
    if (resumed) void invalidateDetails(client);
  };

  const onEvent = (event: LiveEvent) => {
    recent.mark([event.name, event.service ?? ""]);
    const affected = affectedBy([event]);
    if (!affected.nodes && affected.networks.length === 0) return;
    pending = mergeAffected(pending, affected);
    refetch.request();
  };

  const onData = (data: string) => {
    let message: LiveMessage;
    try {
      message = JSON.parse(data) as LiveMessage;
    } catch {
      return;
    }
    if (message.type === "patch") {
      sync.onPatch(message);
    } else if (message.type === "status") {
      step({ kind: "status", state: message.state });
      sync.onPosition(message);
    } else {
      onEvent(message);
    }
  };

  const stream = openSharedStream(url, {
    onOpen: () => step({ kind: "open" }),
    onError: () => step({ kind: "error" }),
    onData,
  });
  return () => stream.close();
}
