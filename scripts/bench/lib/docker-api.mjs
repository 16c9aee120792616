// A tiny Docker Engine API client over a unix socket (no dockerode: the bench must not
// depend on the app's own Docker code, which is what it measures).
import http from "node:http";

export const SANDBOX_DIR = process.env.SWARMNET_SANDBOX_DIR ?? "/tmp/swarmnet-sandbox";
export const SANDBOX_SOCKET = `${SANDBOX_DIR}/docker.sock`;
export const IMAGE = process.env.SWARMNET_SANDBOX_IMAGE ?? "swarmnet/busybox:latest";

/** Socket path from a DOCKER_HOST-style string or a bare path. */
export function socketPath(hostOrPath = SANDBOX_SOCKET) {
  return hostOrPath.replace(/^unix:\/\//, "");
}

// One keep-alive agent per socket, like a real client.
const agents = new Map();
function agentFor(socket) {
  let agent = agents.get(socket);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    agents.set(socket, agent);
  }
  return agent;
}

/**
 * One Engine API call. Resolves `{ status, body }` (body is the raw text unless
 * `json` is set); rejects on transport errors and on timeouts.
 */
export function request(socket, method, path, { body, json = true, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath: socket,
        agent: agentFor(socket),
        method,
        path,
        headers: {
          Host: "docker",
          ...(payload
            ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }
            : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed = text;
          if (json && text.length > 0) {
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () =>
      req.destroy(new Error(`${method} ${path}: timed out after ${timeoutMs} ms`)),
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Like request() but throws on a non-2xx status, with Docker's message. */
export async function call(socket, method, path, options) {
  const res = await request(socket, method, path, options);
  if (res.status < 200 || res.status >= 300) {
    const message = typeof res.body === "object" && res.body ? res.body.message : res.body;
    const error = new Error(`${method} ${path} → ${res.status}: ${message}`);
    error.status = res.status;
    throw error;
  }
  return res.body;
}

/**
 * Docker's event stream (GET /events) with a callback per event; returns a close().
 * Each event carries Docker's own time (`timeNano`).
 */
export function subscribeEvents(socket, onEvent) {
  const req = http.request({
    socketPath: socket,
    method: "GET",
    path: "/events",
    headers: { Host: "docker" },
  });
  let buffer = "";
  let opened;
  const open = new Promise((resolve, reject) => {
    opened = resolve;
    req.on("error", reject);
  });
  req.on("response", (res) => {
    opened();
    res.setEncoding("utf8");
    res.on("data", (chunk) => {
      buffer += chunk;
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line) {
          try {
            onEvent(JSON.parse(line));
          } catch {
            // a partial line cannot happen after the split; ignore anything unreadable
          }
        }
        nl = buffer.indexOf("\n");
      }
    });
  });
  req.end();
  return { open, close: () => req.destroy() };
}

/** Runs `worker(item)` over `items` with at most `limit` at once; returns results in order. */
export async function mapLimit(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
