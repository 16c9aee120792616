import { route } from "@/lib/api/route";
import { live } from "@/lib/server/live";

export const dynamic = "force-dynamic";

// Frames a client may fall behind by before it is dropped (it reconnects and refetches).
const MAX_BACKLOG = 500;

/**
 * Server-Sent Events: every client shares the process's one Docker events
 * stream. `retry` tells EventSource how soon to come back after a drop.
 */
export const GET = route(
  { operation: "events.stream", access: "viewer" },
  async ({ req, role }) => {
    const encoder = new TextEncoder();
    let unsubscribe = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const close = () => {
          unsubscribe();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        const send = (frame: string) => {
          if ((controller.desiredSize ?? 0) < -MAX_BACKLOG) {
            close();
            throw new Error("SSE client too slow");
          }
          controller.enqueue(encoder.encode(frame));
        };
        controller.enqueue(encoder.encode("retry: 2000\n\n"));
        const { events, model } = live();
        unsubscribe = events.subscribe(send, role === "admin" ? "admin" : "viewer");
        // Patches need a model to apply to: the first client builds it (once, shared).
        void model.ensure().catch(() => {});
        if (req.signal.aborted) close();
        else req.signal.addEventListener("abort", close, { once: true });
      },
      cancel() {
        unsubscribe();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform: keeps compression from buffering the stream.
        "Cache-Control": "no-store, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  },
);
