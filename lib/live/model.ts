import type { Snapshot } from "@/lib/model/snapshot";
import { CONFIRM_REREAD_MS, holdUnconfirmedRemovals } from "./confirm-removals";
import type { LiveEvent, PatchMessage } from "./message";
import { applyChanges, changesFrom, isEmptyChanges, type Refresh } from "./patch";
import { emptyPlan, isEmptyPlan, planFor, type RefreshPlan } from "./refresh-plan";
import { servicesInFlight, settleDelay } from "./settle";

/**
 * The server's live model (an informer, in client-go's terms): one snapshot per
 * process, built once, then kept current by the Docker events stream. Every
 * reader gets it without a Docker call; each change costs one targeted re-read
 * whatever the number of viewers, and becomes a revisioned patch pushed to all.
 *
 * Pure of Docker and of the network: reads and fan-out are injected, so the
 * ordering (single flight, leading edge, settle, reconcile) is unit-tested.
 */
export type ModelDeps = {
  /** A full read of the snapshot (constant number of Docker calls). */
  build(): Promise<Snapshot>;
  /** Re-reads what the plan names. */
  refresh(plan: RefreshPlan, base: Snapshot): Promise<Refresh>;
  /** Fan-out of one revision's patch (null when the data did not change) and the events behind it. */
  publish(patch: PatchMessage | null, events: LiveEvent[]): void;
  /** Viewers following the model right now (SSE clients): reconcile only runs for someone. */
  watchers?: () => number;
  now?: () => number;
  epoch?: string;
  /** Full re-read interval that catches anything the events missed. */
  reconcileMs?: number;
  /** While the event stream is down, reads go to Docker at most once per this window. */
  directReadMs?: number;
  log?: (message: string) => void;
};

export type ModelStats = {
  epoch: string;
  revision: number;
  builds: number;
  refreshes: number;
  settles: number;
  reconciles: number;
  streamLive: boolean;
};

export type LiveModel = {
  /** The snapshot: from the model while the stream is live; otherwise a bounded direct read. */
  read(): Promise<Snapshot>;
  /** Builds the model if it has none yet (an SSE client arrived). */
  ensure(): Promise<void>;
  /** Re-reads `plan` now and publishes what changed (after our own writes: read-your-writes). */
  refreshNow(plan: RefreshPlan): Promise<void>;
  /** Parsed Docker events, in stream order. */
  onEvents(events: LiveEvent[]): void;
  /** The events stream's health: reads are served from the model only while it is live. */
  setStreamLive(live: boolean): void;
  position(): { epoch: string; revision: number };
  stats(): ModelStats;
  shutdown(): void;
};

export const RECONCILE_MS = 60_000;
export const DIRECT_READ_MS = 1_000;

const newEpoch = () =>
  `${Date.now().toString(36)}-${Math.floor(Math.random() * 2 ** 32).toString(36)}`;

