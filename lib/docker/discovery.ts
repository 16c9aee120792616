import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import Docker from "dockerode";

/**
 * Engines behind one DNS name. In a stack, a socket proxy runs on every node (mode: global)
 * and `tasks.<proxy>` resolves to all of them, in no useful order: each address is asked
 * who it is (GET /info: its swarm node id and hostname), so that a server can talk to its
 * own node's engine, and read another node's local facts from that node's engine.
 */
export type Engine = { nodeId: string; hostname: string; url: string };
export type Identify = (url: string) => Promise<{ nodeId: string; hostname: string }>;

const TTL_MS = 15_000;

/** "tcp://tasks.proxy:2375" → its scheme, name and port. */
function parts(url: string): { scheme: string; host: string; port: string } {
  const u = new URL(url.replace(/^tcp:\/\//, "http://"));
  return { scheme: u.protocol === "https:" ? "https" : "tcp", host: u.hostname, port: u.port };
}

const identifyByInfo: Identify = async (url) => {
  const { scheme, host, port } = parts(url);
  const engine = new Docker({
    host,
    port: port || 2375,
    protocol: scheme === "https" ? "https" : "http",
    timeout: 2000,
  });
  const info = (await engine.info()) as { Name?: string; Swarm?: { NodeID?: string } };
  return { nodeId: info.Swarm?.NodeID ?? "", hostname: info.Name ?? "" };
};

export function createDiscovery(
  identify: Identify = identifyByInfo,
  resolve: (host: string) => Promise<string[]> = async (host) =>
    (await dnsLookup(host, { all: true })).map((a) => a.address),
  now = () => Date.now(),
) {
  const cache = new Map<string, { at: number; engines: Promise<Engine[]> }>();

  async function find(url: string): Promise<Engine[]> {
    const { scheme, host, port } = parts(url);
    const addresses = await resolve(host);
    const answers = await Promise.allSettled(
      addresses.map(async (address) => {
        const at = `${scheme}://${address.includes(":") ? `[${address}]` : address}:${port || 2375}`;
        return { ...(await identify(at)), url: at };
      }),
    );
    return answers.flatMap((a) => (a.status === "fulfilled" && a.value.nodeId ? [a.value] : []));
  }

  /** Every engine behind the name that answered, at most TTL_MS old. */
  function engines(url: string): Promise<Engine[]> {
    const hit = cache.get(url);
    if (hit && now() - hit.at < TTL_MS) return hit.engines;
    const engines = find(url);
    cache.set(url, { at: now(), engines });
    // A failed lookup is not kept: the next call asks again.
    engines.catch(() => cache.delete(url));
    return engines;
  }

  /** The engine behind the name that is this node (or has this hostname), if one answers. */
  async function engineOf(url: string, node: string): Promise<Engine | undefined> {
    let found = (await engines(url)).find((e) => e.nodeId === node || e.hostname === node);
    if (!found) {
      // A proxy task that started since the last look: look once more, now.
      cache.delete(url);
      found = (await engines(url)).find((e) => e.nodeId === node || e.hostname === node);
    }
    return found;
  }

  /**
   * A socket `lookup` that resolves the name to this node's engine only: dockerode then
   * talks to one engine, always the same, however many answer to the name.
   */
  function ownNodeLookup(url: string, nodeId: string): LookupFunction {
    return (_hostname, options, callback) => {
      engineOf(url, nodeId).then(
        (engine) => {
          if (!engine) {
            const error = Object.assign(
              new Error(`no engine behind ${parts(url).host} answers as node ${nodeId}`),
              { code: "ENOTFOUND" },
            );
            callback(error, "", 4);
            return;
          }
          const address = parts(engine.url).host.replace(/^\[|\]$/g, "");
          const family = address.includes(":") ? 6 : 4;
          if (options.all) (callback as AllCallback)(null, [{ address, family }]);
          else callback(null, address, family);
        },
        (e: NodeJS.ErrnoException) => callback(e, "", 4),
      );
    };
  }

  return { engines, engineOf, ownNodeLookup };
}

type AllCallback = (
  err: NodeJS.ErrnoException | null,
  addresses: { address: string; family: number }[],
) => void;

const g = globalThis as unknown as { swarmnetDiscovery?: ReturnType<typeof createDiscovery> };
/** One per process (the proxy and the route handlers share it). */
export function discovery(): ReturnType<typeof createDiscovery> {
  if (!g.swarmnetDiscovery) g.swarmnetDiscovery = createDiscovery();
  return g.swarmnetDiscovery;
}
