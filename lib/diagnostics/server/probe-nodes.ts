import "server-only";
import net from "node:net";
import type { Snapshot } from "@/lib/model/snapshot";
import {
  assertNodeTargets,
  type Connector,
  PROBE_CONCURRENCY,
  PROBE_DEFAULT_TIMEOUT_MS,
  PROBE_MAX_TIMEOUT_MS,
  type ProbePorts,
  type ProbeResultState,
  probeTargets,
} from "../probe";

/** The firewall probe's I/O: TCP connects to the targets ../probe.ts picks. */

/** The part of a socket the probe uses, so tests can stand in for one that never answers. */
export type ProbeSocket = {
  once(event: "connect", listener: () => void): unknown;
  once(event: "error", listener: (err: NodeJS.ErrnoException) => void): unknown;
  destroy(): unknown;
};
export type SocketFactory = (options: { host: string; port: number }) => ProbeSocket;

export function makeTcpConnect(
  createSocket: SocketFactory = (options) => net.createConnection(options),
): Connector {
  return (host, port, timeoutMs) =>
    new Promise((resolve) => {
      const socket = createSocket({ host, port });
      let settled = false;
      const finish = (result: ProbeResultState) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        resolve(result);
      };
      const timer = setTimeout(
        () => finish({ state: "filtered", reason: `no answer within ${timeoutMs} ms` }),
        timeoutMs,
      );
      socket.once("connect", () => finish({ state: "open", reason: "connected" }));
      socket.once("error", (err) =>
        finish(
          err.code === "ECONNREFUSED"
            ? { state: "closed", reason: "connection refused" }
            : // EHOSTUNREACH/ENETUNREACH: an ICMP reject or no route; the port is not reachable either way.
              { state: "filtered", reason: err.code ?? err.message },
        ),
      );
    });
}

export const tcpConnect: Connector = makeTcpConnect();

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export type ProbeOptions = {
  timeoutMs?: number;
  concurrency?: number;
  connect?: Connector;
  ports?: ProbePorts;
};

export async function probeNodes(snapshot: Snapshot, options: ProbeOptions = {}) {
  const timeoutMs = Math.min(options.timeoutMs ?? PROBE_DEFAULT_TIMEOUT_MS, PROBE_MAX_TIMEOUT_MS);
  const connect = options.connect ?? tcpConnect;
  const targets = probeTargets(snapshot, options.ports);
  assertNodeTargets(snapshot, targets);
  return mapLimit(targets, options.concurrency ?? PROBE_CONCURRENCY, async (t) => ({
    ...t,
    ...(await connect(t.host, t.port, timeoutMs)),
  }));
}
