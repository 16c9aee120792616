/**
 * The fan-out registry: one source, any number of SSE clients. A client that
 * throws while being written to (its connection is gone) is dropped, so a dead
 * client can never block or grow the others.
 */
export type Send = (frame: string) => void;

export type Hub = {
  subscribe(send: Send): () => void;
  broadcast(frame: string): void;
  readonly size: number;
};

export function createHub(onEmpty?: () => void): Hub {
  const subscribers = new Set<Send>();
  const remove = (send: Send) => {
    if (subscribers.delete(send) && subscribers.size === 0) onEmpty?.();
  };
  return {
    subscribe(send) {
      subscribers.add(send);
      return () => remove(send);
    },
    broadcast(frame) {
      for (const send of [...subscribers]) {
        try {
          send(frame);
        } catch {
          remove(send);
        }
      }
    },
    get size() {
      return subscribers.size;
    },
  };
}
