import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/current";
import { ConnectionCap, releaseWhenDone } from "./connection-cap";

const g = globalThis as unknown as { swarmnetStreamCap?: ConnectionCap };

function cap(): ConnectionCap {
  if (!g.swarmnetStreamCap) {
    g.swarmnetStreamCap = new ConnectionCap(getEnv().SWARMNET_MAX_STREAMS_PER_CLIENT);
  }
  return g.swarmnetStreamCap;
}

/**
 * Every Server-Sent Events answer (whatever route makes it) is counted against its client's
 * cap until the stream closes. Past the cap the stream is cancelled at once, which
 * unsubscribes it, and the client gets 429. Other answers pass through untouched.
 */
export function capEventStream(req: { headers: Headers }, res: Response): Response {
  if (!res.headers.get("content-type")?.startsWith("text/event-stream")) return res;
  const release = cap().acquire(clientAddress(req));
  if (release) return releaseWhenDone(res, release);
  void res.body?.cancel().catch(() => {});
  throw new AppError(
    "rate_limited",
    t().errors.tooManyStreams(getEnv().SWARMNET_MAX_STREAMS_PER_CLIENT),
  );
}
