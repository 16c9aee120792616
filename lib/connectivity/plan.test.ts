import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { withLocale } from "@/lib/i18n/current";
import {
  fixtureNetwork,
  fixtureNode,
  fixtureService,
  fixtureSnapshot,
  fixtureTask,
  INGRESS,
  MANAGER,
} from "@/test/fixtures/snapshot";
import { planProbe } from "./plan";

const NODE2 = fixtureNode({ hostname: "node2", role: "worker" });
const front = fixtureNetwork({ name: "front", attachable: true });
const other = fixtureNetwork({ name: "other" });
const web = fixtureService({
  name: "web",
  on: ["front"],
  replicas: 2,
  ports: [{ published: 8080, target: 80, protocol: "tcp", mode: "ingress" }],
  vips: [{ networkId: front.id, networkName: "front", addr: "10.0.1.2/24" }],
});
const bare = fixtureService({ name: "bare", on: ["front"] });
const s = fixtureSnapshot({
  nodes: [MANAGER, NODE2],
  networks: [INGRESS, front, other],
  services: [web, bare],
  tasks: [
    fixtureTask({ serviceId: web.id, slot: 1, on: { front: "10.0.1.3/24" } }),
    fixtureTask({ serviceId: web.id, slot: 2, nodeId: NODE2.id, on: { front: "10.0.1.4/24" } }),
    fixtureTask({ serviceId: web.id, slot: 3, state: "shutdown", on: { front: "10.0.1.9/24" } }),
  ],
});

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isAppError(e) ? `${e.status}` : "other";
  }
  return undefined;
}

describe("planProbe", () => {
  it("expects the VIP and the running tasks' addresses, port from the first target port", () => {
    const plan = planProbe(s, { network: "front", target: "web", node: "node2" });
    expect(plan.targets).toEqual(["10.0.1.2", "10.0.1.3", "10.0.1.4"]);
    expect(plan.expectation).toMatchObject({
      vip: "10.0.1.2",
      port: 80,
      probeNodeId: NODE2.id,
      probeNode: "node2",
    });
    expect(plan.expectation.tasks.map((t) => [t.task, t.node])).toEqual([
      ["web.1", "node1"],
      ["web.2", "node2"],
    ]);
  });

  it("404 for unknown network, service or node", () => {
    expect(code(() => planProbe(s, { network: "nope", target: "web" }))).toBe("404");
    expect(code(() => planProbe(s, { network: "front", target: "nope" }))).toBe("404");
    expect(code(() => planProbe(s, { network: "front", target: "web", node: "x" }))).toBe("404");
  });

  it("400 when the service is not on the network, has no port to default to, or for ingress", () => {
    expect(code(() => planProbe(s, { network: "other", target: "web" }))).toBe("400");
    expect(code(() => planProbe(s, { network: "front", target: "bare" }))).toBe("400");
    expect(code(() => planProbe(s, { network: "ingress", target: "web" }))).toBe("400");
    expect(planProbe(s, { network: "front", target: "bare", port: 22 }).expectation.port).toBe(22);
  });

  it("explains a refusal in the request's language, the field unchanged", () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isAppError(e) ? { message: e.message, details: e.details } : "other";
      }
      return undefined;
    };
    withLocale("es", () => {
      expect(message(() => planProbe(s, { network: "nope", target: "web" }))).toMatchObject({
        message: 'No hay ninguna red llamada "nope".',
      });
      expect(
        message(() => planProbe(s, { network: "front", target: "web", node: "x" })),
      ).toMatchObject({
        message: 'No hay ningún nodo llamado "x".',
      });
      expect(message(() => planProbe(s, { network: "front", target: "bare" }))).toMatchObject({
        details: [
          {
            field: "port",
            message:
              "bare no publica ningún puerto, así que no hay uno por defecto: indique el puerto en el que escucha.",
          },
        ],
      });
    });
    expect(message(() => planProbe(s, { network: "other", target: "web" }))).toMatchObject({
      message: "web is not attached to other: nothing of it can be reached there.",
    });
  });

  it("409 for a node that is down", () => {
    const down = fixtureSnapshot({ ...s, nodes: [MANAGER, { ...NODE2, state: "down" }] });
    expect(code(() => planProbe(down, { network: "front", target: "web", node: "node2" }))).toBe(
      "409",
    );
  });
});
