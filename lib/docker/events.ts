import "server-only";
import type { IncomingMessage } from "node:http";
import Docker from "dockerode";
import { getEnv } from "@/lib/env";
import { EVENT_TYPES } from "@/lib/live/message";
import type { OpenStream } from "@/lib/live/stream";
import { dockerOptionsFrom } from "./client";

/**
 * Opens Docker's events stream for the process's one subscription (the
 * wiring lives in lib/server/live.ts; reconnects and fan-out in
 * lib/live/service.ts). Its own dockerode client: the shared one has a request
 * timeout, which would cut a quiet event stream after 10 s.
 */
function eventsClient(): Docker {
  const options = dockerOptionsFrom(getEnv()) as Record<string, unknown>;
  delete options.timeout;
  return new Docker(options as ConstructorParameters<typeof Docker>[0]);
}

export const openDockerEvents: OpenStream = async (since, handlers) => {
  const client = eventsClient();
  // `since` goes as "seconds.nanoseconds" text (the types say number; a float would round it).
  const options = { filters: { type: [...EVENT_TYPES] }, ...(since ? { since } : {}) };
  const stream = (await client.getEvents(
    options as unknown as Docker.GetEventsOptions,
  )) as unknown as IncomingMessage;
  let done = false;
  const end = (error?: unknown) => {
    if (done) return;
    done = true;
    detach();
    handlers.onEnd(error);
  };
  const onData = (text: string) => handlers.onText(text);
  const onError = (e: unknown) => end(e);
  const onClose = () => end();
  function detach() {
    stream.off("data", onData);
    stream.off("error", onError);
    stream.off("end", onClose);
    stream.off("close", onClose);
    // Keep swallowing a late socket error once we no longer listen.
    stream.on("error", () => {});
  }
  // A streaming UTF-8 decoder: a character split across chunks stays whole.
  stream.setEncoding("utf8");
  stream.on("data", onData);
  stream.on("error", onError);
  stream.on("end", onClose);
  stream.on("close", onClose);
  return {
    close() {
      if (done) return;
      done = true;
      detach();
      stream.destroy();
    },
    // Our own handlers still attached to the socket: 4 while open, 0 once closed.
    listeners: () =>
      (["data", "error", "end", "close"] as const).reduce(
        (n, event) =>
          n +
          stream.listeners(event).filter((l) => l === onData || l === onError || l === onClose)
            .length,
        0,
      ),
  };
};
