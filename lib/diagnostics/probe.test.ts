import { EventEmitter } from "node:events";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureNode, fixtureSnapshot } from "@/test/fixtures/snapshot";
import { assertNodeTargets, type Connector, probeFindings, probeTargets } from "./probe";
import { makeTcpConnect, probeNodes, tcpConnect } from "./server/probe-nodes";

// Only loopback: listeners this test opens on ephemeral ports stand in for 2377 and 7946.
let listener: net.Server;
let openPort = 0;
let refusedPort = 0;

function listen(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.destroy());
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;

beforeAll(async () => {
  listener = await listen();
  openPort = portOf(listener);
  // A port that was just free and is closed again: connecting is refused.
  const closed = await listen();
  refusedPort = portOf(closed);
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(() => new Promise((resolve) => listener.close(resolve)));

const loopbackSwarm = () =>
  fixtureSnapshot({
    nodes: [
      fixtureNode({ hostname: "m1", addr: "127.0.0.1" }),
      fixtureNode({ hostname: "w1", role: "worker", addr: "127.0.0.1" }),
    ],
  });

/** A socket that never connects nor fails: what a firewall dropping SYNs looks like. */
class SilentSocket extends EventEmitter {
  destroyed = false;
  destroy() {
    this.destroyed = true;
  }
}

describe("tcpConnect", () => {
  it("reports open for a listening port", async () => {
    expect(await tcpConnect("127.0.0.1", openPort, 1000)).toEqual({
      state: "open",
      reason: "connected",
    });
  });

  it("reports closed when the connection is refused", async () => {
    expect((await tcpConnect("127.0.0.1", refusedPort, 1000)).state).toBe("closed");
  });

  it("reports filtered when nothing answers before the timeout, and drops the socket", async () => {
    const sockets: SilentSocket[] = [];
    const connect = makeTcpConnect(() => {
      const socket = new SilentSocket();
      sockets.push(socket);
      return socket;
    });
    const started = Date.now();
    expect(await connect("127.0.0.1", 7946, 50)).toEqual({
      state: "filtered",
      reason: "no answer within 50 ms",
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sockets[0]?.destroyed).toBe(true);
  });
});

describe("probeNodes", () => {
  it("probes managers on the raft port and every node on the gossip port", () => {
    const s = fixtureSnapshot({
      nodes: [
        fixtureNode({ hostname: "m1", addr: "0.0.0.0", managerAddr: "10.77.0.2:2377" }),
        fixtureNode({ hostname: "w1", role: "worker", addr: "10.77.0.3" }),
      ],
    });
    expect(probeTargets(s).map((t) => `${t.node} ${t.host}:${t.port}`)).toEqual([
      "m1 10.77.0.2:2377",
      "m1 10.77.0.2:7946",
      "w1 10.77.0.3:7946",
    ]);
  });

  it("reads the raft port of an IPv6 manager address in brackets", () => {
    const s = fixtureSnapshot({
      nodes: [fixtureNode({ hostname: "m6", addr: "0.0.0.0", managerAddr: "[fd00::5]:2400" })],
    });
    expect(probeTargets(s).map((t) => `${t.node} ${t.host} ${t.port}`)).toEqual([
      "m6 fd00::5 2400",
      "m6 fd00::5 7946",
    ]);
  });

  it("connects only to the nodes' own addresses", async () => {
    const s = fixtureSnapshot({
      nodes: [
        fixtureNode({ hostname: "m1", addr: "10.77.0.2", dataPathAddr: "10.78.0.2" }),
        fixtureNode({ hostname: "w1", role: "worker", addr: "10.77.0.3" }),
      ],
    });
    const called: string[] = [];
    const spy: Connector = async (host, port) => {
      called.push(`${host}:${port}`);
      return { state: "open", reason: "connected" };
    };
    await probeNodes(s, { connect: spy });
    expect(called.sort()).toEqual(["10.77.0.2:2377", "10.77.0.2:7946", "10.77.0.3:7946"]);
    const allowed = new Set(["10.77.0.2", "10.78.0.2", "10.77.0.3"]);
    expect(called.every((c) => allowed.has(c.replace(/:\d+$/, "")))).toBe(true);
    expect(() =>
      assertNodeTargets(s, [{ node: "m1", role: "manager", host: "192.0.2.1", port: 2377 }]),
    ).toThrow(/refusing to probe 192\.0\.2\.1/);
  });

  it("caps concurrent connections and the timeout", async () => {
    const nodes = Array.from({ length: 10 }, (_, i) =>
      fixtureNode({ hostname: `w${i}`, role: "worker", addr: `10.77.0.${i + 10}` }),
    );
    let active = 0;
    let peak = 0;
    const timeouts: number[] = [];
    const slow: Connector = async (_host, _port, timeoutMs) => {
      timeouts.push(timeoutMs);
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active -= 1;
      return { state: "open", reason: "connected" };
    };
    await probeNodes(fixtureSnapshot({ nodes }), {
      connect: slow,
      concurrency: 3,
      timeoutMs: 60_000,
    });
    expect(peak).toBe(3);
    expect(Math.max(...timeouts)).toBe(1500);
  });

  it("end to end on loopback: open, closed and filtered ports become findings", async () => {
    const s = loopbackSwarm();
    const open = await probeNodes(s, { ports: { manager: openPort, gossip: openPort } });
    const openFindings = probeFindings(open, s);
    // Healthy: only the UDP caveat.
    expect(openFindings.map((f) => `${f.id}/${f.severity}`)).toEqual([
      "firewall:udp-unverified/info",
    ]);
    expect(openFindings[0]?.detail).toContain(`m1 127.0.0.1:${openPort}/tcp open`);

    const closed = await probeNodes(s, { ports: { manager: refusedPort, gossip: openPort } });
    expect(probeFindings(closed, s).map((f) => f.id)).toEqual([
      `firewall:m1:${refusedPort}/tcp`,
      "firewall:udp-unverified",
    ]);

    const silent = makeTcpConnect(() => new SilentSocket());
    const filtered = await probeNodes(s, { connect: silent, timeoutMs: 30 });
    const [first] = probeFindings(filtered, s);
    expect(first).toMatchObject({
      id: "firewall:m1:2377/tcp",
      severity: "warning",
      objects: ["m1"],
    });
    expect(first?.title).toContain("filtered");
    expect(first?.fix.commands).toContain("ufw allow 2377/tcp");
  });
});
