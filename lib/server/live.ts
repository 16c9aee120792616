import "server-only";
import { buildSnapshot, openDockerEvents, readRefresh } from "@/lib/docker";
import { sseData } from "@/lib/live/message";
import { createLiveModel, type LiveModel } from "@/lib/live/model";
import { emptyPlan } from "@/lib/live/refresh-plan";
import { createLiveEvents, type LiveEvents } from "@/lib/live/service";
import type { Snapshot } from "@/lib/model/snapshot";
import { forRole } from "@/lib/security/hidden";

/**
 * The process's live model and its one Docker events stream, wired together:
 * events → model re-read → one patch frame broadcast to every SSE client.
 * Kept on globalThis: dev reloads and the separate route bundles of a
 * production build must all share one.
 */
type Live = { events: LiveEvents; model: LiveModel };

const globalForLive = globalThis as unknown as { swarmnetLive?: Live };

// A reader (a script polling /api/snapshot, a page render) keeps the events stream open this
// long, so its next reads are answered from the model rather than from Docker.
const READER_HOLD_MS = 5 * 60_000;

const log = (message: string) => console.warn(`[swarmnet] ${message}`);

function createLive(): Live {
  // The model publishes through the stream's fan-out, which is created right after it.
  let events: LiveEvents | null = null;
  const model = createLiveModel({
    build: buildSnapshot,
    refresh: readRefresh,
    publish(patch, changed) {
      if (!patch && changed.length === 0) return;
      // Viewers get the patch with secret-looking label values and engine addresses redacted.
      events?.broadcast((audience) => {
        const message = patch && audience !== "admin" ? forRole(patch, "viewer") : patch;
        return (message ? sseData(message) : "") + changed.map(sseData).join("");
      });
    },
    watchers: () => events?.stats().subscribers ?? 0,
    log,
  });
  events = createLiveEvents({
    open: openDockerEvents,
    onEvents: (batch) => model.onEvents(batch),
    onState: (state) => model.setStreamLive(state === "live"),
    position: () => model.position(),
    log,
  });
  return { events, model };
}

export function live(): Live {
  globalForLive.swarmnetLive ??= createLive();
  return globalForLive.swarmnetLive;
}

export const liveEvents = (): LiveEvents => live().events;

/**
 * The snapshot every read route and page uses: from the live model (no Docker
 * call) while the events stream is live; a bounded direct read otherwise.
 */
export async function readSnapshot(): Promise<Snapshot> {
  const { events, model } = live();
  events.hold(READER_HOLD_MS);
  return model.read();
}

/**
 * After one of our own changes: re-read what it touched before answering, so
 * the caller's next read shows it (the Docker event may still be on its way).
 */
export async function syncAfterWrite(changed: {
  services?: string[];
  networks?: string[];
}): Promise<void> {
  const plan = emptyPlan();
  if (changed.services?.length) {
    plan.services = changed.services;
    plan.tasksOf = changed.services;
  }
  if (changed.networks?.length) plan.networks = changed.networks;
  try {
    await live().model.refreshNow(plan);
  } catch {
    // The change itself succeeded; the events stream or the next reconcile catches up.
  }
}