export function createLiveModel(deps: ModelDeps): LiveModel {
  const now = deps.now ?? Date.now;
  const rawLog = deps.log ?? (() => {});
  // Once per outage: while Docker is away every re-read fails, and the log should say so once.
  let failing = false;
  const log = (message: string) => {
    if (!failing) rawLog(`${message} (further failures are not logged until a re-read succeeds)`);
    failing = true;
  };
  const epoch = deps.epoch ?? newEpoch();
  const reconcileMs = deps.reconcileMs ?? RECONCILE_MS;
  const directReadMs = deps.directReadMs ?? DIRECT_READ_MS;

  let current: Snapshot | null = null;
  let revision = 0;
  let streamLive = false;
  let readAt = 0;
  let lastUse = 0;
  let stopped = false;
  const counters = { builds: 0, refreshes: 0, settles: 0, reconciles: 0 };
  // Objects a read missed without a removal event: gone only if the next read agrees.
  const pendingRemovals = new Map<string, number>();

  // Every change to `current` runs in this one chain, so two re-reads never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => {});
    return run;
  };

  const stamp = (s: Snapshot): Snapshot => ({ ...s, revision, epoch, live: streamLive });

  /** Applies a re-read as the next revision and publishes it; returns whether anything changed. */
  function commit(refresh: Refresh, events: LiveEvent[]): boolean {
    if (!current) return false;
    failing = false;
    const { changes, held } = holdUnconfirmedRemovals(
      changesFrom(current, refresh),
      refresh,
      events,
      pendingRemovals,
      now(),
    );
    if (held.length > 0) scheduleReconcile(CONFIRM_REREAD_MS);
    if (isEmptyChanges(changes)) {
      if (events.length > 0)
        deps.publish(
          null,
          events.map((e) => ({ ...e, revision })),
        );
      return false;
    }
    revision += 1;
    const fetchedAt = new Date(now()).toISOString();
    current = stamp({ ...applyChanges(current, changes), fetchedAt });
    deps.publish(
      { type: "patch", epoch, revision, fetchedAt, changes },
      events.map((e) => ({ ...e, revision })),
    );
    return true;
  }

  // --- full builds: single flight, shared by every concurrent reader ---
  let building: Promise<Snapshot> | null = null;
  function fullRead(): Promise<Snapshot> {
    if (building) return building;
    const wasFirst = current === null;
    building = exclusive(async () => {
      counters.builds += 1;
      const fresh = await deps.build();
      readAt = now();
      if (!current) {
        current = stamp(fresh);
      } else {
        // A re-read of everything: publish what differs from the model as one revision.
        commit(fullRefreshOf(fresh), []);
      }
      return current as Snapshot;
    }).finally(() => {
      building = null;
    });
    if (wasFirst)
      void building.then(
        () => scheduleSettle(),
        () => {},
      );
    return building;
  }

  // --- events: the first of a burst goes at once, the rest of the burst coalesces ---
  let queue: LiveEvent[] = [];
  let draining = false;
  async function drain() {
    if (draining) return;
    draining = true;
    try {
      while (queue.length > 0 && !stopped) {
        const batch = queue;
        queue = [];
        if (!current && building) await building.catch(() => {});
        if (!current) {
          // No model yet: nothing to patch, but pages still light up the rows.
          deps.publish(null, batch);
          continue;
        }
        const plan = planFor(batch);
        if (isEmptyPlan(plan)) {
          deps.publish(
            null,
            batch.map((e) => ({ ...e, revision })),
          );
          continue;
        }
        await exclusive(async () => {
          counters.refreshes += 1;
          const base = current as Snapshot;
          commit(await deps.refresh(plan, base), batch);
        }).catch((e: unknown) => {
          log(`Live model re-read failed: ${String(e)}; a full re-read follows`);
          scheduleReconcile(1_000);
        });
        settleAttempt = 0;
        scheduleSettle(true);
      }
    } finally {
      draining = false;
    }
  }

  // --- settle: remote task states change without events; one loop for everybody ---
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleAttempt = 0;
  function scheduleSettle(restart = false) {
    if (stopped || !current) return;
    if (restart && settleTimer !== undefined) {
      clearTimeout(settleTimer);
      settleTimer = undefined;
    }
    if (settleTimer !== undefined) return;
    const delay = settleDelay(current, settleAttempt);
    if (delay === null) {
      if (servicesInFlight(current).length === 0) settleAttempt = 0;
      return;
    }
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      settleAttempt += 1;
      void exclusive(async () => {
        if (!current) return;
        counters.settles += 1;
        const ids = servicesInFlight(current);
        if (ids.length === 0) return;
        const plan: RefreshPlan = { ...emptyPlan(), services: ids, tasksOf: ids };
        commit(await deps.refresh(plan, current), []);
      })
        .catch((e: unknown) => log(`Live model settle re-read failed: ${String(e)}`))
        .finally(() => scheduleSettle());
    }, delay);
  }

  // --- reconcile: a slow full re-read guards against missed events ---
  let reconcileTimer: ReturnType<typeof setTimeout> | undefined;
  let reconcileDueAt = 0;
  /** Re-reads everything after `delay`, unless a re-read is already due sooner (never postpones). */
  function scheduleReconcile(delay = reconcileMs) {
    if (stopped) return;
    if (reconcileTimer !== undefined) {
      if (reconcileDueAt <= now() + delay) return;
      clearTimeout(reconcileTimer);
    }
    reconcileDueAt = now() + delay;
    reconcileTimer = setTimeout(() => {
      reconcileTimer = undefined;
      const someone = (deps.watchers?.() ?? 0) > 0 || now() - lastUse < reconcileMs;
      if ((current || building) && someone) {
        counters.reconciles += 1;
        // A build in flight may predate what we must catch up with: re-read after it.
        void (building ?? Promise.resolve())
          .catch(() => {})
          .then(fullRead)
          .catch((e: unknown) => log(`Live model reconcile failed: ${String(e)}`))
          .finally(() => scheduleReconcile());
      } else {
        scheduleReconcile();
      }
    }, delay);
    (reconcileTimer as { unref?: () => void }).unref?.();
  }
  scheduleReconcile();

  return {
    async read() {
      lastUse = now();
      if (current && streamLive) return current;
      // Not following events (stream down or not open yet): read Docker, at most once a window.
      // `current` is stamped whenever it or the stream's state changes, so it is returned as is
      // (the same object until it changes: what the per-revision JSON cache keys on).
      if (current && now() - readAt < directReadMs) return current;
      return fullRead();
    },
    async ensure() {
      lastUse = now();
      if (!current) await fullRead();
    },
    async refreshNow(plan) {
      if (!current || stopped) return;
      await exclusive(async () => {
        if (!current) return;
        counters.refreshes += 1;
        commit(await deps.refresh(plan, current), []);
      });
      scheduleSettle(true);
    },
    onEvents(events) {
      if (events.length === 0 || stopped) return;
      queue.push(...events);
      void drain();
    },
    setStreamLive(live) {
      if (live === streamLive) return;
      streamLive = live;
      if (current) current = stamp(current);
      // Live again (or for the first time): events may have been lost before the stream was
      // open, also during a build still in flight. One full re-read closes the gap.
      if (live && (current || building)) scheduleReconcile(0);
    },
    position: () => ({ epoch, revision }),
    stats: () => ({ epoch, revision, streamLive, ...counters }),
    shutdown() {
      stopped = true;
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      if (reconcileTimer !== undefined) clearTimeout(reconcileTimer);
    },
  };
}

/** A full snapshot as a refresh of every collection (what a full re-read replaces). */
export function fullRefreshOf(s: Snapshot): Refresh {
  return {
    networks: { scope: "all", items: s.networks },
    services: { scope: "all", items: s.services },
    tasks: { scope: "all", items: s.tasks },
    nodes: { scope: "all", items: s.nodes },
    containers: { scope: "all", items: s.containers },
    engine: s.engine,
    swarm: s.swarm,
    gwbridgeEndpoints: s.gwbridgeEndpoints,
  };
}
