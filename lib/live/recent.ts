/**
 * Names of objects that changed in the last few seconds, so a table can light
 * up the row an event named. A tiny external store for useSyncExternalStore.
 */
export type RecentStore = {
  mark(names: Iterable<string>): void;
  has(name: string): boolean;
  subscribe(listener: () => void): () => void;
  readonly size: number;
  readonly listeners: number;
};

export const RECENT_MS = 3_000;

export function createRecentStore(ttlMs = RECENT_MS, now: () => number = Date.now): RecentStore {
  const until = new Map<string, number>();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => {
    for (const l of [...listeners]) l();
  };

  // One timer for the earliest expiry, rather than one per name.
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (until.size === 0) return;
    const next = Math.min(...until.values());
    timer = setTimeout(expire, Math.max(0, next - now()));
  };

  function expire() {
    const t = now();
    let changed = false;
    for (const [name, end] of until) {
      if (end <= t) {
        until.delete(name);
        changed = true;
      }
    }
    schedule();
    if (changed) notify();
  }

  return {
    mark(names) {
      const end = now() + ttlMs;
      let added = false;
      for (const name of names) {
        if (!name) continue;
        until.set(name, end);
        added = true;
      }
      if (!added) return;
      schedule();
      notify();
    },
    has: (name) => until.has(name),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get size() {
      return until.size;
    },
    get listeners() {
      return listeners.size;
    },
  };
}
