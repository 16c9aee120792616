import type { LiveEvent } from "./message";

/**
 * Gathers a burst of events (a `service scale` emits dozens within a second)
 * into one batch. The window starts at the first event of a burst, so an event
 * never waits longer than `windowMs`; within a batch, repeats of the same
 * object and action collapse into the latest one, in first-seen order.
 */
export type Coalescer = {
  push(event: LiveEvent): void;
  /** Sends what is pending now (used when the stream ends). */
  flush(): void;
  /** Drops what is pending and stops the timer. */
  dispose(): void;
  readonly pending: number;
};

export const COALESCE_MS = 100;

export const eventKey = (e: LiveEvent) => `${e.type}\u0000${e.id}\u0000${e.action}`;

export function createCoalescer(
  onFlush: (batch: LiveEvent[]) => void,
  windowMs = COALESCE_MS,
): Coalescer {
  let batch = new Map<string, LiveEvent>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (batch.size === 0) return;
    const events = [...batch.values()];
    batch = new Map();
    onFlush(events);
  };

  return {
    push(event) {
      const key = eventKey(event);
      // A repeat keeps its first slot but carries the latest time (and a name if it had none).
      const previous = batch.get(key);
      batch.set(key, previous ? { ...event, name: event.name || previous.name } : event);
      if (timer === undefined) timer = setTimeout(flush, windowMs);
    },
    flush,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      batch = new Map();
    },
    get pending() {
      return batch.size;
    },
  };
}
