import { describe, expect, it } from "vitest";
import {
  FIXTURE_NOW,
  fixtureContainer,
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureSwarm,
  fixtureTask,
  GWBRIDGE,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { attentionItems, HOLD_MS, holdAttention } from "./wall-attention";
import { buildWall, naturalCompare, STACK_LABEL } from "./wall-model";
import { parseWallOptions } from "./wall-options";

const stack = (name: string) => ({ [STACK_LABEL]: name, "traefik.basic.auth": "admin:s3cret" });

const backend = fixtureNetwork({
  name: "backend",
  encrypted: true,
  ipam: [{ subnet: "10.1.0.0/24" }],
  labels: stack("shop"),
});
const front = fixtureNetwork({ name: "front", ipam: [{ subnet: "10.2.0.0/24" }] });
const empty = fixtureNetwork({ name: "empty" });

const web = fixtureService({
  name: "web-10",
  replicas: 3,
  runningTasks: 2,
  desiredTasks: 3,
  labels: stack("shop"),
  on: ["backend", "front"],
  ports: [
    { published: 8080, target: 80, protocol: "tcp", mode: "ingress" },
    { published: 5514, target: 514, protocol: "udp", mode: "host" },
  ],
  vips: [
    { networkId: INGRESS.id, networkName: "ingress", addr: "10.0.0.5/24" },
    { networkId: backend.id, networkName: "backend", addr: "10.1.0.2/24" },
  ],
});
const web2 = fixtureService({ name: "web-2", labels: stack("shop"), on: ["backend"] });
const agent = fixtureService({
  name: "agent",
  mode: "global",
  replicas: null,
  endpointMode: "dnsrr",
});
const lone = fixtureService({ name: "lone", on: ["front"] });

const snapshot = fixtureSnapshot({
  nodes: [
    MANAGER,
    fixtureNode({ hostname: "wrk-2", role: "worker", state: "down", addr: "10.1.1.2" }),
    fixtureNode({ hostname: "wrk-10", role: "worker", availability: "drain", addr: "10.1.1.3" }),
  ],
  networks: [INGRESS, GWBRIDGE, backend, front, empty],
  services: [lone, agent, web, web2],
  tasks: [
    fixtureTask({ serviceId: web.id }),
    fixtureTask({ serviceId: web.id }),
    fixtureTask({ serviceId: web.id, state: "pending" }),
    // Failed, and not replaced yet: still the live task.
    fixtureTask({ serviceId: lone.id, state: "failed", updatedAt: FIXTURE_NOW.toISOString() }),
    // A failure Swarm already replaced is history.
    fixtureTask({
      serviceId: web2.id,
      state: "failed",
      desiredState: "shutdown",
      updatedAt: "2026-01-01T00:00:00Z",
    }),
  ],
});

const all = parseWallOptions({});
const names = (cards: ReturnType<typeof buildWall>["cards"]) =>
  cards.map((c) => [c.head.kind, c.head.title, c.entries.map((e) => e.name)]);

describe("buildWall", () => {
  it("sorts naturally: svc-2 before svc-10", () => {
    expect(["svc-10", "svc-2", "svc-1"].sort(naturalCompare)).toEqual(["svc-1", "svc-2", "svc-10"]);
  });

  it("gives every overlay a card (ingress first), stacks first, services in stack then name order", () => {
    const wall = buildWall(snapshot, all);
    expect(names(wall.cards)).toEqual([
      ["ingress", "ingress", ["web-10"]],
      ["overlay", "backend", ["web-2", "web-10"]],
      ["overlay", "empty", []],
      ["overlay", "front", ["web-10", "lone"]],
      ["detached", "", ["agent"]],
      ["nodes", "", ["node1", "wrk-2", "wrk-10"]],
    ]);
    expect(wall.services.map((s) => s.name)).toEqual(["web-2", "web-10", "agent", "lone"]);
  });

  it("shows VIPs per overlay, published ports in the ingress card, replicas on every line", () => {
    const wall = buildWall(snapshot, all);
    const [ingress, back, , fr] = wall.cards;
    expect(ingress?.entries[0]).toMatchObject({
      detail: "8080→80/tcp  5514→514/udp host",
      tone: "ingress",
      badge: "2/3",
      alarm: true,
    });
    expect(ingress?.head.marks).toEqual(["ingress"]);
    expect(back?.head).toMatchObject({ stack: "shop", subnets: ["10.1.0.0/24"] });
    expect(back?.head.marks).toEqual(["encrypted"]);
    expect(back?.entries.map((e) => e.detail)).toEqual(["—", "10.1.0.2"]);
    expect(fr?.entries[0]?.detail).toBe("—");
  });

  it("keeps derived objects when the source objects are unchanged (cheap re-renders)", () => {
    const a = buildWall(snapshot, all);
    const moved = { ...web2, runningTasks: 0 };
    const b = buildWall({ ...snapshot, services: [lone, agent, web, moved] }, all);
    const entry = (w: typeof a, name: string, card = 1) =>
      w.cards[card]?.entries.find((e) => e.name === name);
    expect(entry(b, "web-10")).toBe(entry(a, "web-10"));
    expect(entry(b, "web-2")).not.toBe(entry(a, "web-2"));
    expect(entry(b, "web-2")?.alarm).toBe(true);
    expect(b.cards[1]?.head).toBe(a.cards[1]?.head);
  });

  it("counts tasks and nodes for the header", () => {
    expect(buildWall(snapshot, all).summary).toEqual({
      networks: 4,
      services: 4,
      tasksRunning: 5,
      tasksDesired: 6,
      nodesReady: 2,
      nodes: 3,
    });
  });

  it("filters by stack, network and service, combined", () => {
    const shop = buildWall(snapshot, parseWallOptions({ stack: "shop" }));
    expect(shop.services.map((s) => s.name)).toEqual(["web-2", "web-10"]);
    // The stack's own network, and the networks its services use.
    expect(shop.networks.map((n) => n.name).sort()).toEqual(["backend", "front", "ingress"]);

    const onFront = buildWall(snapshot, parseWallOptions({ network: "front" }));
    expect(onFront.networks.map((n) => n.name)).toEqual(["front"]);
    expect(onFront.services.map((s) => s.name)).toEqual(["web-10", "lone"]);

    const both = buildWall(snapshot, parseWallOptions({ network: "front", stack: "shop" }));
    expect(both.services.map((s) => s.name)).toEqual(["web-10"]);

    const one = buildWall(snapshot, parseWallOptions({ service: "web-*,agent" }));
    expect(one.services.map((s) => s.name)).toEqual(["web-2", "web-10", "agent"]);
    expect(one.networks.map((n) => n.name).sort()).toEqual(["backend", "front", "ingress"]);
  });

  it("carries no label value but the stack namespace, no token and no engine endpoint", () => {
    // The snapshot as an admin's server holds it: secrets in every place one can hide.
    const secret = "s3cret";
    const withSecrets = fixtureSnapshot({
      ...snapshot,
      engine: { ...snapshot.engine, host: `tcp://admin:${secret}@10.9.9.9:2376` },
      swarm: fixtureSwarm({
        joinTokens: { worker: `SWMTKN-1-${secret}-w`, manager: `SWMTKN-1-${secret}-m` },
      }),
      nodes: snapshot.nodes.map((n) => ({ ...n, labels: { "db.password": secret } })),
      networks: snapshot.networks.map((n) => ({
        ...n,
        labels: { ...n.labels, "api.token": secret },
        options: { ...n.options, "com.example.key": secret },
      })),
      services: snapshot.services.map((svc) => ({
        ...svc,
        labels: { ...svc.labels, "traefik.basic.auth": `admin:${secret}` },
      })),
      containers: [
        fixtureContainer({
          name: "standalone",
          on: { front: "10.2.0.9" },
          image: `registry/${secret}`,
        }),
      ],
    });
    const text = JSON.stringify(buildWall(withSecrets, all));
    // Label-derived data does reach the wall (the stack), so the check below can see labels.
    expect(text).toContain('"shop"');
    expect(text).not.toMatch(/s3cret|SWMTKN|traefik|password|10\.9\.9\.9/i);
  });
});

describe("attentionItems", () => {
  it("lists nodes down or drained, services not converged or failing, diagnostics errors; errors first", () => {
    const wall = buildWall(snapshot, all);
    const items = attentionItems(
      snapshot,
      wall.services,
      [
        {
          id: "node-down:wrk-2",
          severity: "error",
          title: "dup",
          detail: "",
          objects: ["wrk-2"],
          fix: { text: "", commands: [] },
        },
        {
          id: "subnet-overlap:a:b",
          severity: "error",
          title: "Subnets overlap: a and b",
          detail: "",
          objects: ["a", "b"],
          fix: { text: "", commands: [] },
        },
        {
          id: "orphan:x",
          severity: "warning",
          title: "unused",
          detail: "",
          objects: ["x"],
          fix: { text: "", commands: [] },
        },
      ],
      false,
    );
    expect(items.map((i) => [i.severity, i.subject, i.text])).toEqual([
      ["error", "wrk-2", "node down"],
      ["error", "web-10", "2/3 running · 1 pending"],
      ["error", "Subnets overlap: a and b", ""],
      ["warning", "wrk-10", "node drain"],
      ["warning", "lone", "1/1 running · 1 failed"],
    ]);
  });

  it("on a team's wall, keeps its own services and findings about them", () => {
    const options = parseWallOptions({ service: "lone" });
    const wall = buildWall(snapshot, options);
    const finding = (objects: string[]) => ({
      id: `x:${objects.join()}`,
      severity: "error" as const,
      title: objects.join(),
      detail: "",
      objects,
      fix: { text: "", commands: [] },
    });
    const items = attentionItems(
      snapshot,
      wall.services,
      [finding(["lone"]), finding(["web-10"])],
      true,
    );
    expect(items.map((i) => i.subject)).toEqual(["wrk-2", "lone", "wrk-10", "lone"]);
  });

  it("keeps a problem pinned for a while after it was last seen, marked recent", () => {
    const item = {
      key: "service:a",
      severity: "error" as const,
      subject: "a",
      text: "0/1 running",
    };
    const other = { ...item, key: "service:b", subject: "b" };
    const first = holdAttention(new Map(), [item], 1_000);
    expect(first.items).toEqual([item]);
    const blink = holdAttention(first.held, [other], 2_000);
    expect(blink.items).toEqual([
      other,
      { ...item, severity: "warning", text: "until recently: 0/1 running" },
    ]);
    const later = holdAttention(blink.held, [other], 1_000 + HOLD_MS + 1);
    expect(later.items).toEqual([other]);
  });
});
