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

/** Why a node has no engine behind the name (in the stack: a worker, which runs no proxy). */
export function noEngineAnswers(url: string, node: string): string {
  return `no engine behind ${parts(url).host} answers as node ${node}`;
}

export function createDiscovery(
  identify: Identify = identifyByInfo,
  resolve: (host: string) => Promise<string[]> = async (host) =>
    (await dnsLookup(host, { all: true })).map((a) => a.address),
  now = () => Date.now(),
) {
  const cache = new Map<string, { at: number; engines: Promise<Engine[]> }>();

  /** Asks every address behind the name; `onEach` hears each engine as soon as it answers. */
  async function find(url: string, onEach: (e: Engine) => void = () => {}): Promise<Engine[]> {
    const { scheme, host, port } = parts(url);
    const addresses = await resolve(host);
    const answers = await Promise.allSettled(
      addresses.map(async (address) => {
        const at = `${scheme}://${address.includes(":") ? `[${address}]` : address}:${port || 2375}`;
        const engine = { ...(await identify(at)), url: at };
        if (engine.nodeId) onEach(engine);
        return engine;
      }),
    );
    return answers.flatMap((a) => (a.status === "fulfilled" && a.value.nodeId ? [a.value] : []));
  }

  function look(url: string, onEach?: (e: Engine) => void): Promise<Engine[]> {
    const engines = find(url, onEach);
    cache.set(url, { at: now(), engines });
    // A failed lookup is not kept: the next call asks again.
    engines.catch(() => cache.delete(url));
    return engines;
  }

  /** Every engine behind the name that answered, at most TTL_MS old. */
  function engines(url: string): Promise<Engine[]> {
    const hit = cache.get(url);
    return hit && now() - hit.at < TTL_MS ? hit.engines : look(url);
  }

  /**
   * The engine behind the name that is this node (or has this hostname), if one answers:
   * as soon as it answers (a manager that is down costs the others nothing). With `refresh`,
   * a node missing from the last look is looked for again at once (a proxy task that has
   * just started); without, the last look stands for TTL_MS (nodes without a proxy).
   */
  async function engineOf(
    url: string,
    node: string,
    { refresh = false }: { refresh?: boolean } = {},
  ): Promise<Engine | undefined> {
    const matches = (e: Engine) => e.nodeId === node || e.hostname === node;
    const hit = cache.get(url);
    if (hit && now() - hit.at < TTL_MS) {
      const found = (await hit.engines.catch(() => [])).find(matches);
      if (found || !refresh) return found;
    }
    return new Promise((done) => {
      look(url, (e) => matches(e) && done(e)).then(
        () => done(undefined),
        () => done(undefined),
      );
    });
  }

  /**
   * A socket `lookup` that resolves the name to this node's engine only: dockerode then
   * talks to one engine, always the same, however many answer to the name.
   */
  function ownNodeLookup(url: string, nodeId: string): LookupFunction {
    return (_hostname, options, callback) => {
      engineOf(url, nodeId, { refresh: true }).then(
        (engine) => {
          if (!engine) {
            const error = Object.assign(new Error(noEngineAnswers(url, nodeId)), {
              code: "ENOTFOUND",
            });
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
