import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * deploy/proxy/haproxy.cfg, run by the real haproxy in front of a stand-in engine on a unix
 * socket (it answers 200 "engine" to anything): what swarmnet calls goes through, the rest
 * of the Docker API gets the proxy's 403. .ci/run installs haproxy.
 */
const HAPROXY = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"].find((p) => existsSync(p));
const dir = mkdtempSync(path.join(os.tmpdir(), "swarmnet-proxy-"));
const socket = path.join(dir, "docker.sock");
let engine: http.Server;
let proxy: ChildProcess;
let port = 0;

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const p = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return p;
}

beforeAll(async () => {
  if (!HAPROXY) return;
  engine = http.createServer((_req, res) => res.end("engine"));
  await new Promise<void>((r) => engine.listen(socket, r));
  port = await freePort();
  const cfg = readFileSync("deploy/proxy/haproxy.cfg", "utf8")
    .replace("bind :2375", `bind 127.0.0.1:${port}`)
    .replaceAll("/var/run/docker.sock", socket)
    .replace(/^\s*log stdout.*$/m, "");
  writeFileSync(path.join(dir, "haproxy.cfg"), cfg);
  execFileSync(HAPROXY, ["-c", "-q", "-f", path.join(dir, "haproxy.cfg")]);
  proxy = spawn(HAPROXY, ["-db", "-f", path.join(dir, "haproxy.cfg")], {
    env: {
      ...process.env,
      SWARMNET_PROXY_NETWORKS_WRITE: "1",
      SWARMNET_PROXY_SERVICES_WRITE: "0",
      SWARMNET_PROXY_PROBES: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/_ping`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(() => {
  proxy?.kill();
  engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(method: string, p: string): Promise<[number, string]> {
  const res = await fetch(`http://127.0.0.1:${port}${p}`, { method });
  return [res.status, await res.text()];
}

describe.skipIf(!HAPROXY)("the socket proxy's configuration", () => {
  it.each([
    ["GET", "/_ping"],
    ["GET", "/v1.41/version"],
    ["GET", "/v1.41/info"],
    ["GET", "/v1.41/events?filters=%7B%7D"],
    ["GET", "/v1.41/networks"],
    ["GET", "/v1.41/networks/ingress?verbose=true"],
    ["GET", "/v1.41/services?status=true"],
    ["GET", "/v1.41/services/web"],
    ["GET", "/v1.41/tasks"],
    ["GET", "/v1.41/nodes"],
    ["GET", "/v1.41/swarm"],
    ["GET", "/v1.41/containers/json?all=1"],
    ["POST", "/v1.41/networks/create"],
    ["DELETE", "/v1.41/networks/my-overlay"],
    ["POST", "/v1.41/services/create"],
    ["DELETE", "/v1.41/services/probe-1"],
    ["GET", "/v1.41/services/probe-1/logs?stdout=1"],
  ])("lets %s %s through", async (method, p) => {
    expect(await ask(method, p)).toEqual([200, "engine"]);
  });

  it.each([
    ["GET", "/v1.41/containers/abc/json"],
    ["GET", "/v1.41/containers/abc/logs"],
    ["POST", "/v1.41/containers/create"],
    ["POST", "/v1.41/containers/abc/exec"],
    ["POST", "/v1.41/exec/abc/start"],
    ["GET", "/v1.41/images/json"],
    ["POST", "/v1.41/images/create"],
    ["GET", "/v1.41/secrets"],
    ["GET", "/v1.41/configs"],
    ["GET", "/v1.41/volumes"],
    ["POST", "/v1.41/swarm/leave"],
    ["POST", "/v1.41/swarm/update"],
    ["POST", "/v1.41/nodes/abc/update"],
    ["DELETE", "/v1.41/nodes/abc"],
    ["POST", "/v1.41/networks/abc/connect"],
    ["POST", "/v1.41/build"],
    ["GET", "/v1.41/networks/..%2Fcontainers%2Fjson"],
    // Turned off for this run: SWARMNET_PROXY_SERVICES_WRITE=0.
    ["POST", "/v1.41/services/web/update?version=3"],
  ])("refuses %s %s with a message naming the call", async (method, p) => {
    const [status, body] = await ask(method, p);
    expect(status).toBe(403);
    expect(JSON.parse(body).message).toMatch(
      new RegExp(`^Docker socket proxy: ${method} /\\S+ is not allowed`),
    );
  });
});
