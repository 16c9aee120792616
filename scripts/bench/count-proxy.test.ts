import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCountingProxy } from "./count-proxy.mjs";

// The proxy in front of a small upstream on a unix socket: a JSON endpoint and a
// long-lived stream that, like Docker's /events, sends headers and then nothing.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "count-proxy-"));
const upstreamSock = path.join(dir, "upstream.sock");
const proxySock = path.join(dir, "proxy.sock");
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const upstream = http.createServer((req, res) => {
    if (req.url?.startsWith("/v1.41/events")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.flushHeaders();
      return; // quiet stream: no body until an event
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ method: req.method, url: req.url }));
  });
  fs.rmSync(upstreamSock, { force: true });
  await new Promise<void>((r) => upstream.listen(upstreamSock, r));
  cleanups.push(() => {
    upstream.closeAllConnections();
    return new Promise<void>((r) => upstream.close(() => r()));
  });
  const proxy = createCountingProxy({ listen: proxySock, target: upstreamSock });
  await proxy.listen();
  cleanups.push(() => proxy.close());
  return proxy;
}

function get(p: string, method = "GET") {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ socketPath: proxySock, path: p, method, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("count proxy", () => {
  it("forwards requests and counts them by method and path, without the API version", async () => {
    const proxy = await setup();
    const res = await get("/v1.41/services?status=true");
    expect(JSON.parse(res.body)).toEqual({ method: "GET", url: "/v1.41/services?status=true" });
    await get("/v1.41/services");
    await get("/networks/abc", "DELETE");
    const c = proxy.counts();
    expect(c.total).toBe(3);
    expect(c.byPath).toEqual({ "GET /services": 2, "DELETE /networks/abc": 1 });
    expect(c.byRequest["GET /services?status=true"]).toBe(1);
    expect(c.inflight).toBe(0);
  });

  it("passes a quiet event stream's headers at once and counts it apart", async () => {
    const proxy = await setup();
    const headersAt = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { socketPath: proxySock, path: "/v1.41/events?since=1", agent: false },
        (res) => {
          resolve(res.statusCode ?? 0);
          cleanups.push(() => {
            req.destroy();
          });
        },
      );
      req.on("error", reject);
      req.end();
      setTimeout(() => reject(new Error("headers held back")), 2_000);
    });
    expect(headersAt).toBe(200);
    const c = proxy.counts();
    expect(c.total).toBe(0);
    expect(c.events).toEqual({ opened: 1, active: 1 });
  });

  it("resets the counters from its control path", async () => {
    const proxy = await setup();
    await get("/info");
    expect(JSON.parse((await get("/_bench/counts")).body).total).toBe(1);
    await get("/_bench/reset", "POST");
    expect(proxy.counts().total).toBe(0);
  });
});
