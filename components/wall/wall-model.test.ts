import { describe, expect, it } from "vitest";
import type { Network } from "@/lib/model/network";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
} from "@/test/fixtures/snapshot";
import { buildWall, pageCount, pageOf, parseWallOptions, wallFontSize } from "./wall-model";

const net = (id: string, name: string, extra: Partial<Network> = {}) =>
  fixtureNetwork({ id, name, ipam: [{ subnet: `10.${id.length}.0.0/24` }], ...extra });

const task = (id: string, serviceId: string, state: string) =>
  fixtureTask({ id, serviceId, nodeId: "n1", state });

const snapshot = fixtureSnapshot({
  swarm: null,
  nodes: [
    fixtureNode({
      id: "n1",
      hostname: "mgr",
      leader: true,
      addr: "10.1.1.1",
      dataPathAddr: "10.2.2.2",
    }),
    fixtureNode({ id: "n2", hostname: "wrk", role: "worker", state: "down", addr: "10.1.1.2" }),
  ],
  networks: [
    net("b", "backend", { encrypted: true }),
    net("i", "ingress", { ingress: true }),
    net("br", "bridge", { driver: "bridge" }),
  ],
  services: [
    fixtureService({
      id: "s1",
      name: "web",
      replicas: 3,
      runningTasks: 2,
      desiredTasks: 3,
      ports: [
        { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
        { published: 5514, target: 514, protocol: "udp", mode: "host" },
      ],
      vips: [
        { networkId: "i", networkName: "ingress", addr: "10.0.0.5/24" },
        { networkId: "b", networkName: "backend", addr: "10.1.0.2/24" },
      ],
      networks: [{ id: "b", name: "backend", aliases: [] }],
    }),
    fixtureService({
      id: "s2",
      name: "agent",
      mode: "global",
      replicas: null,
      endpointMode: "dnsrr",
    }),
  ],
  tasks: [
    task("t1", "s1", "running"),
    task("t2", "s1", "running"),
    task("t3", "s1", "pending"),
    task("t4", "s2", "running"),
    { ...task("t5", "s1", "shutdown"), desiredState: "shutdown" },
  ],
});

describe("buildWall", () => {
  it("shows overlay networks only, ingress first, with their marks", () => {
    const wall = buildWall(snapshot, { networks: null });
    expect(wall.networks.map((n) => [n.name, n.ingress, n.encrypted])).toEqual([
      ["ingress", true, false],
      ["backend", false, true],
    ]);
  });

  it("counts replicas from tasks and flags what is not running", () => {
    const [agent, web] = buildWall(snapshot, { networks: null }).services;
    expect(web).toMatchObject({
      running: 2,
      desired: 3,
      alarm: true,
      notRunning: [{ state: "pending", count: 1 }],
      attachments: { i: { vip: "10.0.0.5" }, b: { vip: "10.1.0.2" } },
    });
    expect(web?.ingressPorts).toHaveLength(1);
    expect(web?.hostPorts).toHaveLength(1);
    expect(agent).toMatchObject({ global: true, running: 1, desired: 1, alarm: false });
  });

  it("gives nodes their addresses and flags the ones not ready", () => {
    const wall = buildWall(snapshot, { networks: null });
    expect(wall.nodes.map((n) => [n.hostname, n.advertiseAddr, n.dataPathAddr, n.ready])).toEqual([
      ["mgr", "10.1.1.1", "10.2.2.2", true],
      ["wrk", "10.1.1.2", null, false],
    ]);
    expect(wall.totals).toMatchObject({
      tasksRunning: 3,
      tasksDesired: 4,
      nodesReady: 1,
      alarms: 2,
    });
  });

  it("filters networks by name or id, and services to the ones on them", () => {
    const wall = buildWall(snapshot, { networks: ["backend"] });
    expect(wall.networks.map((n) => n.name)).toEqual(["backend"]);
    expect(wall.services.map((s) => s.name)).toEqual(["web"]);
  });

  it("never carries anything but names, addresses, counts and flags", () => {
    const text = JSON.stringify(buildWall(snapshot, { networks: null }));
    expect(text).not.toMatch(/token|secret|env/i);
  });
});

describe("wall options and paging", () => {
  it("reads networks, rotate and theme, ignoring nonsense", () => {
    expect(parseWallOptions({ networks: "a, b,", rotate: "20", theme: "light" })).toEqual({
      networks: ["a", "b"],
      rotate: 20,
      theme: "light",
    });
    expect(parseWallOptions({ rotate: "x", theme: "neon" })).toEqual({
      networks: null,
      rotate: null,
      theme: "dark",
    });
    expect(parseWallOptions({ rotate: "1" }).rotate).toBeNull();
  });

  it("pages only when rotating", () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    expect(pageOf(items, 0, null)).toHaveLength(40);
    expect(pageCount(40, 10)).toBe(3);
    expect(pageOf(items, 2, 10)).toEqual([32, 33, 34, 35, 36, 37, 38, 39]);
    expect(pageOf(items, 3, 10)[0]).toBe(0);
  });

  it("shrinks the type as rows and lanes add up", () => {
    expect(wallFontSize(4, 3, 1)).toMatch(/^min\(1\.3vw, [\d.]+vh, [\d.]+vw\)$/);
    const vh = (s: string) => Number(/, ([\d.]+)vh/.exec(s)?.[1]);
    expect(vh(wallFontSize(40, 3, 1))).toBeLessThan(vh(wallFontSize(10, 3, 1)));
  });
});
