#!/usr/bin/env node
// A counting HTTP proxy in front of a Docker socket, for the benchmarks: the app under test
// gets DOCKER_HOST=unix://<listen> and every Engine API request it makes is counted by
// method + path, so the count does not depend on the app's own counters.
//
//   node scripts/bench/count-proxy.mjs --listen /tmp/swarmnet-sandbox/bench-proxy.sock \
//        [--target /tmp/swarmnet-sandbox/docker.sock]
//
// Control, on the same socket (never forwarded to Docker):
//   GET  /_bench/counts   → { total, byPath, byRequest, events, inflight, idleMs, ... }
//   POST /_bench/reset    → zeroes the counters (open event streams stay open)
// The long-lived event stream (GET /events) is counted apart (`events.opened`, `events.active`).
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { parseArgs } from "node:util";

const EVENTS = /^(\/v[\d.]+)?\/events(\?|$)/;
const VERSION_PREFIX = /^\/v[\d.]+(?=\/)/;

export function createCountingProxy({ listen, target }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const state = {
    since: Date.now(),
    total: 0,
    byPath: {},
    byRequest: {},
    events: { opened: 0, active: 0 },
    upgrades: 0,
    inflight: 0,
    lastActivity: Date.now(),
  };
  const bump = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };

  const counts = () => ({
    ...state,
    byPath: { ...state.byPath },
    byRequest: { ...state.byRequest },
    events: { ...state.events },
    windowMs: Date.now() - state.since,
    idleMs: state.inflight > 0 ? 0 : Date.now() - state.lastActivity,
  });
  const reset = () => {
    Object.assign(state, { since: Date.now(), total: 0, byPath: {}, byRequest: {}, upgrades: 0 });
    state.events.opened = 0;
  };

  const control = (req, res) => {
    const send = (body) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/_bench/counts") return send(counts());
    if (req.url === "/_bench/reset" && req.method === "POST") {
      reset();
      return send({ ok: true });
    }
    res.writeHead(404).end();
  };

  const server = http.createServer((req, res) => {
    if (req.url?.startsWith("/_bench/")) return control(req, res);
    const url = req.url ?? "/";
    const bare = url.replace(VERSION_PREFIX, "");
    const isEvents = EVENTS.test(url);
    if (isEvents) {
      state.events.opened++;
      state.events.active++;
    } else {
      state.total++;
      bump(state.byPath, `${req.method} ${bare.split("?")[0]}`);
      bump(state.byRequest, `${req.method} ${bare}`);
      state.inflight++;
      state.lastActivity = Date.now();
    }
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (isEvents) state.events.active--;
      else {
        state.inflight--;
        state.lastActivity = Date.now();
      }
    };
    const upstream = http.request(
      {
        socketPath: target,
        agent: isEvents ? false : agent,
        method: req.method,
        path: url,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        // Node holds headers until the first body byte; a quiet event stream has none for a while.
        res.flushHeaders();
        up.pipe(res);
        up.on("end", finish);
        up.on("error", finish);
      },
    );
    upstream.on("error", (e) => {
      finish();
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ message: `bench proxy: ${e.message}` }));
    });
    res.on("close", () => {
      finish();
      upstream.destroy();
    });
    req.pipe(upstream);
  });

  // Hijacked connections (attach/exec): count them and splice the sockets.
  server.on("upgrade", (req, socket, head) => {
    state.upgrades++;
    state.total++;
    bump(
      state.byPath,
      `${req.method} ${(req.url ?? "").replace(VERSION_PREFIX, "").split("?")[0]}`,
    );
    state.lastActivity = Date.now();
    const up = net.connect(target, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      up.write(`${lines.join("\r\n")}\r\n\r\n`);
      if (head.length) up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    const close = () => {
      up.destroy();
      socket.destroy();
    };
    up.on("error", close);
    socket.on("error", close);
  });

  // Streams and slow builds must not be cut by Node's default server timeouts.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  server.keepAliveTimeout = 5_000;

  return {
    counts,
    reset,
    listen: () =>
      new Promise((resolve, reject) => {
        fs.rmSync(listen, { force: true });
        server.once("error", reject);
        server.listen(listen, () => resolve());
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const isMain =
  process.argv[1] && import.meta.url === new URL(`file://${fs.realpathSync(process.argv[1])}`).href;
if (isMain) {
  const dir = process.env.SWARMNET_SANDBOX_DIR ?? "/tmp/swarmnet-sandbox";
  const { values } = parseArgs({
    options: {
      listen: { type: "string", default: `${dir}/bench-proxy.sock` },
      target: { type: "string", default: `${dir}/docker.sock` },
    },
  });
  const proxy = createCountingProxy({
    listen: values.listen,
    target: values.target.replace(/^unix:\/\//, ""),
  });
  await proxy.listen();
  process.stderr.write(
    `[count-proxy] unix://${values.listen} → ${values.target} (control: GET /_bench/counts, POST /_bench/reset)\n`,
  );
  const stop = () => {
    fs.rmSync(values.listen, { force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
