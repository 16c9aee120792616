import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscovery } from "./discovery";

/**
 * Two engines answering to one name, as a socket proxy on each manager does behind
 * tasks.<proxy>: two HTTP servers on 127.0.0.1 and 127.0.0.2, same port, each saying
 * which node it is on GET /info.
 */
const servers: http.Server[] = [];
let port = 0;

function engine(address: string, nodeId: string): Promise<void> {
  const server = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify(
        req.url?.endsWith("/info")
          ? { Name: `host-${nodeId}`, Swarm: { NodeID: nodeId } }
          : { served: nodeId },
      ),
    );
  });
  servers.push(server);
  return new Promise((done) =>
    server.listen(port, address, () => {
      port = (server.address() as AddressInfo).port;
      done();
    }),
  );
}

beforeAll(async () => {
  await engine("127.0.0.1", "node-a");
  await engine("127.0.0.2", "node-b");
});
afterAll(() => {
  for (const s of servers) s.close();
});

const resolveBoth = async () => ["127.0.0.1", "127.0.0.2"];

describe("discovery", () => {
  it("asks every address who it is, and finds a node by id or hostname", async () => {
    const d = createDiscovery(undefined, resolveBoth);
    const url = `tcp://tasks.proxy:${port}`;
    const engines = await d.engines(url);
    expect(engines.map((e) => [e.nodeId, e.url]).sort()).toEqual([
      ["node-a", `tcp://127.0.0.1:${port}`],
      ["node-b", `tcp://127.0.0.2:${port}`],
    ]);
    expect((await d.engineOf(url, "node-b"))?.url).toBe(`tcp://127.0.0.2:${port}`);
    expect((await d.engineOf(url, "host-node-a"))?.url).toBe(`tcp://127.0.0.1:${port}`);
    expect(await d.engineOf(url, "node-c")).toBeUndefined();
  });

  it("sends every request of an own-node agent to that node's engine", async () => {
    const d = createDiscovery(undefined, resolveBoth);
    const agent = new http.Agent({
      lookup: d.ownNodeLookup(`tcp://tasks.proxy:${port}`, "node-b"),
    });
    const get = () =>
      new Promise<string>((resolve, reject) => {
        http
          .get({ host: "tasks.proxy", port, path: "/services", agent }, (res) => {
            let body = "";
            res.on("data", (c) => (body += c));
            res.on("end", () => resolve(body));
          })
          .on("error", reject);
      });
    for (let i = 0; i < 4; i++) expect(JSON.parse(await get())).toEqual({ served: "node-b" });
  });

  it("answers as soon as the wanted engine does, whatever a silent one behind the name does", async () => {
    const silent = () => new Promise<never>(() => {});
    const identify = async (url: string) =>
      url.includes("127.0.0.2") ? silent() : { nodeId: "node-a", hostname: "host-a" };
    const d = createDiscovery(identify, resolveBoth);
    const url = `tcp://tasks.proxy:${port}`;
    const found = await Promise.race([
      d.engineOf(url, "node-a"),
      new Promise((r) => setTimeout(() => r("too slow"), 500)),
    ]);
    expect(found).toMatchObject({ nodeId: "node-a", url: `tcp://127.0.0.1:${port}` });
  });

  it("fails like an unknown host when no engine is this node", async () => {
    const d = createDiscovery(undefined, resolveBoth);
    const agent = new http.Agent({
      lookup: d.ownNodeLookup(`tcp://tasks.proxy:${port}`, "node-z"),
    });
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      http.get({ host: "tasks.proxy", port, path: "/info", agent }, () => {}).on("error", resolve);
    });
    expect(error.code).toBe("ENOTFOUND");
    expect(error.message).toMatch(/no engine behind tasks.proxy answers as node node-z/);
  });
});
