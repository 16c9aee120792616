/**
 * The fan-out registry: one source, any number of SSE clients. A client that
 * throws while being written to (its connection is gone) is dropped, so a dead
 * client can never block or grow the others.
 *
 * Clients belong to an audience (admins see label values that viewers must
 * not): a broadcast may give one frame per audience, built once for all its
 * clients rather than once per client.
 */
export type Send = (frame: string) => void;
export type Audience = "admin" | "viewer";
export type Frame = string | ((audience: Audience) => string);

export type Hub = {
  subscribe(send: Send, audience?: Audience): () => void;
  broadcast(frame: Frame): void;
  readonly size: number;
};

export function createHub(onEmpty?: () => void): Hub {
  const subscribers = new Map<Send, Audience>();
  const remove = (send: Send) => {
    if (subscribers.delete(send) && subscribers.size === 0) onEmpty?.();
  };
  return {
    subscribe(send, audience = "viewer") {
      subscribers.set(send, audience);
      return () => remove(send);
    },
    broadcast(frame) {
      const built = new Map<Audience, string>();
      const frameFor = (audience: Audience) => {
        if (typeof frame === "string") return frame;
        let text = built.get(audience);
        if (text === undefined) {
          text = frame(audience);
          built.set(audience, text);
        }
        return text;
      };
      for (const [send, audience] of [...subscribers]) {
        try {
          send(frameFor(audience));
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
