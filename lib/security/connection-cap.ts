/**
 * Open Server-Sent Events connections per client address. Each one holds a socket and a
 * subscriber in the live hub for as long as the client likes, so one client opening
 * thousands would starve everyone else. A browser needs one per tab, but an office behind
 * one NAT address is many browsers, hence a generous default
 * (SWARMNET_MAX_STREAMS_PER_CLIENT changes it).
 */
export const MAX_STREAMS_PER_CLIENT = 64;

export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly max = MAX_STREAMS_PER_CLIENT) {}

  /** A release function (call it once, when the connection ends), or null when at the cap. */
  acquire(client: string): (() => void) | null {
    const n = this.open.get(client) ?? 0;
    if (n >= this.max) return null;
    this.open.set(client, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(client) ?? 1) - 1;
      if (left <= 0) this.open.delete(client);
      else this.open.set(client, left);
    };
  }

  count(client: string): number {
    return this.open.get(client) ?? 0;
  }
}

/**
 * The response with its body wrapped so that `release` runs exactly once when the stream
 * ends, errors, or is cancelled by the client going away.
 */
export function releaseWhenDone(res: Response, release: () => void): Response {
  if (!res.body) {
    release();
    return res;
  }
  const reader = res.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (e) {
        release();
        controller.error(e);
      }
    },
    cancel(reason) {
      release();
      return reader.cancel(reason);
    },
  });
  return new Response(body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}
